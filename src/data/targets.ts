/** targets.csv: the annual expansion plan (扩面计划). */
import { sortByKey, type ReadContext } from './context';
import type { ParsedCsv } from './csv';
import { EXPECTED, PROVINCE } from './fields';
import { toTable, columnSpecs } from './table';
import { INSURANCES, type Target } from './types';

/** File name in DATA_DIR. */
export const TARGETS_FILE = 'targets.csv';

/** Columns of targets.csv (data contract). */
export const TARGET_COLUMNS = columnSpecs({ year: '年度', region: '地区', insurance: '险种', enrolled: '参保人数目标', contribution_rate: '缴费率目标' }, ['contribution_rate']);

type Key = (typeof TARGET_COLUMNS)[number]['key'];

/** Validates targets.csv; sorted by year, then province before regions in file order, then insurance. */
export function readTargets(parsed: ParsedCsv | undefined, ctx: ReadContext): Target[] {
  const table = toTable(TARGETS_FILE, parsed, TARGET_COLUMNS, ctx);
  if (table === undefined) return [];
  const r = table.reader;
  const regionOrder = ctx.regionOrder;
  const seen = new Map<string, number>();
  const targets: Target[] = [];

  table.forEachRow((row) => {
    r.start(row);
    const year = r.year('year');
    const region = r.region('region', regionOrder, true);
    const insurance = r.insurance('insurance');
    const enrolled = r.count('enrolled', true);
    const contributionRate = r.percent('contribution_rate');
    if (year !== undefined && region !== undefined && insurance !== undefined) {
      const key = `${year}|${region}|${insurance}`;
      const first = seen.get(key);
      if (first !== undefined) r.failColumns(['year', 'region', 'insurance'], EXPECTED.unique(first));
      else seen.set(key, row.line);
    }
    if (!r.ok || year === undefined || region === undefined || insurance === undefined) return;
    const target: Target = { year, region, insurance, enrolled, source: { file: TARGETS_FILE, line: row.line } };
    if (contributionRate !== undefined) target.contributionRate = contributionRate;
    targets.push(target);
  });
  const slots = (regionOrder?.size ?? 0) + 1;
  return sortByKey(
    targets,
    (t) =>
      (t.year * slots + (t.region === PROVINCE ? 0 : (regionOrder?.get(t.region) ?? 0) + 1)) * INSURANCES.length +
      INSURANCES.indexOf(t.insurance),
  );
}
