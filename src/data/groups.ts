/** groups.csv: enrolment of the priority groups (扩面工作重点). */
import type { ReadContext } from './context';
import type { ParsedCsv } from './csv';
import { MonthKeys } from './month-keys';
import { toTable, columnSpecs } from './table';
import { GROUP_KEYS, type GroupKey, type GroupReport } from './types';

/** File name in DATA_DIR. */
export const GROUPS_FILE = 'groups.csv';

/** Columns of groups.csv (data contract). */
export const GROUP_COLUMNS = columnSpecs({ month: '月份', region: '地区', insurance: '险种', group: '重点群体', enrolled: '参保人数' }, []);

type Key = (typeof GROUP_COLUMNS)[number]['key'];

const GROUP_INDEX: ReadonlyMap<GroupKey, number> = new Map(GROUP_KEYS.map((k, i) => [k, i]));
const KEY_COLUMNS = ['month', 'region', 'insurance', 'group'] as const satisfies readonly Key[];

/**
 * Validates groups.csv. Sorted by month, region (regions.csv order), insurance, group.
 * Like monthly.csv, a month after the build date is refused: a report cannot come from the future.
 */
export function readGroups(parsed: ParsedCsv | undefined, ctx: ReadContext): GroupReport[] {
  const table = toTable(GROUPS_FILE, parsed, GROUP_COLUMNS, ctx);
  if (table === undefined) return [];
  const r = table.reader;
  const regionOrder = ctx.regionOrder;
  // As in monthly.csv: every row with a valid key, in file order, with its record (undefined
  // after a problem); uniqueness is checked once the file is read.
  const keys = new MonthKeys(ctx, GROUP_KEYS.length);
  const rows: (GroupReport | undefined)[] = [];
  // The key cells as written, for a duplicate's message, kept only for rows whose record does
  // not carry them (a row with a problem, or an insurance or group written as its Chinese name):
  // 2.5 million cells for a national file otherwise, and a duplicate is rare.
  const writtenKeys = new Map<number, string[]>();

  table.forEachRow((row) => {
    r.start(row);
    const month = r.reportMonth('month', ctx.buildDate);
    const region = r.region('region', regionOrder, false);
    const insurance = r.insurance('insurance');
    const group = r.group('group');
    const enrolled = r.count('enrolled', true);
    if (month < 0 || region === undefined || insurance === undefined || group === undefined) return;
    keys.add(row.line, month, region, insurance, GROUP_INDEX.get(group)!);
    const monthText = r.shared(r.raw('month'));
    const regionId = r.shared(region);
    const record: GroupReport | undefined =
      r.ok && enrolled !== undefined
        ? { month: monthText, region: regionId, insurance, group, enrolled, source: { file: GROUPS_FILE, line: row.line } }
        : undefined;
    const insuranceText = r.raw('insurance');
    const groupText = r.raw('group');
    if (record === undefined || insuranceText !== insurance || groupText !== group) {
      writtenKeys.set(rows.length, [monthText, regionId, insuranceText, groupText]);
    }
    rows.push(record);
  });

  const reports: GroupReport[] = [];
  keys.check(
    r,
    KEY_COLUMNS,
    (i) => writtenKeys.get(i) ?? [rows[i]!.month, rows[i]!.region, rows[i]!.insurance, rows[i]!.group],
    (i) => {
      const report = rows[i];
      if (report !== undefined) reports.push(report);
    },
  );
  return reports;
}
