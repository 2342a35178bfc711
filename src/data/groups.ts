/** groups.csv: enrolment of the priority groups (扩面工作重点). */
import { sortByKey, type ReadContext } from './context';
import type { ParsedCsv } from './csv';
import { EXPECTED, monthIndex } from './fields';
import { RowReader, toTable, type ColumnSpec } from './table';
import { GROUP_KEYS, INSURANCES, type GroupKey, type GroupReport, type Insurance } from './types';

/** File name in DATA_DIR. */
export const GROUPS_FILE = 'groups.csv';

/** Columns of groups.csv (data contract). */
export const GROUP_COLUMNS = [
  { key: 'month', alias: '月份', required: true },
  { key: 'region', alias: '地区', required: true },
  { key: 'insurance', alias: '险种', required: true },
  { key: 'group', alias: '重点群体', required: true },
  { key: 'enrolled', alias: '参保人数', required: true },
] as const satisfies readonly ColumnSpec<string>[];

type Key = (typeof GROUP_COLUMNS)[number]['key'];

const INSURANCE_INDEX: ReadonlyMap<Insurance, number> = new Map(INSURANCES.map((k, i) => [k, i]));
const GROUP_INDEX: ReadonlyMap<GroupKey, number> = new Map(GROUP_KEYS.map((k, i) => [k, i]));

/**
 * Validates groups.csv. Sorted by month, region (regions.csv order), insurance, group.
 * Like monthly.csv, a month after the build date is refused: a report cannot come from the future.
 */
export function readGroups(parsed: ParsedCsv | undefined, ctx: ReadContext): GroupReport[] {
  const table = toTable(GROUPS_FILE, parsed, GROUP_COLUMNS, ctx.problems, ctx.warnings);
  if (table === undefined) return [];
  const r = new RowReader<Key>(GROUPS_FILE, table.columns, ctx.problems);
  const regionOrder = ctx.regionOrder;
  const buildMonth = ctx.buildDate.slice(0, 7);
  const seen = new Map<string, number>();
  const reports: GroupReport[] = [];

  for (const row of table.rows) {
    r.start(row);
    const month = r.month('month');
    if (month !== undefined && month > buildMonth) r.fail('month', EXPECTED.monthNotAfter(ctx.buildDate));
    const region = r.region('region', regionOrder, false);
    const insurance = r.insurance('insurance');
    const group = r.group('group');
    const enrolled = r.count('enrolled', true);
    if (month !== undefined && region !== undefined && insurance !== undefined && group !== undefined) {
      const key = `${month}|${region}|${insurance}|${group}`;
      const first = seen.get(key);
      if (first !== undefined) r.failColumns(['month', 'region', 'insurance', 'group'], EXPECTED.unique(first));
      else seen.set(key, row.line);
    }
    if (!r.ok || month === undefined || region === undefined || insurance === undefined || group === undefined) {
      continue;
    }
    reports.push({ month, region, insurance, group, enrolled, source: { file: GROUPS_FILE, line: row.line } });
  }
  const regions = Math.max(regionOrder?.size ?? 0, 1);
  return sortByKey(
    reports,
    (g) =>
      ((monthIndex(g.month) * regions + (regionOrder?.get(g.region) ?? 0)) * INSURANCES.length +
        INSURANCE_INDEX.get(g.insurance)!) *
        GROUP_KEYS.length +
      GROUP_INDEX.get(g.group)!,
  );
}
