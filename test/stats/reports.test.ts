import { describe, expect, it } from 'vitest';
import { Model, PROVINCE } from '../../src/stats/model';
import { monthRange } from '../../src/stats/months';
import { monthFigures, newEnrolledInYear, newEnrolledOver, quarterFigures, yearChange } from '../../src/stats/reports';
import { dataset, everyMonth, report, target } from './helpers';

const months2005 = monthRange('2004-12', '2005-12');

describe('monthFigures(model, area, insurance, month)', () => {
  const rows = [
    report('2005-01', 'a', 100, { due: 95, paid: 90, newEnrolled: 4, newPaid: 4 }),
    report('2005-02', 'a', 103, { due: 98, paid: 88, newEnrolled: 5, newPaid: 4 }),
    report('2005-01', 'b', 50), report('2005-01', 'prov', 10), report('2005-02', 'prov', 11),
  ];
  const m = new Model(dataset(rows, [target('a', 120, 90)]));
  it('gives the change from the previous month, new enrolments, rates and completion', () => {
    const f = monthFigures(m, 'a', 'pension', '2005-02');
    expect(f.change).toBe(3);
    expect(f.point.newEnrolled).toBe(5);
    expect(f.point.contributionRate).toBeCloseTo(88 / 98);
    expect(f.point.newContributionRate).toBe(0.8);
    expect(f.completion).toBeCloseTo(103 / 120);
    expect(f.rateTarget).toBe(0.9);
  });
  it('has no change when the previous month is missing', () => expect(monthFigures(m, 'a', 'pension', '2005-01').change).toBeNull());
  it('leaves the province total empty when a region missed the month', () => {
    const f = monthFigures(m, PROVINCE, 'pension', '2005-02');
    expect(f.reported).toBe(false);
    expect(f.point.enrolled).toBeNull();
    expect(f.change).toBeNull();
  });
});

describe('newEnrolledOver(model, area, insurance, months)', () => {
  const m = new Model(dataset([report('2005-01', 'a', 1, { newEnrolled: 4 }), report('2005-02', 'a', 1, { newEnrolled: 6 }), report('2005-03', 'a', 1)]));
  it('sums new enrolments', () => expect(newEnrolledOver(m, 'a', 'pension', ['2005-01', '2005-02'])).toBe(10));
  it('is null when a month lacks the figure, never a partial sum', () => expect(newEnrolledOver(m, 'a', 'pension', ['2005-01', '2005-02', '2005-03'])).toBeNull());
});

describe('newEnrolledInYear(model, area, insurance, year)', () => {
  const m = new Model(dataset([report('2005-01', 'a', 1, { newEnrolled: 4 }), report('2005-02', 'a', 1, { newEnrolled: 6 }), report('2005-02', 'b', 1, { newEnrolled: 2 })]));
  it("sums January to the year's last reported month", () => expect(newEnrolledInYear(m, 'a', 'pension', 2005)).toEqual({ value: 10, month: '2005-02' }));
  it('is null when any of those months lacks the figure', () => expect(newEnrolledInYear(m, 'b', 'pension', 2005)).toEqual({ value: null, month: '2005-02' }));
  it('has no month for a year without reports', () => expect(newEnrolledInYear(m, 'a', 'pension', 2006)).toEqual({ value: null, month: null }));
});

describe('quarterFigures(model, area, insurance, year, quarter, latest)', () => {
  // a grows 10 a month from 1000 (baseline) toward 1240: on pace exactly (20 a month) would be 1060 at March.
  const rows = everyMonth(months2005, { a: (i) => 1000 + 10 * i, b: (i) => 500 + 20 * i, prov: () => 100 });
  const targets = [target('a', 1240), target('b', 700), target('province', 1900)];
  const m = new Model(dataset(rows, targets));
  it('measures growth during the quarter from the end of the previous quarter', () => {
    const q2 = quarterFigures(m, 'a', 'pension', 2005, 2, '2005-12');
    expect(q2.point?.month).toBe('2005-06');
    expect(q2.startMonth).toBe('2005-03');
    expect(q2.growth).toBe(30);
    expect(q2.completion).toBeCloseTo(1060 / 1240);
  });
  it('flags a region behind the pace needed to finish the year, by how many persons', () => {
    const q1 = quarterFigures(m, 'a', 'pension', 2005, 1, '2005-12');
    expect(q1.pace.status).toBe('behind');
    expect(q1.pace.expected).toBe(1060);
    expect(q1.pace.shortfall).toBe(30);
    expect(quarterFigures(m, 'b', 'pension', 2005, 1, '2005-12').pace.status).toBe('on_pace');
  });
  it("covers an in-progress quarter up to its latest month", () => {
    const q = quarterFigures(m, 'a', 'pension', 2005, 4, '2005-11');
    expect(q.point?.month).toBe('2005-11');
    expect(q.stale).toBe(false);
    expect(q.pace.share).toBeCloseTo(11 / 12);
  });
  it("uses the area's latest reported month when it missed the quarter end, and says it is stale", () => {
    const gap = new Model(dataset(rows.filter((r) => !(r.region === 'b' && r.month === '2005-06')), targets));
    const q = quarterFigures(gap, 'b', 'pension', 2005, 2, '2005-12');
    expect(q.point?.month).toBe('2005-05');
    expect(q.stale).toBe(true);
    expect(q.pace.share).toBeCloseTo(5 / 12);
    expect(quarterFigures(gap, PROVINCE, 'pension', 2005, 2, '2005-12').point?.month).toBe('2005-05');
  });
});

describe('yearChange(model, area, insurance, year)', () => {
  const rows = [
    ...everyMonth(monthRange('2004-12', '2005-12'), { a: (i) => 1000 + i, b: (i) => 500 - i }),
    ...everyMonth(monthRange('2005-01', '2005-12'), { prov: () => 100 }),
  ];
  const m = new Model(dataset(rows));
  it('compares December with the previous December', () => {
    const a = yearChange(m, 'a', 'pension', 2005);
    expect(a).toMatchObject({ month: '2005-12', enrolled: 1012, previousMonth: '2004-12', previous: 1000, change: 12, fell: false });
    expect(a.changeRatio).toBeCloseTo(0.012);
  });
  it('flags a fall', () => expect(yearChange(m, 'b', 'pension', 2005)).toMatchObject({ change: -12, fell: true }));
  it('says nothing about the change when the previous year has no data', () => {
    expect(yearChange(m, 'prov', 'pension', 2005)).toMatchObject({ enrolled: 100, previous: null, change: null, changeRatio: null, fell: null });
    expect(yearChange(m, PROVINCE, 'pension', 2005).change).toBeNull();
  });
  it("uses the area's latest month when December is missing", () => {
    const gap = new Model(dataset(rows.filter((r) => !(r.region === 'a' && r.month === '2005-12'))));
    expect(yearChange(gap, 'a', 'pension', 2005)).toMatchObject({ month: '2005-11', enrolled: 1011, change: 11 });
  });
});
