/**
 * Bytes → text → rows of trimmed cells, each row with the physical line it starts
 * on. Encoding and CSV shape follow the data contract's "General rules".
 */
import Papa from 'papaparse';
import type { Problem } from './types';

/** One data row: its 1-based physical start line (the header is line 1) and its trimmed cells. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** Set when a cell broke a rule of "Text in every file": the row then makes no record. */
  textProblem?: boolean;
}

/**
 * A file being read: its header row, and its data rows (those with the right number of
 * fields), which are parsed while they are visited rather than all kept at once: a file
 * of a million rows then never holds a million row arrays, and the garbage collector,
 * not the parser, was most of the cost of reading a national dataset.
 */
export interface ParsedCsv {
  /** The first non-blank row; undefined when the file has no rows (a problem already reported). */
  header: CsvRow | undefined;
  /**
   * Calls `visit` with each data row in file order. Problems of the rows (wrong number of
   * fields, bad quotes) are reported as they are read. Reads the file once: later calls do nothing.
   */
  forEachRow(visit: (row: CsvRow) => void): void;
}

/** Which encoding a file turned out to be in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// GB18030 is a superset of GBK and GB2312, which Excel on Chinese Windows writes by default.
const GB18030 = new TextDecoder('gb18030', { fatal: true });

/** Why a file could not be decoded, and the line of the first byte at fault when there is one. */
export interface Undecodable {
  reason: string;
  line?: number;
}

/** Wording of encoding problems, shared with tests. */
export const ENCODING_EXPECTED = {
  utf16: 'a text file in UTF-8 or GB18030/GBK; this one is UTF-16 (in Excel choose "CSV UTF-8" or "CSV")',
  utf16NoBom:
    'a text file in UTF-8 or GB18030/GBK; this one looks like UTF-16 without a byte-order mark (every other byte is 0): in Excel choose "CSV UTF-8" or "CSV"',
  strayByte: (byte: number) =>
    `UTF-8 throughout; this line has the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, which is not UTF-8, in a file that is otherwise UTF-8 (retype the line, or save the whole file again as "CSV UTF-8")`,
  neither: 'a text file in UTF-8 or GB18030/GBK; this one is neither (the first byte that is not UTF-8 is on this line)',
} as const;

/**
 * Decodes a file as UTF-8 (BOM stripped) or, when it is not UTF-8 at all and decodes
 * cleanly as GB18030, as GB18030. A file that is UTF-8 except for a few bytes is not
 * guessed at: it is refused, naming the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | Undecodable {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { reason: ENCODING_EXPECTED.utf16 };
  }
  if (looksLikeUtf16((i) => bytes[i]!, bytes.length)) return { reason: ENCODING_EXPECTED.utf16NoBom };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: UTF8.decode(bom ? bytes.subarray(3) : bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8 throughout: see whether it is mostly UTF-8 or not UTF-8 at all.
  }
  const stats = utf8Stats(bytes);
  const line = lineOfByte(bytes, stats.firstBad);
  if (bom || stats.valid > stats.invalid) return { reason: ENCODING_EXPECTED.strayByte(bytes[stats.firstBad]!), line };
  try {
    return { text: GB18030.decode(bytes), encoding: 'gb18030' };
  } catch {
    return { reason: ENCODING_EXPECTED.neither, line };
  }
}

/**
 * Whether text starts like UTF-16 without a byte-order mark: in its first 256 units, at
 * least 40% of the even or of the odd positions are 0 (ASCII in UTF-16 is every other byte 0).
 */
export function looksLikeUtf16(at: (i: number) => number, length: number): boolean {
  const n = Math.min(length, 256) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (at(i) === 0) even++;
    if (at(i + 1) === 0) odd++;
  }
  return Math.max(even, odd) >= 0.4 * (n / 2);
}

/** Valid multi-byte UTF-8 sequences, invalid bytes, and the offset of the first invalid one. */
function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number; firstBad: number } {
  let valid = 0;
  let invalid = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      if (firstBad < 0) firstBad = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstBad: Math.max(firstBad, 0) };
}

/** The 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** Expected wording for rows and quotes, shared with tests. */
export const CSV_EXPECTED = {
  fieldCount: (header: number, found: number) =>
    `${header} fields, as many as the header row has; this row has ${found}`,
  invalidQuotes: 'a quoted field that ends with a quote followed by "," or the end of the line (a quote inside a quoted field is written twice: "")',
  missingQuotes: 'a closing quote for the quoted field that starts here',
  header: 'a header row naming the columns; the file has no rows',
  tabs: 'fields separated by ","; this file seems to use tabs (save it as CSV, not as text)',
} as const;

/**
 * Parses RFC 4180 text. Rows with the wrong number of fields and quote errors become
 * problems and are left out; blank rows (also rows of empty cells only) are skipped.
 * The header is read now; the data rows when `forEachRow` is called.
 */
export function scanCsv(file: string, text: string, problems: Problem[]): ParsedCsv {
  const { text: input, newline } = lineBreaks(text);
  let header: CsvRow | undefined;
  let headerIndex = -1;
  scanRows(file, input, newline, problems, -1, (row, index) => {
    header = row;
    headerIndex = index;
    return false;
  });
  if (header === undefined) problems.push({ file, line: 1, expected: CSV_EXPECTED.header });
  else if (header.cells.length === 1 && header.cells[0]!.includes('\t')) {
    problems.push({ file, line: header.line, expected: CSV_EXPECTED.tabs });
  }
  let read = header === undefined;
  return {
    header,
    forEachRow(visit) {
      if (read) return;
      read = true;
      const fields = header!.cells.length;
      scanRows(file, input, newline, problems, headerIndex, (row) => {
        if (row.cells.length !== fields) {
          problems.push({ file, line: row.line, expected: CSV_EXPECTED.fieldCount(fields, row.cells.length) });
        } else visit(row);
      });
    },
  };
}

/**
 * Calls `visit` with each non-blank row after row number `after` that has no quote error,
 * with its start line and trimmed cells, until `visit` returns false. Quote errors of those
 * rows are reported. Line numbers count every row before, so they are true for every row.
 */
function scanRows(
  file: string,
  input: string,
  newline: '\n' | '\r\n',
  problems: Problem[],
  after: number,
  visit: (row: CsvRow, index: number) => boolean | void,
): void {
  if (input.indexOf('"') === -1) {
    scanPlainRows(input, newline, after, visit);
    return;
  }
  // Papaparse does not say where rows start, so lines are counted from the rows
  // themselves: each row is one line plus the line breaks inside its quoted cells.
  const lines = new LineCounter(input);
  let index = -1;
  let line = 1;
  Papa.parse<string[]>(input, {
    header: false,
    delimiter: ',',
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (results, parser) => {
      index++;
      const cells = results.data;
      const start = line;
      let quoteError = false;
      for (const error of results.errors) {
        // One message per row: a malformed quote usually also leaves the field unterminated.
        if (error.type !== 'Quotes' || quoteError) continue;
        quoteError = true;
        if (index > after) {
          problems.push({
            file,
            line: lines.at(error.index ?? 0),
            expected: error.code === 'MissingQuotes' ? CSV_EXPECTED.missingQuotes : CSV_EXPECTED.invalidQuotes,
          });
        }
      }
      let blank = true;
      for (let c = 0; c < cells.length; c++) {
        let raw = cells[c]!;
        if (raw.indexOf('\n') !== -1) {
          for (let at = raw.indexOf('\n'); at !== -1; at = raw.indexOf('\n', at + 1)) line++;
          // A break inside a quoted cell is LF whatever the file's line endings were.
          if (raw.indexOf('\r') !== -1) raw = raw.replace(CRLF, '\n');
        }
        const cell = raw.trim();
        cells[c] = cell;
        if (cell !== '') blank = false;
      }
      line++;
      if (index <= after || blank || quoteError) return;
      if (visit({ line: start, cells }, index) === false) parser.abort();
    },
  });
}

/**
 * scanRows for a text without any quote, where every line is a row and every comma
 * separates cells: exactly how Papaparse reads such a text (its "fast mode"), done here
 * line by line so that neither an array of all lines nor Papaparse's per-row result
 * objects are made for files of hundreds of thousands of rows.
 */
function scanPlainRows(
  input: string,
  newline: '\n' | '\r\n',
  after: number,
  visit: (row: CsvRow, index: number) => boolean | void,
): void {
  if (input === '') return;
  const length = input.length;
  for (let start = 0, index = 0; start <= length; index++) {
    let end = input.indexOf(newline, start);
    if (end === -1) end = length;
    if (index > after) {
      // Cells are cut straight from the text between commas: no string per line and no
      // split(), which halves the time of a file of 600,000 short rows.
      const cells: string[] = [];
      let blank = true;
      for (let from = start; ; ) {
        let comma = input.indexOf(',', from);
        if (comma === -1 || comma > end) comma = end;
        let cell = input.slice(from, comma);
        if (cell.length > 0 && (mayTrim(cell.charCodeAt(0)) || mayTrim(cell.charCodeAt(cell.length - 1)))) cell = cell.trim();
        cells.push(cell);
        if (cell !== '') blank = false;
        if (comma === end) break;
        from = comma + 1;
      }
      if (!blank && visit({ line: index + 1, cells }, index) === false) return;
    }
    start = end + newline.length;
  }
}

/** Whether a cell starting or ending with this code unit may need trim(): any space, control or line break. */
function mayTrim(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Line numbers of offsets that come in increasing order (quote errors), without rescanning from the start. */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  at(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    for (let at = this.text.indexOf('\n', this.offset); at !== -1 && at < offset; at = this.text.indexOf('\n', at + 1)) {
      this.line++;
    }
    this.offset = offset;
    return this.line;
  }
}

/** Parses a whole text at once: the header and every data row (for tests and small files). */
export function parseCsv(file: string, text: string, problems: Problem[]): { header: CsvRow | undefined; rows: CsvRow[] } {
  const parsed = scanCsv(file, text, problems);
  return { header: parsed.header, rows: csvRows(parsed) };
}

/** Every data row of a file being read, collected (what forEachRow would visit). */
export function csvRows(parsed: ParsedCsv): CsvRow[] {
  const rows: CsvRow[] = [];
  parsed.forEachRow((row) => rows.push(row));
  return rows;
}

/** Decodes and parses one CSV file; undefined (with a problem) when it cannot be decoded. */
export function readCsv(file: string, bytes: Uint8Array, problems: Problem[]): ParsedCsv | undefined {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    problems.push({ file, line: decoded.line ?? 0, expected: decoded.reason });
    return undefined;
  }
  return scanCsv(file, decoded.text, problems);
}

const CRLF = /\r\n?/g;

/**
 * The row separator to parse with. Files with only LF, or only CRLF (Excel), are parsed
 * as they are; a file that mixes them (or uses bare CR) is first normalized to LF, which
 * costs a copy of the whole text, so it is done only when needed.
 */
function lineBreaks(text: string): { text: string; newline: '\n' | '\r\n' } {
  if (text.indexOf('\r') === -1) return { text, newline: '\n' };
  let lf = 0;
  let crlf = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lf++;
    if (text.charCodeAt(at - 1) === 13) crlf++;
  }
  let cr = 0;
  for (let at = text.indexOf('\r'); at !== -1 && cr <= crlf; at = text.indexOf('\r', at + 1)) cr++;
  if (lf === crlf && cr === crlf) return { text, newline: '\r\n' };
  return { text: text.replace(CRLF, '\n'), newline: '\n' };
}
