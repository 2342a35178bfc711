/**
 * The bundled sample (data/): its 2005 reports and assessment agree with the progress pages
 * to the person — the same enrolment, target and completion for the province and for every
 * region. Read from the figure registry, which holds every table exactly as its page shows
 * it (a build test checks that every table on a page is registered).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureRegistry } from '../../src/site/figures/figure-registry';
import { regionsTable } from '../../src/site/progress/progress-view';
import { monthlyReportView } from '../../src/site/reports/monthly-report';
import { periodsOf } from '../../src/site/reports/report-common';
import { siteOf } from './helpers';

const { model } = siteOf(path.resolve(import.meta.dirname, '../../data'));
const tables = figureRegistry(model)
  .map((e) => ({ page: e.page.replace(/#.*$/, ''), table: e.table()?.table }))
  .filter((t): t is { page: string; table: NonNullable<typeof t.table> } => t.table !== undefined);

/** The rows of the first table of a page whose caption starts with `caption`, as row header → cell texts. */
function tableRows(page: string, caption: string): Map<string, string[]> {
  const t = tables.find((x) => x.page === page && x.table.caption.startsWith(caption));
  if (!t) throw new Error(`no table captioned "${caption}…" on ${page}`);
  return new Map(t.table.rows.map((r) => [r.header, r.cells]));
}

const INSURANCES = ['养老保险', '失业保险', '医疗保险', '工伤保险'];
const REGIONS = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市', '省本级'];

describe('sample reports agree with the progress pages', () => {
  it('has the four reports the notice names', () => {
    const slugs = periodsOf(model).map((p) => p.slug);
    for (const slug of ['2005-q2', '2005', '2005-06']) expect(slugs).toContain(slug);
    expect(tables.some((t) => t.page === '/assessment/2005/')).toBe(true);
  });

  it('gives the same province enrolment for June, the second quarter and the year end', () => {
    for (const name of INSURANCES) {
      const progress = tableRows('/', `全省${name}参保人数，按月`);
      const june = progress.get('2005年6月')![0]!;
      const december = progress.get('2005年12月')![0]!;
      expect(tableRows('/reports/2005-06/', `2005年6月各地区${name}月报`).get('全省合计')![0]).toBe(june);
      expect(tableRows('/reports/2005-q2/', `2005年第二季度各地区${name}扩面进度`).get('全省合计')![0]).toBe(june);
      expect(tableRows('/reports/2005/', `2005年各地区${name}年末参保情况`).get('全省合计')![0]).toBe(december);
      expect(tableRows('/assessment/2005/', `2005年各地区${name}目标考核`).get('全省')![1]).toBe(december);
    }
    expect(tableRows('/', '全省养老保险参保人数，按月').get('2005年12月')![0]).toBe('7,605,000');
  });

  it('gives every region the same enrolment and completion as its progress page', () => {
    // The home page's table of the regions (its download carries more columns: regionsDownloadTable).
    const regions = new Map(regionsTable(model, 2005).rows.map((r) => [r.header, r.cells]));
    expect([...regions.keys()]).toEqual(REGIONS);
    for (const region of REGIONS) {
      const id = model.regions.find((r) => r.name === region)!.id;
      INSURANCES.forEach((name, i) => {
        const series = tableRows(`/cities/${id}/`, `${region}${name}参保人数，按月`);
        const [decEnrolled, decCompletion] = series.get('2005年12月')!;
        const juneCell = series.get('2005年6月')![0]!;
        expect(tableRows('/reports/2005/', `2005年各地区${name}年末参保情况`).get(region)![0], `${region} ${name} annual`).toBe(decEnrolled);
        expect(tableRows('/reports/2005/', `2005年各地区${name}年末参保情况`).get(region)![4], `${region} ${name} annual completion`).toBe(decCompletion);
        expect(tableRows('/assessment/2005/', `2005年各地区${name}目标考核`).get(region)!.slice(1, 3), `${region} ${name} assessment`).toEqual([decEnrolled, decCompletion]);
        // The regions table puts the status in words after the figure.
        expect(regions.get(region)![i]!.split(' ')[0], `${region} ${name} regions table`).toBe(decCompletion);
        expect(tableRows('/reports/2005-06/', `2005年6月各地区${name}月报`).get(region)![0], `${region} ${name} June`).toBe(juneCell);
        expect(tableRows('/reports/2005-q2/', `2005年第二季度各地区${name}扩面进度`).get(region)![0], `${region} ${name} Q2`).toBe(juneCell);
      });
    }
  });

  it('shows the intended gap: 阜新 did not report work injury for April 2005', () => {
    const rows = tableRows('/reports/2005-04/', '2005年4月各地区工伤保险月报');
    expect(rows.get('阜新市')![0]).toBe('未报送');
    expect(rows.get('全省合计')![0]).toBe('未报送');
    const april = periodsOf(model).find((p) => p.slug === '2005-04')!;
    expect(JSON.stringify(monthlyReportView(model, april))).toContain('阜新市未报送本月报表，全省合计空缺，未作估算。');
  });

  it('assesses 2005 as the sample data describes (data/README.md)', () => {
    const overview = tableRows('/assessment/2005/', '2005年各地区目标完成情况');
    const missed = (col: number) => REGIONS.filter((r) => overview.get(r)![col] === '未完成');
    // Enrolment misses are listed in data/README.md; the rate misses (抚顺, 本溪, 阜新, 铁岭, 朝阳) add to them.
    expect(missed(0)).toEqual(['抚顺市', '阜新市', '铁岭市', '朝阳市']);
    expect(missed(1)).toEqual(['鞍山市', '抚顺市', '本溪市', '丹东市', '阜新市', '铁岭市', '朝阳市', '葫芦岛市']);
    expect(missed(2)).toEqual(['鞍山市', '抚顺市', '丹东市', '阜新市', '铁岭市', '朝阳市']);
    expect(missed(3)).toEqual(['阜新市', '辽阳市', '朝阳市', '葫芦岛市']);
    expect(overview.get('全省')).toEqual(['已完成', '未完成', '未完成', '已完成', '有目标未完成']);
  });
});
