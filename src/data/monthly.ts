/** monthly.csv: the monthly reports (按月报表). */
import type { ReadContext } from './context';
import type { ParsedCsv } from './csv';
import { EXPECTED, monthFromIndex } from './fields';
import { MonthKeys } from './month-keys';
import { toTable, columnSpecs } from './table';
import type { MonthlyReport } from './types';

/** File name in DATA_DIR. */
export const MONTHLY_FILE = 'monthly.csv';

/** Columns of monthly.csv (data contract). */
export const MONTHLY_COLUMNS = columnSpecs({
  month: '月份', region: '地区', insurance: '险种', enrolled: '参保人数', due: '应缴费人数', paid: '实际缴费人数',
  new_enrolled: '新增参保人数', new_paid: '新增参保缴费人数',
}, ['due', 'paid', 'new_enrolled', 'new_paid']);

type Key = (typeof MONTHLY_COLUMNS)[number]['key'];

const KEY_COLUMNS = ['month', 'region', 'insurance'] as const satisfies readonly Key[];

/**
 * Validates monthly.csv. Sorted by month, then region in regions.csv order, then
 * insurance. Missing months become warnings (the contract: charts show the gap).
 */
export function readMonthly(parsed: ParsedCsv | undefined, ctx: ReadContext): MonthlyReport[] {
  const table = toTable(MONTHLY_FILE, parsed, MONTHLY_COLUMNS, ctx);
  if (table === undefined) return [];
  const r = table.reader;
  const regionOrder = ctx.regionOrder;
  // Every row whose (month, region, insurance) is valid, in file order; its record is
  // undefined for rows with a problem. Uniqueness is checked once the file is read. Only the
  // key cells as written are kept for the message, not the row: rows die young.
  const keys = new MonthKeys(ctx);
  const keyCells: string[] = [];
  const rows: (MonthlyReport | undefined)[] = [];

  let rowCount = 0;
  table.forEachRow((row) => {
    rowCount++;
    r.start(row);
    const month = r.reportMonth('month', ctx.buildDate);
    const region = r.region('region', regionOrder, false);
    const insurance = r.insurance('insurance');
    const enrolled = r.count('enrolled', true);
    const due = r.count('due', false);
    const paid = r.count('paid', false);
    const newEnrolled = r.count('new_enrolled', false);
    const newPaid = r.count('new_paid', false);
    if (due !== undefined && enrolled !== undefined && due > enrolled) {
      r.fail('due', EXPECTED.atMost(r.name('enrolled'), enrolled));
    }
    if (paid !== undefined && due !== undefined && paid > due) r.fail('paid', EXPECTED.atMost(r.name('due'), due));
    if (newPaid !== undefined && newEnrolled !== undefined && newPaid > newEnrolled) {
      r.fail('new_paid', EXPECTED.atMost(r.name('new_enrolled'), newEnrolled));
    }
    if (month < 0 || region === undefined || insurance === undefined) return;
    keys.add(row.line, month, region, insurance);
    const monthText = r.shared(r.raw('month'));
    const regionId = r.shared(region);
    keyCells.push(monthText, regionId, r.shared(r.raw('insurance')));
    if (!r.ok) {
      rows.push(undefined);
      return;
    }
    const source = { file: MONTHLY_FILE, line: row.line };
    // One literal with every field when all are given (the usual case) keeps one object shape.
    if (due !== undefined && paid !== undefined && newEnrolled !== undefined && newPaid !== undefined) {
      rows.push({ month: monthText, region: regionId, insurance, enrolled, due, paid, newEnrolled, newPaid, source });
      return;
    }
    const report: MonthlyReport = { month: monthText, region: regionId, insurance, enrolled, source };
    if (due !== undefined) report.due = due;
    if (paid !== undefined) report.paid = paid;
    if (newEnrolled !== undefined) report.newEnrolled = newEnrolled;
    if (newPaid !== undefined) report.newPaid = newPaid;
    rows.push(report);
  });

  // The contract asks for one row at least; without it every page would fail far from the cause.
  if (rowCount === 0) ctx.problems.push({ file: MONTHLY_FILE, line: 2, expected: EXPECTED.atLeastOneRow });
  const reports: MonthlyReport[] = [];
  const reportMonths: number[] = [];
  const reportPairs: number[] = [];
  keys.check(
    r,
    KEY_COLUMNS,
    (i) => keyCells.slice(i * KEY_COLUMNS.length, (i + 1) * KEY_COLUMNS.length),
    (i) => {
      const report = rows[i];
      if (report === undefined) return;
      reports.push(report);
      reportMonths.push(keys.months[i]!);
      // One row per pair and month here, so the slot is the region × insurance pair.
      reportPairs.push(keys.slots[i]!);
    },
  );
  warnMissingMonths(reports, reportMonths, reportPairs, ctx);
  return reports;
}

/**
 * For each region × insurance in the file, every month from its first report to the
 * latest month of the whole file should be there; each gap is a warning. Rows are unique
 * per (pair, month), so a pair without gaps has exactly (latest − first + 1) rows.
 */
function warnMissingMonths(
  reports: readonly MonthlyReport[],
  months: readonly number[],
  pairs: readonly number[],
  ctx: ReadContext,
): void {
  let latest = -1;
  const firstOf = new Map<number, number>();
  const countOf = new Map<number, number>();
  for (let i = 0; i < months.length; i++) {
    const month = months[i]!;
    const pair = pairs[i]!;
    if (month > latest) latest = month;
    const first = firstOf.get(pair);
    if (first === undefined || month < first) firstOf.set(pair, month);
    countOf.set(pair, (countOf.get(pair) ?? 0) + 1);
  }
  const gapped = [...firstOf.keys()].filter((pair) => countOf.get(pair)! < latest - firstOf.get(pair)! + 1);
  if (gapped.length === 0) return;
  const present = new Map<number, { label: string; months: Set<number> }>(
    gapped.map((pair) => [pair, { label: '', months: new Set<number>() }]),
  );
  for (let i = 0; i < months.length; i++) {
    const entry = present.get(pairs[i]!);
    if (entry === undefined) continue;
    entry.months.add(months[i]!);
    if (entry.label === '') entry.label = `region=${reports[i]!.region} insurance=${reports[i]!.insurance}`;
  }
  // Pair numbers follow regions.csv order, then insurance order.
  for (const pair of gapped.sort((a, b) => a - b)) {
    const entry = present.get(pair)!;
    for (let month = firstOf.get(pair)! + 1; month <= latest; month++) {
      if (entry.months.has(month)) continue;
      ctx.warnings.push({
        file: MONTHLY_FILE,
        line: 0,
        column: entry.label,
        value: monthFromIndex(month),
        expected: EXPECTED.missingMonth,
      });
    }
  }
}
