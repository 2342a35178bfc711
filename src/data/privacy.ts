/**
 * Finds personal data in employer texts (data contract, "Privacy"): resident identity
 * numbers and mainland mobile numbers, anywhere inside a field, never only whole cells.
 */
import { isValidCreditCode } from './credit-code';

/** What was found, masked so that the build log does not repeat the personal data. */
export interface PersonalDataFinding {
  kind: 'mobile' | 'id-number';
  /** The first three digits (after any +86), the other digits as `*`: enough to find it, not to dial it. */
  masked: string;
}

/*
 * Boundaries are digits, not letters: "电话13800138000" and "Tel13800138000" are found,
 * while an 11-digit stretch inside a longer run of digits (an account or a credit code
 * made only of digits) is not a phone number. Mobile numbers may carry +86/0086/86 and
 * the common 3-4-4 separators; identity numbers may end in x as well as X.
 */
const MOBILE_RE = /(?<!\d)((?:\+|00)?86[- ]?)?1[3-9]\d([- ]?)\d{4}\2\d{4}(?!\d)/g;
const ID_NUMBER_RE = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;
/**
 * Cheap pre-check that most texts fail: every match holds 8 digits in a row, or 4 + 4
 * around one separator (138-0013-8000), in ASCII or full-width digits.
 */
const CANDIDATE = /[0-9０-９]{4}[-－ 　]?[0-9０-９]{4}/;
/** The shortest match, 11 digits. */
const MIN_LENGTH = 11;
const NONE: readonly PersonalDataFinding[] = Object.freeze([]);
const FULL_WIDTH_DIGIT = /[０-９]/;
/** ISO 7064 MOD 11-2 weights of the identity number (GB 11643). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/**
 * Personal data inside `text`. `creditCodeColumn` is true for the credit_code column,
 * where a valid credit code is never taken for an identity number.
 */
export function findPersonalData(text: string, creditCodeColumn = false): readonly PersonalDataFinding[] {
  if (text.length < MIN_LENGTH || !CANDIDATE.test(text)) return NONE;
  // Full-width digits (１３８…) are as readable as ASCII ones; fold them before looking.
  const s = FULL_WIDTH_DIGIT.test(text) ? text.normalize('NFKC') : text;
  const found: PersonalDataFinding[] = [];

  ID_NUMBER_RE.lastIndex = 0;
  for (let m = ID_NUMBER_RE.exec(s); m !== null; m = ID_NUMBER_RE.exec(s)) {
    if (isCreditCodeToken(s, m.index, m[0].length, creditCodeColumn)) continue;
    found.push({ kind: 'id-number', masked: mask(m[0]) });
    break;
  }
  MOBILE_RE.lastIndex = 0;
  for (let m = MOBILE_RE.exec(s); m !== null; m = MOBILE_RE.exec(s)) {
    if (isCreditCodeToken(s, m.index, m[0].length, creditCodeColumn)) continue;
    const prefix = m[1] ?? '';
    found.push({ kind: 'mobile', masked: prefix + mask(m[0].slice(prefix.length)) });
    break;
  }
  return found;
}

/** True when the identity-number check digit (GB 11643) is right. */
export function hasIdNumberCheckDigit(id: string): boolean {
  if (id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/**
 * A match lying inside an 18-character run of letters and digits that is a valid credit
 * code is part of that code, not personal data. Outside the credit_code column, a run that
 * also passes the identity-number check stays suspect: it is more likely a person's.
 */
function isCreditCodeToken(s: string, index: number, length: number, creditCodeColumn: boolean): boolean {
  let start = index;
  while (start > 0 && isAlphanumeric(s.charCodeAt(start - 1))) start--;
  let end = index + length;
  while (end < s.length && isAlphanumeric(s.charCodeAt(end))) end++;
  if (end - start !== 18) return false;
  const token = s.slice(start, end);
  if (!isValidCreditCode(token)) return false;
  return creditCodeColumn || !hasIdNumberCheckDigit(token);
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function mask(match: string): string {
  return match.slice(0, 3) + match.slice(3).replace(/[0-9Xx]/g, '*');
}
