/**
 * Comparing two releases at national size (330 regions over 10 years): what each build pays
 * for revisions besides loading the previous release's files. Run:
 *   npx vitest bench --run bench/revisions.bench.ts
 */
import { bench, describe } from 'vitest';
import { compareReleases, RevisionIndex } from '../src/stats/revisions';
import { nationalDataset } from './national';

const current = nationalDataset(330, 10);
// The previous release: the same figures but one month fewer and a few hundred changed.
const lastMonth = current.monthly.reduce((m, r) => (r.month > m ? r.month : m), '');
const previous = {
  ...current,
  monthly: current.monthly.filter((r) => r.month !== lastMonth).map((r, i) => (i % 2000 === 0 ? { ...r, enrolled: r.enrolled + 1 } : r)),
};

describe(`compare ${current.monthly.length} monthly reports and ${current.groups.length} group rows`, () => {
  bench('compareReleases + RevisionIndex', () => void new RevisionIndex(compareReleases(previous, current), 'v'), { iterations: 3, warmupIterations: 1 });
});
