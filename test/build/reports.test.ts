/**
 * Builds the two-year fixture (test/fixtures/data/two-years) and reads the reports
 * and the assessment verdicts back from the HTML, as a reader would see them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, page, text, ROOT } from './build-site';
import { built } from './sites';
import { tableColumns, tableRows } from './tables';
import path from 'node:path';

const OUT = '.build-test/two-years';
const get = (p: string) => page(OUT, p);

beforeAll(async () => {
  await built('twoYears');
});

describe('report pages of a two-year dataset', () => {
  it('generates every monthly, quarterly and annual report and each assessment at stable URLs', () => {
    // Pages only: the build also writes .gz/.br copies next to them (scripts/post-build/compress.mjs).
    const files = listFiles(path.join(ROOT, OUT)).filter((f) => f.endsWith('.html'));
    const reports = files.filter((f) => f.startsWith('reports/')).map((f) => f.replace(/\/?index\.html$/, ''));
    expect(reports).toHaveLength(1 + 25 + 8 + 2);
    for (const slug of ['reports', 'reports/2004-12', 'reports/2006-12', 'reports/2005-q1', 'reports/2006-q4', 'reports/2005', 'reports/2006']) expect(reports).toContain(slug);
    expect(reports).not.toContain('reports/2004');
    expect(files.filter((f) => f.startsWith('assessment/'))).toEqual(['assessment/2005/index.html', 'assessment/2006/index.html', 'assessment/index.html']);
  });
  it('lists reports newest first, by year', () => {
    const t = text(get('/reports/'));
    expect(t.indexOf('2006年')).toBeLessThan(t.indexOf('2005年扩面年度总结'));
    expect(t).toContain('最新： 2006年12月扩面月报 2006年第四季度扩面阶段报告 2006年扩面年度总结 2006年度考核');
    expect(t).not.toContain('进行中，数据截至');
  });
  it('shows the year each report belongs to', () => {
    expect(text(get('/reports/2005-06/'))).toContain('月报 · 2005年 2005年6月扩面月报');
    expect(text(get('/reports/2006-q2/'))).toContain('季度阶段报告 · 2006年');
  });
  it('leaves the province total of a month empty when a region did not report, naming it', () => {
    const html = get('/reports/2006-04/');
    expect(tableRows(html, '2006年4月各地区养老保险月报').get('全省合计')![0]).toBe('未报送');
    expect(text(html)).toContain('省本级未报送本月报表，全省合计空缺，未作估算。');
    expect(tableRows(html, '2006年4月各地区失业保险月报').get('全省合计')!.slice(0, 2)).toEqual(['1,343,600', '+1,600']);
  });
  it('gives the monthly columns the issue asks for', () => {
    expect(tableColumns(get('/reports/2006-04/'), '2006年4月各地区失业保险月报')).toEqual([
      '地区', '参保人数', '比上月增减', '新增参保人数', '缴费率', '新增参保人员缴费率（目标100%）', '完成率（年度目标）',
    ]);
  });
  it('names the regions behind the pace in a quarterly report', () => {
    const html = get('/reports/2006-q2/');
    expect(text(html)).toContain('企业职工基本养老保险 （1个） ：大连市（差6,000人）');
    const rows = tableRows(html, '2006年第二季度各地区养老保险扩面进度');
    expect(rows.get('大连市')).toEqual(['842,000', '860,000', '97.9%', '+3,000', '6,000', '25.0%', '落后于时间进度6,000人', '92.0%']);
    expect(rows.get('全省合计')![0]).toBe('2,135,000');
  });
  it('flags the fall in enrolment in the annual summary', () => {
    const t = text(get('/reports/2006/'));
    expect(t).toContain('大连市失业保险：2006年12月参保506,000人，比2005年12月的512,000人减少6,000人（−1.2%）。');
    expect(tableRows(get('/reports/2006/'), '2006年各地区失业保险年末参保情况').get('大连市')!.slice(0, 3)).toEqual(['506,000', '−6,000 减少', '−1.2%']);
  });
});

describe('assessment pages of a two-year dataset', () => {
  it('reads each region’s verdicts for 2006', () => {
    const rows = tableRows(get('/assessment/2006/'), '2006年各地区目标完成情况');
    expect(Object.fromEntries(rows)).toEqual({
      沈阳市: ['已完成', '未完成', '有目标未完成'],
      大连市: ['未完成', '未完成', '有目标未完成'],
      省本级: ['已完成', '未设目标', '完成全部目标'],
      全省: ['未完成', '未完成', '有目标未完成'],
    });
  });
  it('lists the regions that did not meet their targets, with what they fell short by', () => {
    const t = text(get('/assessment/2006/'));
    expect(t).toContain('未完成目标的地区 沈阳市 失业保险：缴费率90.0%，目标高于90%，未高于目标。');
    expect(t).toContain('大连市 养老保险：年末参保848,000人，目标860,000人，差12,000人（完成98.6%）。 失业保险：年末参保506,000人，目标520,000人，差14,000人（完成97.3%）。');
    expect(t).toContain('完成全部目标的地区 省本级。');
    expect(t).toContain('年终结果 按2006年12月报表评定');
  });
  it('finds every region met its 2005 targets', () => {
    const rows = tableRows(get('/assessment/2005/'), '2005年各地区目标完成情况');
    for (const [, cells] of rows) expect(cells.at(-1)).toBe('完成全部目标');
    expect(text(get('/assessment/2005/'))).toContain('有目标的地区中没有未完成目标的地区。');
  });
  it('indexes the assessments newest first', () => {
    const t = text(get('/assessment/'));
    expect(t.indexOf('2006年度扩面目标考核')).toBeLessThan(t.indexOf('2005年度扩面目标考核'));
    expect(t).toContain('3个有目标的地区中，1个完成全部目标，2个有目标未完成。');
  });
  it('agrees with the progress pages to the person', () => {
    const progress = tableRows(get('/'), '全省养老保险参保人数，按月');
    const assessment = tableRows(get('/assessment/2006/'), '2006年各地区养老保险目标考核');
    expect(assessment.get('全省')![1]).toBe(progress.get('2006年12月')![0]);
    const city = tableRows(get('/cities/dalian/'), '大连市失业保险参保人数，按月');
    expect(tableRows(get('/assessment/2006/'), '2006年各地区失业保险目标考核').get('大连市')!.slice(1, 3)).toEqual(city.get('2006年12月'));
  });
});

describe('progress pages of a two-year dataset', () => {
  it('link the latest reports near the top and show priority groups', () => {
    const t = text(get('/'));
    expect(t).toContain('最新报告： 2006年12月扩面月报 2006年第四季度扩面阶段报告 2006年扩面年度总结 2006年度考核 全部报告');
    expect(tableRows(get('/'), '2006年12月全省养老保险重点群体参保人数').get('灵活就业人员')).toEqual(['231,000', '10.7%', '+15,000']);
    expect(text(get('/years/2005/'))).toContain('2005年报告：');
  });
});
