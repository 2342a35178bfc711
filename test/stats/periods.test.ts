import { describe, expect, it } from 'vitest';
import { assessmentYears, neighbours, previousQuarterEnd, quarterMonths, quarterStatus, reportPeriods, reportYears } from '../../src/stats/periods';
import { monthRange } from '../../src/stats/months';

describe('quarterMonths(year, q)', () => {
  it('gives the three months of each quarter', () => {
    expect(quarterMonths(2005, 1)).toEqual(['2005-01', '2005-02', '2005-03']);
    expect(quarterMonths(2005, 4)).toEqual(['2005-10', '2005-11', '2005-12']);
  });
  it('refuses a quarter outside 1–4', () => expect(() => quarterMonths(2005, 5)).toThrow(/1–4/));
});

describe('previousQuarterEnd(year, q)', () => {
  it('is the previous December for the first quarter', () => expect(previousQuarterEnd(2005, 1)).toBe('2004-12'));
  it('is the last month of the quarter before otherwise', () => expect(previousQuarterEnd(2005, 3)).toBe('2005-06'));
});

describe('quarterStatus(year, q, reported)', () => {
  it('is complete once the third month is reported', () => {
    expect(quarterStatus(2005, 2, new Set(['2005-04', '2005-05', '2005-06']))).toEqual({ complete: true, latest: '2005-06' });
  });
  it('is in progress, with its latest month, while the third month is not reported', () => {
    expect(quarterStatus(2005, 2, new Set(['2005-04', '2005-05']))).toEqual({ complete: false, latest: '2005-05' });
  });
  it('counts the third month even when an earlier one is missing', () => {
    expect(quarterStatus(2005, 2, new Set(['2005-04', '2005-06']))).toEqual({ complete: true, latest: '2005-06' });
  });
  it('is null when no month of the quarter is reported', () => expect(quarterStatus(2005, 3, new Set(['2005-06']))).toBeNull());
});

describe('reportYears(months, targetYears)', () => {
  it('leaves out a year whose only report is the December that opens the data (a baseline) when it has no target', () => {
    expect(reportYears(monthRange('2004-12', '2005-12'), [2005])).toEqual([2005]);
  });
  it('keeps that year when it has a target', () => {
    expect(reportYears(monthRange('2004-12', '2005-12'), [2004, 2005])).toEqual([2004, 2005]);
  });
  it('keeps every full year of a multi-year dataset', () => {
    expect(reportYears(monthRange('2004-01', '2006-03'), [])).toEqual([2004, 2005, 2006]);
  });
});

describe('reportPeriods(months, targetYears)', () => {
  const periods = reportPeriods(monthRange('2004-12', '2006-05'), [2005, 2006]);
  it('lists every report newest first: the year, then the quarter, then the month, at equal coverage', () => {
    expect(periods.slice(0, 5).map((p) => p.slug)).toEqual(['2006', '2006-q2', '2006-05', '2006-04', '2006-q1']);
    expect(periods.at(-1)!.slug).toBe('2004-12');
  });
  it('marks a year and a quarter still in progress, with the latest month they cover', () => {
    const y = periods.find((p) => p.slug === '2006')!;
    expect(y).toMatchObject({ kind: 'year', complete: false, latest: '2006-05', first: '2006-01', last: '2006-12' });
    expect(periods.find((p) => p.slug === '2006-q2')).toMatchObject({ complete: false, latest: '2006-05', quarter: 2 });
  });
  it('marks a finished year and its quarters complete', () => {
    expect(periods.find((p) => p.slug === '2005')).toMatchObject({ complete: true, latest: '2005-12' });
    expect(periods.filter((p) => p.kind === 'quarter' && p.year === 2005).map((p) => p.complete)).toEqual([true, true, true, true]);
  });
  it('makes a monthly report for every reported month, the baseline December included, but no 2004 summary', () => {
    expect(periods.filter((p) => p.kind === 'month')).toHaveLength(18);
    expect(periods.some((p) => p.slug === '2004' || p.slug === '2004-q4')).toBe(false);
  });
  it('skips a quarter with no reported month', () => {
    const gappy = reportPeriods(['2005-01', '2005-02', '2005-03', '2005-10'], []);
    expect(gappy.filter((p) => p.kind === 'quarter').map((p) => p.slug)).toEqual(['2005-q4', '2005-q1']);
  });
});

describe('neighbours(periods, slug)', () => {
  const periods = reportPeriods(monthRange('2005-01', '2006-12'), []);
  it('links to the previous and next report of the same kind', () => {
    expect(neighbours(periods, '2005-q4')).toMatchObject({ previous: { slug: '2005-q3' }, next: { slug: '2006-q1' } });
    expect(neighbours(periods, '2006-01')).toMatchObject({ previous: { slug: '2005-12' }, next: { slug: '2006-02' } });
    expect(neighbours(periods, '2006')).toMatchObject({ previous: { slug: '2005' }, next: null });
  });
});

describe('assessmentYears(months, targetYears)', () => {
  it('is the years with a target and with reports in the year', () => {
    expect(assessmentYears(monthRange('2004-12', '2005-12'), [2004, 2005, 2006])).toEqual([2004, 2005]);
    expect(assessmentYears(['2004-12'], [2005])).toEqual([]);
  });
});
