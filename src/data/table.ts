/**
 * Headers → columns, and a reader that turns the cells of one row into typed values
 * or problems naming the cell. Shared by every CSV file module.
 */
import type { CsvRow, ParsedCsv } from './csv';
import {
  EXPECTED,
  MAX_COUNT,
  PROVINCE,
  parseCount,
  parseDay,
  parseGroup,
  parseInsurance,
  parseInsuranceList,
  parseMonth,
  parseMonthIndex,
  parsePercent,
  parseTileIndex,
  parseYear,
} from './fields';
import { unprotectFormula } from './formula';
import { checkRowText } from './text';
import type { Day, GroupKey, Insurance, Month, Problem } from './types';

/** One column of a file: its English key, its Chinese alias, and whether it must be present. */
export interface ColumnSpec<K extends string> {
  key: K;
  alias: string;
  required: boolean;
}

/**
 * A file's columns in the contract's order, as key → the Chinese header accepted instead
 * (alias); the keys in `optional` may be left out of the file, the others are required.
 */
export function columnSpecs<K extends string>(aliases: Record<K, string>, optional: readonly NoInfer<K>[]): readonly ColumnSpec<K>[] {
  return (Object.keys(aliases) as K[]).map((key) => ({ key, alias: aliases[key], required: !optional.includes(key) }));
}

/** Where a column is in the file (-1 when absent) and how the file names it. */
export interface Column {
  index: number;
  /** The header text as written in the file, or the English key when the column is absent. */
  name: string;
}

/**
 * `record` with each defined value of `optional` set on it, in the order given: an optional
 * field a row leaves empty is absent from the record, never present as undefined.
 */
export function withDefined<T extends object>(record: T, optional: { [K in keyof T]?: T[K] | undefined }): T {
  for (const key in optional) {
    const value = optional[key];
    if (value !== undefined) record[key] = value as T[typeof key];
  }
  return record;
}

/** Wording of header problems, shared with tests. */
export const HEADER_EXPECTED = {
  missing: (alias: string) => `a required column (or its Chinese name ${alias}); not in the header`,
  duplicate: (first: string) => `each column once; this is the same column as ${first}`,
  unknown: 'unknown column, ignored',
  unnamed: 'a column without a name, ignored',
} as const;

/**
 * Matches header cells to the file's columns. English keys match ignoring letter case;
 * aliases match exactly. Problems: a required column missing, a column given twice.
 * Warnings: unknown or unnamed columns.
 */
export function resolveColumns<K extends string>(
  file: string,
  header: CsvRow,
  specs: readonly ColumnSpec<K>[],
  problems: Problem[],
  warnings: Problem[],
): Record<K, Column> {
  const byName = new Map<string, ColumnSpec<K>>();
  for (const spec of specs) {
    byName.set(spec.key.toLowerCase(), spec);
    byName.set(spec.alias, spec);
  }
  const columns = {} as Record<K, Column>;
  const cells = header.cells;
  for (let i = 0; i < cells.length; i++) {
    const name = cells[i]!;
    const spec = byName.get(name) ?? byName.get(name.toLowerCase());
    if (spec === undefined) {
      warnings.push(
        name === ''
          ? { file, line: header.line, column: `(column ${i + 1})`, expected: HEADER_EXPECTED.unnamed }
          : { file, line: header.line, column: name, expected: HEADER_EXPECTED.unknown },
      );
      continue;
    }
    const seen = columns[spec.key];
    if (seen !== undefined) {
      problems.push({ file, line: header.line, column: name, expected: HEADER_EXPECTED.duplicate(seen.name) });
      continue;
    }
    columns[spec.key] = { index: i, name };
  }
  for (const spec of specs) {
    if (columns[spec.key] !== undefined) continue;
    columns[spec.key] = { index: -1, name: spec.key };
    if (spec.required) {
      problems.push({ file, line: header.line, column: spec.key, expected: HEADER_EXPECTED.missing(spec.alias) });
    }
  }
  return columns;
}

/**
 * Reads the cells of one row at a time. One reader is reused for every row of a file,
 * so the hot loop allocates nothing but the record it builds.
 */
export class RowReader<K extends string> {
  /** Line of the current row. */
  line = 0;
  /** False once any cell of the current row had a problem; such rows produce no record. */
  ok = true;
  private cells: readonly string[] = [];

  constructor(
    readonly file: string,
    readonly columns: Readonly<Record<K, Column>>,
    private readonly problems: Problem[],
  ) {}

  /**
   * One string per distinct value: key cells (months, region ids, insurance names) repeat on
   * hundreds of thousands of rows, and records that share them keep one copy instead of a
   * copy per row, which also spares the garbage collector from moving each copy.
   */
  shared(value: string): string {
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    if (this.pool.size < 100_000) this.pool.set(value, value);
    return value;
  }

  private readonly pool = new Map<string, string>();

  /** Moves to the next row. */
  start(row: CsvRow): void {
    this.line = row.line;
    this.cells = row.cells;
    this.ok = row.textProblem !== true;
  }

  /** The trimmed cell, or '' when the column is absent. */
  raw(key: K): string {
    const index = this.columns[key].index;
    return index < 0 ? '' : (this.cells[index] ?? '');
  }

  /** The column name as written in the file's header. */
  name(key: K): string {
    return this.columns[key].name;
  }

  /** Whether the file has this column. */
  has(key: K): boolean {
    return this.columns[key].index >= 0;
  }

  /** Records a problem with the cell of `key` in the current row. */
  fail(key: K, expected: string, value: string = this.raw(key)): void {
    this.ok = false;
    this.problems.push({ file: this.file, line: this.line, column: this.name(key), value, expected });
  }

  /** Records a problem with a combination of cells (uniqueness of a key), naming every column. */
  failColumns(keys: readonly K[], expected: string): void {
    this.ok = false;
    this.failRow(this.line, keys, keys.map((k) => this.raw(k)), expected);
  }

  /** Records a problem with a combination of cells of the row on `line`: `cells` are those of `keys` as written. */
  failRow(line: number, keys: readonly K[], cells: readonly string[], expected: string): void {
    this.problems.push({ file: this.file, line, column: keys.map((k) => this.name(k)).join(', '), value: cells.join(', '), expected });
  }

  /**
   * A required reference to a region id. `order` undefined means regions.csv could not be
   * read, so the reference cannot be checked. `province` is accepted only where allowed.
   */
  region(key: K, order: ReadonlyMap<string, number> | undefined, allowProvince: boolean): string | undefined {
    const value = this.raw(key);
    const expected = allowProvince
      ? EXPECTED.regionRefOrProvince
      : value === PROVINCE
        ? EXPECTED.regionRefNotProvince
        : EXPECTED.regionRef;
    if (value === '') {
      this.emptyRequired(key, expected);
      return undefined;
    }
    if (allowProvince && value === PROVINCE) return value;
    if (order !== undefined && !order.has(value)) {
      this.fail(key, expected, value);
      return undefined;
    }
    return value;
  }

  /** A required cell: empty, or a missing column, is a problem (the latter reported once, by resolveColumns). */
  text(key: K): string {
    const value = this.raw(key);
    if (value === '') this.emptyRequired(key, EXPECTED.text);
    return value;
  }

  /** An optional text: undefined when empty. */
  optionalText(key: K): string | undefined {
    const value = this.raw(key);
    return value === '' ? undefined : value;
  }

  /** A tile-map row or column: a whole number ≥ 0, required once the file has tile columns. */
  tileIndex(key: K): number | undefined {
    return this.parse(key, true, parseTileIndex, EXPECTED.tileIndex);
  }

  /** A count of persons; empty is a problem when required. */
  count(key: K, required: true): number;
  count(key: K, required: false): number | undefined;
  count(key: K, required: boolean): number | undefined {
    const value = this.parse(key, required, parseCount, EXPECTED.count);
    if (value !== undefined && value > MAX_COUNT) {
      this.fail(key, EXPECTED.countTooLarge);
      return undefined;
    }
    return value;
  }

  /** `YYYY-MM`, required. */
  month(key: K): Month | undefined {
    return this.parse(key, true, parseMonth, EXPECTED.month);
  }

  /**
   * A report's month, `YYYY-MM`, required, as a month index (see monthIndex); -1 when it is not
   * a month. A month after the build date's is a problem too: a report cannot come from the future.
   */
  reportMonth(key: K, buildDate: Day): number {
    const value = this.raw(key);
    if (value === '') {
      this.emptyRequired(key, EXPECTED.month);
      return -1;
    }
    const index = parseMonthIndex(value);
    if (index < 0) this.fail(key, EXPECTED.month, value);
    // A month (seven characters) sorts after the day exactly when it is after the day's month.
    else if (value > buildDate) this.fail(key, EXPECTED.monthNotAfter(buildDate), value);
    return index;
  }

  /** `YYYY-MM-DD`. */
  day(key: K, required: true): Day;
  day(key: K, required: false): Day | undefined;
  day(key: K, required: boolean): Day | undefined {
    return this.parse(key, required, parseDay, EXPECTED.day);
  }

  /** Four-digit year, required. */
  year(key: K): number | undefined {
    return this.parse(key, true, parseYear, EXPECTED.year);
  }

  /** Optional percent 0–100. */
  percent(key: K): number | undefined {
    return this.parse(key, false, parsePercent, EXPECTED.percent);
  }

  /** One insurance, required. */
  insurance(key: K): Insurance | undefined {
    return this.parse(key, true, parseInsurance, EXPECTED.insurance);
  }

  /** A list of insurances, required. */
  insuranceList(key: K): Insurance[] | undefined {
    return this.parse(key, true, parseInsuranceList, EXPECTED.insuranceList);
  }

  /** One priority group, required. */
  group(key: K): GroupKey | undefined {
    return this.parse(key, true, parseGroup, EXPECTED.group);
  }

  private parse<T>(key: K, required: boolean, parser: (s: string) => T | undefined, expected: string): T | undefined {
    const value = this.raw(key);
    if (value === '') {
      if (required) this.emptyRequired(key, expected);
      return undefined;
    }
    const parsed = parser(value);
    if (parsed === undefined) this.fail(key, expected, value);
    return parsed;
  }

  private emptyRequired(key: K, expected: string): void {
    // A missing column was reported once for the whole file; do not repeat it per row.
    if (this.columns[key].index < 0) this.ok = false;
    else this.fail(key, expected, '');
  }
}

/** Parsed rows plus resolved columns: what each file module starts from. */
export interface Table<K extends string> {
  columns: Record<K, Column>;
  /** The reader of this file's rows, recording problems where the file's other problems go. */
  reader: RowReader<K>;
  /** Header cells as written, by position (for messages about any cell, known column or not). */
  header: readonly string[];
  /** Visits the data rows in file order, reading them as it goes (see ParsedCsv). */
  forEachRow(visit: (row: CsvRow) => void): void;
}

/** Resolves the header of a parsed file; undefined when there is no header. */
export function toTable<K extends string>(
  file: string,
  parsed: ParsedCsv | undefined,
  specs: readonly ColumnSpec<K>[],
  { problems, warnings }: { problems: Problem[]; warnings: Problem[] },
): Table<K> | undefined {
  if (parsed === undefined || parsed.header === undefined) return undefined;
  const columns = resolveColumns(file, parsed.header, specs, problems, warnings);
  const header = parsed.header.cells;
  const keys: (string | undefined)[] = header.map(() => undefined);
  for (const spec of specs) if (columns[spec.key].index >= 0) keys[columns[spec.key].index] = spec.key;
  return {
    columns,
    reader: new RowReader<K>(file, columns, problems),
    header,
    // Every cell of every row passes the text rules before the file's own rules see it.
    forEachRow: (visit) =>
      parsed.forEachRow((row) => {
        // A download is valid input: the apostrophe its formula protection added comes off.
        const cells = row.cells;
        for (let c = 0; c < cells.length; c++) if (cells[c]!.charCodeAt(0) === 39) cells[c] = unprotectFormula(cells[c]!);
        if (checkRowText(file, row.line, row.cells, header, keys, problems)) row.textProblem = true;
        visit(row);
      }),
  };
}
