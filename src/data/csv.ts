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
}

/** A parsed file: the header row (undefined when the file has no rows) and the data rows with the right number of fields. */
export interface ParsedCsv {
  header: CsvRow | undefined;
  rows: CsvRow[];
}

/** Which encoding a file turned out to be in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// GB18030 is a superset of GBK and GB2312, which Excel on Chinese Windows writes by default.
const GB18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Decodes a file as UTF-8 (BOM stripped) or, when it is not valid UTF-8, as GB18030.
 * Returns a reason instead when it is neither (or UTF-16).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | { reason: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { reason: 'a text file in UTF-8 or GB18030/GBK; this one is UTF-16 (in Excel choose "CSV UTF-8" or "CSV")' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: UTF8.decode(bom ? bytes.subarray(3) : bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: fall through to GB18030.
  }
  try {
    return { text: GB18030.decode(bytes), encoding: 'gb18030' };
  } catch {
    return { reason: 'a text file in UTF-8 or GB18030/GBK; this one is neither' };
  }
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
 */
export function parseCsv(file: string, text: string, problems: Problem[]): ParsedCsv {
  const { text: input, newline } = lineBreaks(text);
  const result = Papa.parse<string[]>(input, {
    header: false,
    delimiter: ',',
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
  });

  const quoteErrorRows = new Set<number>();
  for (const error of result.errors) {
    // One message per row: a malformed quote usually also leaves the field unterminated.
    if (error.type !== 'Quotes' || error.row === undefined || quoteErrorRows.has(error.row)) continue;
    quoteErrorRows.add(error.row);
    problems.push({
      file,
      line: lineAtOffset(input, error.index ?? 0),
      expected: error.code === 'MissingQuotes' ? CSV_EXPECTED.missingQuotes : CSV_EXPECTED.invalidQuotes,
    });
  }

  // Papaparse does not say where rows start, so lines are counted from the rows
  // themselves: each row is one line plus the line breaks inside its quoted cells.
  const mayHaveBreaks = input.indexOf('"') !== -1;
  const data = result.data;
  const rows: CsvRow[] = [];
  let header: CsvRow | undefined;
  let line = 1;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r]!;
    const start = line;
    let blank = true;
    for (let c = 0; c < cells.length; c++) {
      let raw = cells[c]!;
      if (mayHaveBreaks && raw.indexOf('\n') !== -1) {
        for (let at = raw.indexOf('\n'); at !== -1; at = raw.indexOf('\n', at + 1)) line++;
        // A break inside a quoted cell is LF whatever the file's line endings were.
        if (raw.indexOf('\r') !== -1) raw = raw.replace(CRLF, '\n');
      }
      const cell = raw.trim();
      cells[c] = cell;
      if (cell !== '') blank = false;
    }
    line++;
    if (blank || quoteErrorRows.has(r)) continue;
    if (header === undefined) {
      header = { line: start, cells };
      if (cells.length === 1 && cells[0]!.includes('\t')) {
        problems.push({ file, line: start, expected: CSV_EXPECTED.tabs });
      }
      continue;
    }
    if (cells.length !== header.cells.length) {
      problems.push({ file, line: start, expected: CSV_EXPECTED.fieldCount(header.cells.length, cells.length) });
      continue;
    }
    rows.push({ line: start, cells });
  }
  if (header === undefined) problems.push({ file, line: 1, expected: CSV_EXPECTED.header });
  return { header, rows };
}

/** Decodes and parses one CSV file; undefined (with a problem) when it cannot be decoded. */
export function readCsv(file: string, bytes: Uint8Array, problems: Problem[]): ParsedCsv | undefined {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    problems.push({ file, line: 0, expected: decoded.reason });
    return undefined;
  }
  return parseCsv(file, decoded.text, problems);
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

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
