/**
 * Rules for the text of every cell of every file (data contract, "Text in every file"):
 * no personal numbers in any disguise, no control characters, no bidirectional overrides,
 * nothing XML cannot hold, and bounded lengths.
 */
import { EXPECTED } from './fields';
import { digitLikeCount, findPersonalData } from './privacy';
import type { Problem } from './types';

/** Longest id (it becomes a file name and an address). */
export const MAX_ID_LENGTH = 64;
/** Longest name (titles, headings, citations). */
export const MAX_NAME_LENGTH = 200;
/** Longest text of any other column. */
export const MAX_TEXT_LENGTH = 2000;

/** What each text rule expects, as shown after the "—" of a message. */
export const TEXT_EXPECTED = {
  mobile: EXPECTED.mobile,
  idNumber: EXPECTED.idNumber,
  control: (code: number) =>
    `no control characters (found ${codePoint(code)}): they break the XML, SVG and RSS files; retype the text or remove the character`,
  bidi: (code: number) =>
    `no bidirectional override (found ${codePoint(code)}): it reverses the text after it in titles and citations`,
  xml: (code: number) => `only characters XML can hold (found ${codePoint(code)})`,
  length: (max: number, length: number) => `at most ${max.toLocaleString('en-US')} characters; this one has ${length.toLocaleString('en-US')}`,
} as const;

/** `U+001B` for a code point. */
export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first rule `text` breaks among control characters, bidirectional overrides and
 * characters XML cannot hold, or undefined. Tab and line breaks (inside quoted cells)
 * are text.
 */
export function forbiddenCharacter(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c === 9 || c === 10 || c === 13) continue;
      return TEXT_EXPECTED.control(c);
    }
    if (c <= 0x9f) return TEXT_EXPECTED.control(c);
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return TEXT_EXPECTED.bidi(c);
    if (c === 0xfffe || c === 0xffff) return TEXT_EXPECTED.xml(c);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return TEXT_EXPECTED.xml(c);
    }
    if (c >= 0xdc00 && c <= 0xdfff) return TEXT_EXPECTED.xml(c);
  }
  return undefined;
}

/** The problems of one text value: personal numbers, forbidden characters, length. `where` names the cell. */
export function textProblems(text: string, maxLength: number, where: Omit<Problem, 'value' | 'expected'>): Problem[] {
  const problems: Problem[] = [];
  for (const finding of findPersonalData(text)) {
    problems.push({ ...where, value: finding.masked, expected: finding.kind === 'mobile' ? TEXT_EXPECTED.mobile : TEXT_EXPECTED.idNumber });
  }
  const character = forbiddenCharacter(text);
  if (character !== undefined) problems.push({ ...where, value: text, expected: character });
  if (text.length > maxLength) problems.push({ ...where, value: text, expected: TEXT_EXPECTED.length(maxLength, text.length) });
  return problems;
}

/** How long a cell of a column may be, by its contract key. */
export function maxLengthOf(key: string | undefined): number {
  if (key === 'id') return MAX_ID_LENGTH;
  if (key === 'name' || key === 'name_en' || key === 'title' || key === 'title_en') return MAX_NAME_LENGTH;
  return MAX_TEXT_LENGTH;
}

/** Only digits and thousands commas: a count, which is never joined to its neighbour. */
function isPlainNumber(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 44) return false;
  }
  return true;
}

/** How many characters at the edge of a cell are looked at for a number split across two cells. */
const EDGE = 24;

/**
 * Checks every cell of a row; returns whether it found a problem. `names` are the header
 * cells as written, `keys` the contract key of each column (undefined for unknown ones).
 * Besides each cell alone, two neighbouring cells are read as one where a number could
 * have been split between them (`139 1234` | `1357`).
 */
export function checkRowText(
  file: string,
  line: number,
  cells: readonly string[],
  names: readonly string[],
  keys: readonly (string | undefined)[],
  problems: Problem[],
): boolean {
  let bad = false;
  let previousDigits = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    if (cell === '') {
      previousDigits = 0;
      continue;
    }
    const max = maxLengthOf(keys[c]);
    const digits = digitLikeCount(cell);
    if (digits >= 11 || cell.length > max || !isPlainText(cell)) {
      const found = textProblems(cell, max, { file, line, column: names[c] || `(column ${c + 1})` });
      if (found.length > 0) {
        bad = true;
        for (const p of found) problems.push(p);
      }
    }
    if (previousDigits > 0 && digits > 0 && previousDigits + digits >= 11) {
      const before = cells[c - 1]!;
      if (!(isPlainNumber(before) && isPlainNumber(cell))) {
        const tail = before.slice(-EDGE);
        const head = cell.slice(0, EDGE);
        const joined = `${tail} ${head}`;
        for (const f of findPersonalData(joined)) {
          if (f.start >= tail.length || f.end <= tail.length + 1) continue;
          bad = true;
          problems.push({
            file,
            line,
            column: `${names[c - 1] || `(column ${c})`}, ${names[c] || `(column ${c + 1})`}`,
            value: f.masked,
            expected: f.kind === 'mobile' ? TEXT_EXPECTED.mobile : TEXT_EXPECTED.idNumber,
          });
        }
      }
    }
    previousDigits = digits;
  }
  return bad;
}

/** Printable ASCII or ordinary characters only: the common case, checked in one pass without allocating. */
function isPlainText(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x206f) || c >= 0xd800) {
      if (c === 9 || c === 10 || c === 13) continue;
      // CJK text and full-width forms are plain; surrogates, specials and the 2028–206F block are not.
      if (c >= 0xd800 && c < 0xfff0 && !(c <= 0xdfff) && c !== 0xfeff) continue;
      return false;
    }
  }
  return true;
}
