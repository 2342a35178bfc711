/**
 * CSV encoding (RFC 4180): UTF-8 with a byte-order mark and CRLF line ends, so Excel on
 * Chinese Windows opens it with the right characters and pandas and R read it as well. A
 * file is a plain table: one header row, one row per record, nothing above or below.
 */
import { protectFormula } from '../../data/formula';

/** A cell value before encoding; null/undefined is an empty cell. */
export type CellValue = string | number | null | undefined;

/** The byte-order mark every CSV starts with. */
export const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula gets a leading
 * apostrophe that the reader takes off again (src/data/formula.ts) — counts never start that
 * way, only free text typed by staff could. A cell holding `;`, a tab or `|` is quoted too,
 * so that a spreadsheet splitting on that separator keeps it one cell.
 */
export function csvCell(v: CellValue): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? numberCell(v) : v;
  if (typeof v === 'string') s = protectFormula(s);
  return /[",;|\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function numberCell(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`downloads: non-finite number ${String(n)} in a CSV`);
  return String(n);
}

/** A whole CSV file: BOM, header row, rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CellValue[]>): string {
  return [...csvChunks(header, rows)].join('');
}

/** Rows per piece of a file generated in pieces. */
export const CHUNK_ROWS = 2000;

/**
 * toCsv in pieces of CHUNK_ROWS rows: the whole-dataset files of a national build run to
 * 100 MB, and held as one string (with its rows) they set the build's peak memory.
 */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CellValue[]>): Generator<string> {
  yield BOM + header.map(csvCell).join(',') + '\r\n';
  let out = '';
  let n = 0;
  for (const r of rows) {
    out += r.map(csvCell).join(',') + '\r\n';
    if (++n === CHUNK_ROWS) {
      yield out;
      out = '';
      n = 0;
    }
  }
  if (out) yield out;
}
