/**
 * Finds personal numbers in any text (data contract, "Text in every file"): resident
 * identity numbers (18 characters, or the old 15-digit form) and mainland mobile numbers,
 * also in disguise — full-width or mathematical digits, split by spaces, dots, slashes,
 * dashes, parentheses or invisible characters — and masks them for the build log.
 */
import { isValidCreditCode } from './credit-code';

/** What was found, masked so that the build log does not repeat the personal data. */
export interface PersonalDataFinding {
  kind: 'mobile' | 'id-number';
  /** The first three and the last four digits, the others as `*` (`139****1357`): enough to find it, not to use it. */
  masked: string;
  /** Where it is in the text: code-unit offsets [start, end). */
  start: number;
  end: number;
}

/** The fewest digits any personal number has (a mobile). */
const MIN_DIGITS = 11;
const NONE: readonly PersonalDataFinding[] = Object.freeze([]);
/** ISO 7064 MOD 11-2 weights of the identity number (GB 11643). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';
const MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;

/**
 * Code units that may be, or start, a digit after NFKC: ASCII and full-width digits,
 * super- and subscripts, circled digits, and the high surrogates of the mathematical and
 * segmented digits. A text with fewer than 11 of them holds no personal number: most cells
 * stop at this count.
 */
export function digitLikeCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 48 && c <= 57) n++;
    } else if (isDigitLike(c)) n++;
  }
  return n;
}

function isDigitLike(c: number): boolean {
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    c === 0xb2 || c === 0xb3 || c === 0xb9 ||
    (c >= 0x2070 && c <= 0x2089) ||
    (c >= 0x2460 && c <= 0x249b) ||
    c === 0x24ea ||
    c === 0xd835 || // U+1D7CE–U+1D7FF mathematical digits
    c === 0xd83e // U+1FBF0–U+1FBF9 segmented digits
  );
}

/**
 * Characters people put between the digits of a number: spaces of every width, dots,
 * slashes, hyphens and dashes, parentheses, plus signs, and invisible ones (zero-width,
 * soft hyphen, word joiner, byte-order mark, direction marks). Compared after NFKC, so
 * full-width forms are covered by their ASCII ones.
 */
const SEPARATOR = /^[\s\p{Pd}./\\()[\]+_·•‧\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u061c]$/u;

/** A stretch of digits in the text, in NFKC, with where it lies in the original. */
interface Group {
  digits: string;
  start: number;
  end: number;
  /** Followed directly by X or x (the check character of an identity number). */
  x: boolean;
  /** Original offset just past the X. */
  xEnd: number;
  /** Separated from the previous group only by separators. */
  joined: boolean;
  /** The alphanumeric run (NFKC) around this group, for the credit-code exception. */
  token: string;
}

/**
 * Personal numbers inside `text`, each once, in text order. An 18-character run that is a
 * valid unified social credit code is a credit code, unless it is also a valid identity
 * number with a plausible birth date: then it is taken for an identity number.
 */
export function findPersonalData(text: string): readonly PersonalDataFinding[] {
  if (text.length < MIN_DIGITS || digitLikeCount(text) < MIN_DIGITS) return NONE;
  const groups = digitGroups(text);
  const found: PersonalDataFinding[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      if (j > i && !groups[j]!.joined) break;
      digits += groups[j]!.digits;
      if (digits.length > 18) break;
      if (groups[i]!.start < coveredUntil) break;
      const last = groups[j]!;
      const hit = classify(digits, last.x, i === j ? groups[i]!.token : undefined);
      if (hit === undefined) continue;
      const end = hit.withX ? last.xEnd : last.end;
      found.push({ kind: hit.kind, masked: mask(hit.number), start: groups[i]!.start, end });
      coveredUntil = end;
      break;
    }
  }
  return found;
}

/**
 * The text with every personal number replaced by its masked form. Masking can leave digits
 * that, with their neighbours, read as another number (`14000086-13000000000` masks to
 * `14000086-130****0000`, where `14000086130` is a mobile number), so it masks again until
 * nothing personal is left; each pass hides at least four more digits, so it ends.
 */
export function maskPersonalData(text: string): string {
  let out = text;
  for (let found = findPersonalData(out); found.length > 0; found = findPersonalData(out)) out = maskOnce(out, found);
  return out;
}

function maskOnce(text: string, found: readonly PersonalDataFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return out + text.slice(at);
}

/** What a run of digits is, if personal. `token` is the alphanumeric run when the digits are all of one group. */
function classify(
  digits: string,
  x: boolean,
  token: string | undefined,
): { kind: PersonalDataFinding['kind']; number: string; withX: boolean } | undefined {
  const n = digits.length;
  if (n === 17 && x && isIdNumber18(`${digits}X`)) return { kind: 'id-number', number: `${digits}X`, withX: true };
  if (n === 18 && isIdNumber18(digits) && !isCreditCodeOnly(token ?? digits)) return { kind: 'id-number', number: digits, withX: false };
  if (n === 15 && isIdNumber15(digits)) return { kind: 'id-number', number: digits, withX: false };
  if ((n === 11 || n === 13 || n === 15) && MOBILE.test(digits)) {
    if (token !== undefined && token.length === 18 && isCreditCodeOnly(token)) return undefined;
    return { kind: 'mobile', number: digits.slice(n - 11), withX: false };
  }
  return undefined;
}

/**
 * A valid credit code that is not also a valid identity number with a plausible birth date:
 * the digits in it belong to the code.
 */
function isCreditCodeOnly(token: string): boolean {
  if (!isValidCreditCode(token)) return false;
  return !(hasIdNumberCheckDigit(token) && plausibleBirth(token.slice(6, 14)));
}

/** 18 characters: area code, birth date, sequence, check; a valid check character or a plausible birth date. */
function isIdNumber18(id: string): boolean {
  if (id.charCodeAt(0) === 48) return false;
  return hasIdNumberCheckDigit(id) || plausibleBirth(id.slice(6, 14));
}

/** The old 15-digit form: area code, birth date as YYMMDD (19YY), sequence. */
function isIdNumber15(id: string): boolean {
  return id.charCodeAt(0) !== 48 && plausibleBirth(`19${id.slice(6, 12)}`);
}

/** YYYYMMDD naming a real day from 1900 to 2099. */
function plausibleBirth(yyyymmdd: string): boolean {
  if (!/^(19|20)\d{6}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const days = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days;
}

/** True when the identity-number check character (GB 11643) is right. */
export function hasIdNumberCheckDigit(id: string): boolean {
  if (id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * ID_WEIGHTS[i]!;
  }
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** The digit groups of a text, read one code point at a time through NFKC. */
function digitGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let onlySeparatorsSince = false; // true while only separators followed the last group
  let token = '';
  let tokenGroups: Group[] = [];
  const endToken = () => {
    for (const g of tokenGroups) g.token = token;
    token = '';
    tokenGroups = [];
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const raw = text.slice(i, i + len);
    const norm = cp < 0x80 ? raw : raw.normalize('NFKC');
    for (const ch of norm) {
      const c = ch.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        if (current === undefined) {
          current = { digits: '', start: i, end: i, x: false, xEnd: i, joined: onlySeparatorsSince, token: '' };
          groups.push(current);
          tokenGroups.push(current);
        }
        current.digits += ch;
        current.end = i + len;
        token += ch;
        continue;
      }
      const alnum = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (current !== undefined && (ch === 'X' || ch === 'x') && !current.x && current.end === i) {
        current.x = true;
        current.xEnd = i + len;
      }
      if (current !== undefined) {
        current = undefined;
        onlySeparatorsSince = true;
      }
      if (alnum) {
        token += ch.toUpperCase();
        onlySeparatorsSince = false;
      } else {
        endToken();
        if (!SEPARATOR.test(ch)) onlySeparatorsSince = false;
      }
    }
    i += len;
  }
  endToken();
  return groups;
}

function mask(number: string): string {
  return number.slice(0, 3) + '*'.repeat(number.length - 7) + number.slice(-4);
}
