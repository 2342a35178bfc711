/**
 * A synthetic national-size dataset in memory, for benchmarks: `regions` regions
 * (the last one 省本级) over `years` years of monthly reports (from the December
 * before the first year), every insurance with due/paid/new counts, targets for every
 * year, three priority groups per insurance, and a few missing reports.
 */
import type { Dataset, GroupKey, GroupReport, MonthlyReport, Region, Target } from '../src/data/types';
import { INSURANCES } from '../src/data/types';
import { monthRange } from '../src/stats/months';

const src = { file: 'bench', line: 0 };
const GROUPS: GroupKey[] = ['private_enterprise', 'flexible', 'migrant'];

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The dataset: reports from (firstYear − 1)-12 to (firstYear + years − 1)-12. */
export function nationalDataset(regionCount = 330, years = 10, firstYear = 2005): Dataset {
  const random = rng(42);
  const regions: Region[] = Array.from({ length: regionCount }, (_, i) =>
    i === regionCount - 1
      ? { id: 'provincial', name: '省本级', kind: 'provincial', source: src }
      : { id: `r${i}`, name: `示例${i}市`, code: String(110100 + i * 100).padStart(6, '0'), kind: 'city', source: src },
  );
  const months = monthRange(`${firstYear - 1}-12`, `${firstYear + years - 1}-12`);
  const monthly: MonthlyReport[] = [];
  const groups: GroupReport[] = [];
  const targets: Target[] = [];
  for (const region of regions) {
    for (const insurance of INSURANCES) {
      let enrolled = Math.round(50_000 + random() * 1_500_000);
      const growth = 0.002 + random() * 0.006;
      const yearEnd = new Map<number, number>();
      months.forEach((month, i) => {
        enrolled = Math.round(enrolled * (1 + growth + (random() - 0.55) * 0.004));
        if (month.endsWith('-12')) yearEnd.set(Number(month.slice(0, 4)), enrolled);
        // About one report in 2,000 is missing, as in real reporting.
        if (i > 0 && random() < 0.0005) return;
        const due = Math.round(enrolled * 0.95);
        const paid = Math.round(due * (0.86 + random() * 0.1));
        const newEnrolled = Math.round(enrolled * growth * 1.5);
        monthly.push({ month, region: region.id, insurance, enrolled, due, paid, newEnrolled, newPaid: Math.round(newEnrolled * 0.95), source: src });
        GROUPS.forEach((group, g) => groups.push({ month, region: region.id, insurance, group, enrolled: Math.round(enrolled * (0.05 + g * 0.04)), source: src }));
      });
      for (let y = firstYear; y < firstYear + years; y++) {
        const base = yearEnd.get(y - 1)!;
        targets.push({ year: y, region: region.id, insurance, enrolled: Math.round(base * (1 + growth * 12 * (0.8 + random() * 0.4))), contributionRate: insurance === 'pension' || insurance === 'unemployment' ? 90 : undefined, source: src });
      }
    }
  }
  for (let y = firstYear; y < firstYear + years; y++) {
    for (const insurance of INSURANCES) {
      const sum = targets.filter((t) => t.year === y && t.insurance === insurance).reduce((s, t) => s + t.enrolled, 0);
      targets.push({ year: y, region: 'province', insurance, enrolled: sum, contributionRate: 90, source: src });
    }
  }
  return {
    meta: { title: 'bench', publisher: 'bench', sample: true, asOf: `${firstYear + years - 1}-12-31` },
    regions,
    targets,
    monthly,
    groups,
    employers: [],
    buildDate: `${firstYear + years - 1}-12-31`,
  };
}
