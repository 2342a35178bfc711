import { describe, expect, it } from 'vitest';
import { annualReportView } from '../../../src/site/reports/annual-report';
import { assessmentIndex, assessmentView } from '../../../src/site/reports/assessment-view';
import { monthlyReportView } from '../../../src/site/reports/monthly-report';
import { quarterlyReportView } from '../../../src/site/reports/quarterly-report';
import { periodsOf } from '../../../src/site/reports/report-common';
import { latestReports, reportsIndex } from '../../../src/site/reports/reports-index';
import { Model } from '../../../src/stats/model';
import { twoYears } from '../helpers';

const period = (model: Model, slug: string) => periodsOf(model).find((p) => p.slug === slug)!;
const cellsOf = (rows: { header: string; cells: { text: string }[] }[], header: string) => rows.find((r) => r.header === header)!.cells.map((c) => c.text);

describe('reportsIndex(model)', () => {
  it('lists years newest first, each with its quarters and months newest first', () => {
    const years = reportsIndex(twoYears());
    expect(years.map((y) => y.year)).toEqual([2006, 2005, 2004]);
    expect(years[0]!.quarters.map((q) => q.quarter?.short)).toEqual(['第四季度', '第三季度', '第二季度', '第一季度']);
    expect(years[0]!.quarters[0]!.months.map((m) => m.short)).toEqual(['12月', '11月', '10月']);
    expect(years[2]).toMatchObject({ annual: null, assessment: null, quarters: [{ quarter: null, months: [{ href: '/reports/2004-12/' }] }] });
  });
  it('labels a quarter and a year in progress with the latest month they cover', () => {
    const years = reportsIndex(twoYears('2006-05'));
    expect(years[0]!.annual).toMatchObject({ href: '/reports/2006/', complete: false, status: '进行中，数据截至2006年5月' });
    expect(years[0]!.quarters[0]!.quarter).toMatchObject({ href: '/reports/2006-q2/', status: '进行中，数据截至2006年5月' });
    expect(years[0]!.quarters[1]!.quarter).toMatchObject({ complete: true, status: null });
  });
  it('links the latest report of each kind, and the assessment', () => {
    expect(latestReports(twoYears('2006-05')).map((l) => l.label)).toEqual([
      '2006年5月扩面月报',
      '2006年第二季度扩面阶段报告（进行中）',
      '2006年扩面年度总结（进行中）',
      '2006年度考核',
    ]);
  });
});

describe('monthlyReportView(model, period)', () => {
  const model = twoYears();
  const view = monthlyReportView(model, period(model, '2006-04'));
  it('gives every region and the province total, empty when a region missed the month', () => {
    const pension = view.sections.find((s) => s.insurance === 'pension')!;
    expect(pension.table.rows.map((r) => r.header)).toEqual(['沈阳市', '大连市', '省本级']);
    expect(cellsOf(pension.table.rows, '省本级')[0]).toBe('未报送');
    expect(cellsOf(pension.table.foot, '全省合计')[0]).toBe('未报送');
    expect(pension.table.notes.join()).toContain('省本级未报送本月报表，全省合计空缺');
    expect(view.missing).toEqual(['养老保险：省本级']);
  });
  it('shows change from the previous month, new enrolments and rates for a region', () => {
    const unemployment = view.sections.find((s) => s.insurance === 'unemployment')!;
    expect(cellsOf(unemployment.table.rows, '大连市').slice(0, 5)).toEqual(['510,000', '−500', '1,000', '92.0%', '95.0%']);
  });
  it('links to the neighbouring monthly reports', () => {
    expect(view.header.previous?.href).toBe('/reports/2006-03/');
    expect(view.header.next?.href).toBe('/reports/2006-05/');
    expect(view.header.year).toBe(2006);
  });
});

describe('quarterlyReportView(model, period)', () => {
  const model = twoYears();
  const view = quarterlyReportView(model, period(model, '2006-q2'));
  it('names the regions behind the pace with how many persons short', () => {
    expect(view.pace).toBe(0.5);
    const pension = view.sections.find((s) => s.insurance === 'pension')!;
    expect(pension.behind.map((b) => b.text)).toEqual(['大连市（差6,000人）']);
    expect(cellsOf(pension.table.rows, '沈阳市')).toContain('快于时间进度4,000人');
    expect(cellsOf(pension.table.rows, '大连市')).toContain('落后于时间进度6,000人');
  });
  it('measures growth during the quarter from the end of the previous quarter', () => {
    const unemployment = view.sections.find((s) => s.insurance === 'unemployment')!;
    expect(cellsOf(unemployment.table.rows, '大连市')[3]).toBe('−1,500');
    expect(cellsOf(unemployment.table.rows, '省本级')[6]).toBe('未设目标');
  });
  it('documents how pace is measured', () => expect(view.method.join()).toContain('时间进度＝m÷12'));
  it('says a quarter in progress covers up to its latest month', () => {
    const m = twoYears('2006-05');
    const v = quarterlyReportView(m, period(m, '2006-q2'));
    expect(v.header.status).toBe('进行中');
    expect(v.month).toBe('2006-05');
    expect(v.pace).toBeCloseTo(5 / 12);
  });
});

describe('annualReportView(model, period)', () => {
  const model = twoYears();
  it('lists every fall in enrolment against the previous year-end', () => {
    const view = annualReportView(model, period(model, '2006'));
    expect(view.falls.map((f) => f.text)).toEqual(['大连市失业保险：2006年12月参保506,000人，比2005年12月的512,000人减少6,000人（−1.2%）。']);
  });
  it('says the previous year-end is missing rather than inventing a change', () => {
    const noBaseline = new Model({ ...model.dataset, monthly: model.dataset.monthly.filter((r) => r.month !== '2004-12') });
    const view = annualReportView(noBaseline, period(noBaseline, '2005'));
    expect(view.falls).toEqual([]);
    expect(view.noPrevious.join()).toContain('无2004年12月数据，无法与上年末比较');
    expect(cellsOf(view.sections[0]!.table.rows, '沈阳市')[1]).toBe('上年末无数据');
  });
});

describe('assessmentView(model, year)', () => {
  const model = twoYears();
  const view = assessmentView(model, 2006);
  it('lists the regions that missed targets with what they fell short by', () => {
    expect(view.notMet.map((r) => r.region.name)).toEqual(['沈阳市', '大连市']);
    expect(view.notMet[0]!.items).toEqual(['失业保险：缴费率90.0%，目标高于90%，未高于目标。']);
    expect(view.notMet[1]!.items[0]).toBe('养老保险：年末参保848,000人，目标860,000人，差12,000人（完成98.6%）。');
  });
  it('does not call a region without a target failed', () => {
    expect(view.metAll.map((r) => r.name)).toEqual(['省本级']);
    expect(cellsOf(view.overview.rows, '省本级')).toEqual(['已完成', '未设目标', '完成全部目标']);
  });
  it('cannot assess a region that sent no December report, and shows its latest figure instead', () => {
    const gap = new Model({ ...model.dataset, monthly: model.dataset.monthly.filter((r) => !(r.region === 'dalian' && r.insurance === 'pension' && r.month === '2006-12')) });
    const v = assessmentView(gap, 2006);
    expect(cellsOf(v.overview.rows, '大连市')).toEqual(['无法评定', '未完成', '有目标未完成']);
    expect(v.unassessed.map((u) => [u.region.name, u.items])).toEqual([['大连市', ['养老保险：未报送12月报表，最近一次报送为2006年11月，参保847,000人（完成98.5%）。']]]);
    expect(cellsOf(v.overview.foot, '全省')[0]).toBe('无法评定');
  });
  it('is provisional before December, and says so', () => {
    const early = assessmentView(twoYears('2006-09'), 2006);
    expect(early.final).toBe(false);
    expect(early.header.status).toBe('初步结果');
    expect(early.header.coverage).toBe('初步结果，数据截至2006年9月');
    // Mid-year a target not yet reached is 尚未完成, never 未完成.
    expect(cellsOf(early.overview.rows, '大连市')).toEqual(['尚未完成', '尚未完成', '尚未全部完成']);
    expect(early.headings.notMet).toBe('尚未完成目标的地区（初步，截至2006年9月）');
    expect(JSON.stringify(early.overview)).not.toContain('"未完成"');
  });
  it('indexes years newest first with their results', () => {
    expect(assessmentIndex(model).map((i) => [i.year, i.text])).toEqual([
      [2006, '3个有目标的地区中，1个完成全部目标，2个有目标未完成。'],
      [2005, '3个有目标的地区中，3个完成全部目标，0个有目标未完成。'],
    ]);
  });
});
