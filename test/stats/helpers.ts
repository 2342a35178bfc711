/** Tiny datasets for the stats tests: three regions (a, b and 省本级 prov), pension unless said. */
import type { Dataset, GroupReport, MonthlyReport, Region, Target } from '../../src/data/types';

const src = { file: 't.csv', line: 2 };

export const region = (id: string, kind: Region['kind'] = 'city'): Region => ({ id, name: id.toUpperCase(), kind, code: kind === 'city' ? '210100' : undefined, source: src });

/** A monthly report (pension unless `extra.insurance` says otherwise). */
export const report = (month: string, r: string, enrolled: number, extra: Partial<MonthlyReport> = {}): MonthlyReport => ({
  month, region: r, insurance: 'pension', enrolled, source: src, ...extra,
});

/** A pension target for 2005 unless `extra` says otherwise; `rate` in percent. */
export const target = (r: string, enrolled: number, rate?: number, extra: Partial<Target> = {}): Target => ({
  year: 2005, region: r, insurance: 'pension', enrolled, contributionRate: rate, source: src, ...extra,
});

/** A groups.csv row (pension unless said). */
export const groupRow = (month: string, r: string, group: GroupReport['group'], enrolled: number, extra: Partial<GroupReport> = {}): GroupReport => ({
  month, region: r, insurance: 'pension', group, enrolled, source: src, ...extra,
});

/** A dataset of regions a, b and prov. */
export function dataset(monthly: MonthlyReport[], targets: Target[] = [], groups: GroupReport[] = []): Dataset {
  return {
    meta: { title: 't', publisher: 'p', sample: false },
    regions: [region('a'), region('b'), region('prov', 'provincial')],
    targets,
    monthly,
    groups,
    employers: [],
    buildDate: '2007-01-15',
  };
}

/** Reports of every region for every month given, from a per-region function of the month index. */
export function everyMonth(months: string[], values: Record<string, (i: number) => number>, extra: Partial<MonthlyReport> = {}): MonthlyReport[] {
  return months.flatMap((m, i) => Object.entries(values).map(([r, f]) => report(m, r, f(i), extra)));
}
