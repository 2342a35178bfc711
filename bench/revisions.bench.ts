/**
 * Comparing two releases at national size (330 regions over 10 years): what each build pays
 * for revisions besides loading the previous release's files. The rows are sorted as the
 * loader sorts them (month, region, insurance, group), which lets the comparison merge the
 * two lists. Run:
 *   npx vitest bench --run --project unit bench/revisions.bench.ts
 */
import { bench, describe } from 'vitest';
import { GROUP_KEYS, INSURANCES } from '../src/data/types';
import { compareReleases, RevisionIndex } from '../src/stats/revisions';
import { nationalDataset } from './national';

const dataset = nationalDataset(330, 10);
const rank = new Map(dataset.regions.map((r, i) => [r.id, i]));
type Keyed = { month: string; region: string; insurance: string; group?: string };
const key = (r: Keyed) =>
  `${r.month}|${String(rank.get(r.region)).padStart(4, '0')}|${INSURANCES.indexOf(r.insurance as never)}|${String(GROUP_KEYS.indexOf((r.group ?? '') as never) + 1).padStart(2, '0')}`;
const sorted = <T extends Keyed>(list: T[]) => list.map((r) => [key(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, r]) => r);
const current = { ...dataset, monthly: sorted(dataset.monthly), groups: sorted(dataset.groups) };
// The previous release: one month fewer, and one figure in 2,000 different.
const lastMonth = current.monthly.reduce((m, r) => (r.month > m ? r.month : m), '');
const previous = {
  ...current,
  monthly: current.monthly.filter((r) => r.month !== lastMonth).map((r, i) => (i % 2000 === 0 ? { ...r, enrolled: r.enrolled + 1 } : r)),
};

describe(`compare ${current.monthly.length} monthly reports and ${current.groups.length} group rows`, () => {
  bench('compareReleases + RevisionIndex', () => void new RevisionIndex(compareReleases(previous, current), 'v'), { iterations: 5, warmupIterations: 1 });
});
