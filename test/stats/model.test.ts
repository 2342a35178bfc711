import { describe, expect, it } from 'vitest';
import { Model, PROVINCE, completion, contributionRate, progressYears, rankDescending } from '../../src/stats/model';
import { monthRange, nextMonth, previousMonth, quarterOf } from '../../src/stats/months';
import { dataset, everyMonth, report, target } from './helpers';

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

describe('Model.standing(area, insurance, asOf)', () => {
  const rows = [...everyMonth(monthRange('2004-12', '2005-05'), { a: (i) => 100 + i, b: (i) => 50 + i, prov: () => 10 }), report('2005-06', 'a', 110), report('2005-06', 'prov', 10)];
  const m = new Model(dataset(rows));
  it("uses the area's own latest month up to asOf", () => {
    expect(m.standing('a', 'pension', '2005-06')).toMatchObject({ month: '2005-06', enrolled: 110 });
    expect(m.standing('b', 'pension', '2005-06')).toMatchObject({ month: '2005-05', enrolled: 55 });
  });
  it('falls back for the province to the last month every region reported', () => {
    expect(m.standing(PROVINCE, 'pension', '2005-06')).toMatchObject({ month: '2005-05', enrolled: 105 + 55 + 10 });
  });
  it('never reaches into the year before', () => {
    expect(m.standing('a', 'pension', '2004-12')?.month).toBe('2004-12');
    expect(new Model(dataset([report('2004-12', 'a', 90)])).standing('a', 'pension', '2005-03')).toBeNull();
  });
  it('agrees with Model.progress at the last month of the year', () => {
    for (const area of ['a', 'b', 'prov', PROVINCE]) {
      const p = m.progress(area, 'pension', 2005);
      expect(m.standing(area, 'pension', m.lastMonthOf(2005)!)?.enrolled ?? null).toBe(p.enrolled);
    }
  });
});

describe('Model.targetFigures', () => {
  const m = new Model(dataset([report('2005-01', 'a', 1)], [target('a', 100, 92.5), target('b', 80)]));
  it('gives the persons target and the rate target as a ratio, null where not set', () => {
    expect(m.targetFigures('a', 'pension', 2005)).toEqual({ target: 100, rateTarget: 0.925 });
    expect(m.targetFigures('b', 'pension', 2005)).toEqual({ target: 80, rateTarget: null });
    expect(m.targetFigures('prov', 'pension', 2005)).toEqual({ target: null, rateTarget: null });
  });
});

describe('rankDescending', () => {
  it('shares ranks on ties and skips nulls', () => {
    const xs = [3, null, 5, 3];
    const r = rankDescending(xs, (x) => x);
    expect(xs.map((x) => r.get(x))).toEqual([2, undefined, 1, 2]);
  });
});
