import { describe, expect, it } from 'vitest';
import { annualSentence, assessmentSentences, monthlySentence, namedRegions, quarterlySentence } from '../../../src/site/reports/report-citation';
import type { InsuranceAssessment } from '../../../src/stats/assessment';
import type { Point } from '../../../src/stats/model';
import type { MonthFigures, QuarterFigures, YearChange } from '../../../src/stats/reports';
import { pace } from '../../../src/stats/pace';
import { annualReportView } from '../../../src/site/reports/annual-report';
import { assessmentView } from '../../../src/site/reports/assessment-view';
import { monthlyReportView } from '../../../src/site/reports/monthly-report';
import { quarterlyReportView } from '../../../src/site/reports/quarterly-report';
import { periodsOf } from '../../../src/site/reports/report-common';
import { twoYears } from '../helpers';

const PENSION = '企业职工基本养老保险';

const point = (over: Partial<Point> = {}): Point => ({
  month: '2005-06',
  enrolled: 7_605_000,
  due: 7_000_000,
  paid: 6_328_000,
  newEnrolled: 24_000,
  newPaid: 23_000,
  contributionRate: 6_328_000 / 7_000_000,
  newContributionRate: 23_000 / 24_000,
  ...over,
});

const month = (over: Partial<MonthFigures> = {}): MonthFigures => ({
  month: '2005-06',
  point: point(),
  change: 21_000,
  reported: true,
  target: 7_824_000,
  completion: 7_605_000 / 7_824_000,
  rateTarget: 0.9,
  ...over,
});

describe('namedRegions(names)', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => `${i + 1}号市`);
  it('names up to ten regions, then says how many, or only 等 when the count is already said', () => {
    expect(namedRegions(['沈阳市', '大连市'])).toBe('沈阳市、大连市');
    expect(namedRegions(twelve)).toBe(`${twelve.slice(0, 10).join('、')}等12个地区`);
    expect(namedRegions(twelve, true)).toBe(`${twelve.slice(0, 10).join('、')}等`);
  });
});

describe('monthlySentence(insurance, figures, notReported)', () => {
  it('states enrolment, the change from the previous month, new enrolments, completion and the rate', () => {
    expect(monthlySentence(PENSION, month(), [])).toBe(
      '2005年6月，全省企业职工基本养老保险参保人数为760.5万人，比上月增加2.1万人，当月新增参保2.4万人，完成年度目标的97.2%，缴费率为90.4%。',
    );
  });
  it('says a fall as a fall, and no change as 持平', () => {
    expect(monthlySentence(PENSION, month({ change: -8_100 }), [])).toContain('比上月减少8,100人');
    expect(monthlySentence(PENSION, month({ change: 0 }), [])).toContain('与上月持平');
  });
  it('leaves out what is unknown', () => {
    const s = monthlySentence(PENSION, month({ change: null, target: null, completion: null, point: point({ newEnrolled: null, contributionRate: null }) }), []);
    expect(s).toBe('2005年6月，全省企业职工基本养老保险参保人数为760.5万人。');
  });
  it('names who did not report when the province total is a gap, and is null when nobody did', () => {
    const gap = month({ reported: false, point: point({ enrolled: null }) });
    expect(monthlySentence(PENSION, gap, ['大连市'])).toBe('2005年6月，大连市未报送企业职工基本养老保险月报，全省合计空缺，未作估算。');
    expect(monthlySentence(PENSION, gap, [])).toBeNull();
  });
});

const quarter = (over: Partial<QuarterFigures> = {}): QuarterFigures => ({
  year: 2005,
  quarter: 2,
  point: point(),
  stale: false,
  startMonth: '2005-03',
  startEnrolled: 7_482_000,
  growth: 123_000,
  newEnrolled: 150_000,
  target: 7_824_000,
  rateTarget: 0.9,
  completion: 7_605_000 / 7_824_000,
  pace: pace({ month: '2005-06', enrolled: 7_605_000, baseline: 7_323_000, target: 7_824_000 }),
  ...over,
});

describe('quarterlySentence(input)', () => {
  const input = { period: '2005年第二季度', complete: true, pace: 0.5, insurance: PENSION, q: quarter(), behind: 3, withTargets: 15 };
  it('states the quarter-end enrolment, completion, growth and how many regions are behind the pace', () => {
    expect(quarterlySentence(input)).toBe(
      '2005年第二季度末，全省企业职工基本养老保险参保人数为760.5万人，完成年度目标的97.2%，季内净增12.3万人；时间进度为50.0%，有目标的15个地区中3个落后于时间进度。',
    );
  });
  it('says when no region is behind', () => {
    expect(quarterlySentence({ ...input, behind: 0 })).toContain('有目标的15个地区均未落后于时间进度。');
    expect(quarterlySentence({ ...input, behind: 0, withTargets: 1 })).toContain('有目标的1个地区未落后于时间进度。');
    expect(quarterlySentence({ ...input, behind: 15 })).toContain('有目标的15个地区均落后于时间进度。');
  });
  it('says the month while the quarter is in progress, or when the province figure is from an earlier month', () => {
    expect(quarterlySentence({ ...input, complete: false, q: quarter({ point: point({ month: '2005-05' }) }) })).toMatch(/^截至2005年5月（2005年第二季度尚未结束），全省/);
    expect(quarterlySentence({ ...input, q: quarter({ stale: true, point: point({ month: '2005-05' }) }) })).toMatch(/^截至2005年5月（2005年第二季度末有地区未报送），全省/);
  });
  it('says a fall in the quarter, leaves out the pace without targets, and is null without a figure', () => {
    expect(quarterlySentence({ ...input, q: quarter({ growth: -2_000 }) })).toContain('季内减少2,000人');
    expect(quarterlySentence({ ...input, withTargets: 0, behind: 0 })).not.toContain('时间进度');
    expect(quarterlySentence({ ...input, q: quarter({ point: null }) })).toBeNull();
  });
});

const assessed = (over: Partial<InsuranceAssessment> = {}): InsuranceAssessment => ({
  area: 'province',
  insurance: 'pension',
  month: '2005-12',
  yearEnd: true,
  enrolled: 7_724_000,
  completion: 7_724_000 / 7_600_000,
  enrolment: { verdict: 'met', target: 7_600_000, actual: 7_724_000, shortfall: null },
  contributionRate: 0.912,
  rate: { verdict: 'met', target: 0.9, actual: 0.912, shortfall: null },
  newContributionRate: 0.95,
  verdict: 'met',
  ...over,
});

const yearChange = (over: Partial<YearChange> = {}): YearChange => ({
  year: 2005,
  month: '2005-12',
  enrolled: 7_724_000,
  previousMonth: '2004-12',
  previous: 7_323_000,
  change: 401_000,
  changeRatio: 401_000 / 7_323_000,
  fell: false,
  ...over,
});

describe('annualSentence(input)', () => {
  const input = { year: 2005, complete: true, insurance: PENSION, yc: yearChange(), a: assessed() };
  it('states the year-end enrolment, the change from the previous year-end, completion and the rate', () => {
    expect(annualSentence(input)).toBe('2005年末，全省企业职工基本养老保险参保人数为772.4万人，比上年末增加40.1万人（+5.5%），完成年度目标的101.6%，缴费率为91.2%。');
  });
  it('says a fall, and the month when the year is not over or December is missing', () => {
    expect(annualSentence({ ...input, yc: yearChange({ change: -6_000, changeRatio: -6_000 / 7_323_000, fell: true }) })).toContain('比上年末减少6,000人（−0.1%）');
    const nov = { yc: yearChange({ month: '2005-11' }), a: assessed({ month: '2005-11', yearEnd: false }) };
    expect(annualSentence({ ...input, ...nov, complete: false })).toMatch(/^截至2005年11月（2005年尚未结束），/);
    expect(annualSentence({ ...input, ...nov })).toMatch(/^截至2005年11月（2005年12月有地区未报送），/);
  });
  it('is null without a figure', () => {
    expect(annualSentence({ ...input, yc: yearChange({ enrolled: null, month: null }) })).toBeNull();
  });
});

describe('assessmentSentences(input)', () => {
  const input = { year: 2005, final: true, month: '2005-12', withTargets: 15, metAll: 12, notMet: ['大连市', '鞍山市', '锦州市'], incomplete: 0, province: [assessed()] };
  it('states how many regions met all their targets, names those that did not, then the province against each target', () => {
    expect(assessmentSentences(input)).toEqual([
      '2005年度扩面目标考核：有目标的15个地区中，12个完成全部目标，3个有目标未完成（大连市、鞍山市、锦州市）。',
      '2005年末，全省企业职工基本养老保险参保人数为772.4万人，年度目标为760万人，完成101.6%，缴费率为91.2%（目标高于90%），考核结论为已完成。',
    ]);
  });
  it('says plainly when every region met its targets, and counts the ones that cannot be assessed', () => {
    expect(assessmentSentences({ ...input, metAll: 15, notMet: [] })[0]).toBe('2005年度扩面目标考核：有目标的15个地区均完成全部目标。');
    expect(assessmentSentences({ ...input, metAll: 11, incomplete: 1 })[0]).toContain('，1个部分无法评定。');
  });
  it('words a provisional result as 初步结果 with its month, never as a failure', () => {
    const early = { ...input, final: false, month: '2005-06', metAll: 2, notMet: ['大连市'], withTargets: 3 };
    const s = assessmentSentences({ ...early, province: [assessed({ month: '2005-06', yearEnd: false, verdict: 'not_met' })] });
    expect(s[0]).toBe('2005年度扩面目标考核初步结果（截至2005年6月）：有目标的3个地区中，2个已完成全部目标，1个尚未全部完成（大连市）。');
    expect(s[1]).toMatch(/^截至2005年6月，全省.*，初步结果为尚未完成。$/);
    expect(s.join('')).not.toContain('未完成（');
  });
  it('states nothing for the province where it has no target or cannot be assessed', () => {
    expect(assessmentSentences({ ...input, province: [assessed({ verdict: 'no_target' }), assessed({ verdict: 'no_data' })] })).toHaveLength(1);
  });
});

describe('the sentences of the report and assessment pages (two-year fixture)', () => {
  const model = twoYears();
  const p = (slug: string) => periodsOf(model).find((x) => x.slug === slug)!;
  it('quote the province figures each page shows', () => {
    expect(monthlyReportView(model, p('2006-04')).sentences).toEqual([
      '2006年4月，省本级未报送企业职工基本养老保险月报，全省合计空缺，未作估算。',
      '2006年4月，全省失业保险参保人数为134.4万人，比上月增加1,600人，当月新增参保5,100人，完成年度目标的98.1%，缴费率为91.2%。',
    ]);
    expect(quarterlyReportView(model, p('2006-q2')).sentences[0]).toBe(
      '2006年第二季度末，全省企业职工基本养老保险参保人数为213.5万人，完成年度目标的97.0%，季内净增1.65万人；时间进度为50.0%，有目标的3个地区中1个落后于时间进度。',
    );
    expect(annualReportView(model, p('2006')).sentences[1]).toBe('2006年末，全省失业保险参保人数为135.6万人，比上年末增加1.92万人（+1.4%），完成年度目标的99.0%，缴费率为91.2%。');
    expect(assessmentView(model, 2006).sentences[0]).toBe('2006年度扩面目标考核：有目标的3个地区中，1个完成全部目标，2个有目标未完成（沈阳市、大连市）。');
    expect(assessmentView(model, 2005).sentences[0]).toBe('2005年度扩面目标考核：有目标的3个地区均完成全部目标。');
  });
});
