import { describe, expect, it } from 'vitest';
import type { Dataset, MonthlyReport, Region, Target } from '../../src/data/types';
import { Model, PROVINCE, completion, contributionRate, progressYears, rankDescending } from '../../src/stats/model';
import { monthRange, nextMonth, previousMonth, quarterOf } from '../../src/stats/months';

const src = { file: 't.csv', line: 2 };
const region = (id: string, kind: Region['kind'] = 'city'): Region => ({ id, name: id.toUpperCase(), kind, code: kind === 'city' ? '210100' : undefined, source: src });
const report = (month: string, r: string, enrolled: number, extra: Partial<MonthlyReport> = {}): MonthlyReport => ({
  month, region: r, insurance: 'pension', enrolled, source: src, ...extra,
});
const target = (r: string, enrolled: number, rate?: number): Target => ({ year: 2005, region: r, insurance: 'pension', enrolled, contributionRate: rate, source: src });

function dataset(monthly: MonthlyReport[], targets: Target[] = []): Dataset {
  return {
    meta: { title: 't', publisher: 'p', sample: false },
    regions: [region('a'), region('b'), region('prov', 'provincial')],
    targets,
    monthly,
    groups: [],
    employers: [],
    buildDate: '2006-01-15',
  };
}

describe('contributionRate(paid, due)', () => {
  it('is paid divided by due', () => expect(contributionRate(90, 100)).toBe(0.9));
  it('is null when due is zero or missing', () => {
    expect(contributionRate(0, 0)).toBeNull();
    expect(contributionRate(5, undefined)).toBeNull();
  });
});

describe('completion(enrolled, target)', () => {
  it('divides enrolment by the target', () => expect(completion(760, 750)).toBeCloseTo(1.01333));
  it('is null without a target', () => expect(completion(760, null)).toBeNull());
});

describe('months', () => {
  it('crosses year boundaries', () => {
    expect(nextMonth('2004-12')).toBe('2005-01');
    expect(previousMonth('2005-01')).toBe('2004-12');
    expect(monthRange('2004-11', '2005-02')).toEqual(['2004-11', '2004-12', '2005-01', '2005-02']);
  });
  it('knows quarters', () => {
    expect(['2005-03', '2005-04', '2005-12'].map(quarterOf)).toEqual([1, 2, 4]);
  });
});

describe('Model: province figures', () => {
  it('sums every region, 省本级 included', () => {
    const m = new Model(dataset([report('2005-01', 'a', 100, { due: 90, paid: 81 }), report('2005-01', 'b', 50, { due: 50, paid: 45 }), report('2005-01', 'prov', 10, { due: 10, paid: 10 })]));
    const p = m.point(PROVINCE, 'pension', '2005-01');
    expect(p.enrolled).toBe(160);
    expect(p.due).toBe(150);
    expect(p.paid).toBe(136);
    expect(p.contributionRate).toBeCloseTo(136 / 150);
  });
  it('leaves a gap, not a partial sum, when a region has not reported', () => {
    const m = new Model(dataset([report('2005-01', 'a', 100), report('2005-01', 'b', 50), report('2005-01', 'prov', 10), report('2005-02', 'a', 101), report('2005-02', 'prov', 11)]));
    expect(m.point(PROVINCE, 'pension', '2005-02').enrolled).toBeNull();
    expect(m.missingReports('pension', '2005-02').map((r) => r.id)).toEqual(['b']);
  });
  it('has no rate when any region lacks due or paid', () => {
    const m = new Model(dataset([report('2005-01', 'a', 100, { due: 90, paid: 81 }), report('2005-01', 'b', 50), report('2005-01', 'prov', 10, { due: 10, paid: 9 })]));
    const p = m.point(PROVINCE, 'pension', '2005-01');
    expect(p.enrolled).toBe(160);
    expect(p.contributionRate).toBeNull();
  });
});

describe('Model.progress', () => {
  const rows = [
    report('2004-12', 'a', 90), report('2004-12', 'b', 40), report('2004-12', 'prov', 10),
    report('2005-01', 'a', 100), report('2005-01', 'b', 50), report('2005-01', 'prov', 10),
    report('2005-02', 'a', 110), report('2005-02', 'prov', 12),
  ];
  const m = new Model(dataset(rows, [target('province', 200, 90), target('a', 100), target('b', 80)]));
  it('measures completion at the latest month of the year with a report', () => {
    const a = m.progress('a', 'pension', 2005);
    expect(a.month).toBe('2005-02');
    expect(a.completion).toBeCloseTo(1.1);
    expect(a.remaining).toBe(0);
    expect(a.baseline).toBe(90);
    expect(a.stale).toBe(false);
  });
  it('falls back to the last reported month and says it is stale', () => {
    const b = m.progress('b', 'pension', 2005);
    expect(b.month).toBe('2005-01');
    expect(b.enrolled).toBe(50);
    expect(b.remaining).toBe(30);
    expect(b.stale).toBe(true);
  });
  it('uses the province target and the last complete province month', () => {
    const p = m.progress(PROVINCE, 'pension', 2005);
    expect(p.month).toBe('2005-01');
    expect(p.enrolled).toBe(160);
    expect(p.target).toBe(200);
    expect(p.rateTarget).toBe(0.9);
  });
  it('has no completion for a region without a target', () => {
    expect(m.progress('prov', 'pension', 2005).completion).toBeNull();
  });
  it('ranks regions with targets by completion', () => {
    const ranks = m.regionProgress('pension', 2005).map((r) => [r.region.id, r.rank]);
    expect(ranks).toEqual([['a', 1], ['b', 2], ['prov', null]]);
  });
  it('gives progress pages for target years and the latest year', () => {
    expect(progressYears(m)).toEqual([2005]);
    expect(m.hasProgressYear(2005)).toBe(true);
    expect(m.hasProgressYear(2004)).toBe(false);
  });
  it('gives no progress page to a target year without any report', () => {
    const later = new Model(dataset([report('2005-01', 'a', 1)], [target('a', 10), { ...target('a', 10), year: 2006 }]));
    expect(later.progressYears).toEqual([2005]);
    expect(later.hasProgressYear(2006)).toBe(false);
  });
});

describe('rankDescending', () => {
  it('shares ranks on ties and skips nulls', () => {
    const xs = [3, null, 5, 3];
    const r = rankDescending(xs, (x) => x);
    expect(xs.map((x) => r.get(x))).toEqual([2, undefined, 1, 2]);
  });
});
