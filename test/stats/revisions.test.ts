import { describe, expect, it } from 'vitest';
import type { GroupReport, MonthlyReport, Target } from '../../src/data/types';
import { compareReleases, RevisionIndex, sameFigures, type ReleaseFigures } from '../../src/stats/revisions';

const src = { file: 'monthly.csv', line: 2 };
const m = (month: string, region: string, enrolled: number, extra: Partial<MonthlyReport> = {}): MonthlyReport => ({ month, region, insurance: 'pension', enrolled, source: src, ...extra });
const t = (year: number, region: string, enrolled: number, contributionRate?: number): Target => ({ year, region, insurance: 'pension', enrolled, ...(contributionRate === undefined ? {} : { contributionRate }), source: src });
const g = (month: string, region: string, enrolled: number): GroupReport => ({ month, region, insurance: 'pension', group: 'flexible', enrolled, source: src });

const PREVIOUS: ReleaseFigures = {
  monthly: [m('2005-01', 'a', 100, { due: 90, paid: 80 }), m('2005-01', 'b', 200), m('2005-02', 'a', 110, { newEnrolled: 10 })],
  targets: [t(2005, 'province', 1000, 90), t(2005, 'a', 500)],
  groups: [g('2005-01', 'a', 30)],
};

describe('compareReleases(previous, current)', () => {
  it('finds nothing between a release and itself', () => {
    const r = compareReleases(PREVIOUS, PREVIOUS);
    expect(r.revisions).toEqual([]);
    expect(r.counts).toEqual({ changed: 0, removed: 0, newlyReported: 0 });
    expect(sameFigures(r)).toBe(true);
  });

  it('lists a changed figure with its old and new value', () => {
    const r = compareReleases(PREVIOUS, { ...PREVIOUS, monthly: [m('2005-01', 'a', 100, { due: 90, paid: 85 }), ...PREVIOUS.monthly.slice(1)] });
    expect(r.revisions).toEqual([{ table: 'monthly', region: 'a', period: '2005-01', insurance: 'pension', measure: 'paid', column: 'paid', previous: 80, current: 85, rowRemoved: false }]);
    expect(r.counts).toEqual({ changed: 1, removed: 0, newlyReported: 0 });
  });

  it('counts a removed row as a revision of each of its figures, and an emptied cell as one', () => {
    const r = compareReleases(PREVIOUS, { ...PREVIOUS, monthly: [m('2005-01', 'a', 100, { due: 90 }), m('2005-02', 'a', 110, { newEnrolled: 10 })] });
    expect(r.revisions.map((x) => [x.region, x.period, x.measure, x.previous, x.current, x.rowRemoved])).toEqual([
      ['a', '2005-01', 'paid', 80, null, false],
      ['b', '2005-01', 'enrolled', 200, null, true],
    ]);
    expect(r.counts).toEqual({ changed: 0, removed: 2, newlyReported: 0 });
  });

  it('calls a month missing before and reported now newly reported, and later months new data, neither a revision', () => {
    const r = compareReleases(PREVIOUS, { ...PREVIOUS, monthly: [...PREVIOUS.monthly, m('2005-02', 'b', 210), m('2005-03', 'a', 120)] });
    expect(r.revisions).toEqual([]);
    expect(r.newlyReported).toEqual([{ table: 'monthly', region: 'b', period: '2005-02', insurance: 'pension' }]);
    expect(r.newMonths).toEqual(['2005-03']);
    expect(sameFigures(r)).toBe(false);
  });

  it('does not count a figure first given in an existing row as a revision', () => {
    const r = compareReleases(PREVIOUS, { ...PREVIOUS, monthly: [m('2005-01', 'a', 100, { due: 90, paid: 80, newEnrolled: 5 }), ...PREVIOUS.monthly.slice(1)] });
    expect(r.revisions).toEqual([]);
  });

  it('compares targets (enrolment and contribution rate) and priority groups', () => {
    const r = compareReleases(PREVIOUS, { ...PREVIOUS, targets: [t(2005, 'province', 1000, 92), t(2005, 'a', 480), t(2006, 'a', 600)], groups: [g('2005-01', 'a', 31)] });
    expect(r.revisions.map((x) => [x.table, x.region, x.period, x.column, x.previous, x.current])).toEqual([
      ['targets', 'province', '2005', 'contribution_rate', 90, 92],
      ['targets', 'a', '2005', 'enrolled', 500, 480],
      ['groups', 'a', '2005-01', 'enrolled', 30, 31],
    ]);
    expect(r.revisions[2]!.group).toBe('flexible');
    expect(r.newlyReported).toEqual([]);
  });
});

describe('RevisionIndex', () => {
  it('finds a revised figure and the revisions of a row', () => {
    const report = compareReleases(PREVIOUS, { ...PREVIOUS, monthly: [m('2005-01', 'a', 101, { due: 90, paid: 81 }), ...PREVIOUS.monthly.slice(1)] });
    const index = new RevisionIndex(report, '20051231-aaaaaaaa');
    const key = { table: 'monthly' as const, region: 'a', period: '2005-01', insurance: 'pension' as const };
    expect(index.get(key, 'enrolled')).toMatchObject({ previous: 100, current: 101 });
    expect(index.get(key, 'due')).toBeUndefined();
    expect(index.row(key).map((r) => r.measure)).toEqual(['enrolled', 'paid']);
    expect(index.row({ ...key, region: 'b' })).toEqual([]);
  });
});

describe('compareReleases on files in another order', () => {
  it('finds the same revisions when a release lists its regions in another order', () => {
    const current = { ...PREVIOUS, monthly: [m('2005-01', 'a', 101, { due: 90, paid: 80 }), m('2005-01', 'b', 200), m('2005-02', 'a', 110, { newEnrolled: 10 }), m('2005-02', 'b', 205)] };
    const reordered = { ...PREVIOUS, monthly: [PREVIOUS.monthly[1]!, PREVIOUS.monthly[0]!, PREVIOUS.monthly[2]!] };
    const sortedResult = compareReleases(PREVIOUS, current);
    const r = compareReleases(reordered, current);
    expect(r.revisions).toEqual(sortedResult.revisions);
    expect(r.newlyReported).toEqual(sortedResult.newlyReported);
    expect(r.revisions.map((x) => [x.region, x.measure, x.previous, x.current])).toEqual([['a', 'enrolled', 100, 101]]);
    expect(r.newlyReported.map((k) => `${k.region} ${k.period}`)).toEqual(['b 2005-02']);
  });
});
