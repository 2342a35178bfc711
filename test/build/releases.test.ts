/**
 * Releases over time: the sample's calendar (/calendar/, /calendar.ics, 下次更新), and a release
 * of the fixture data built over the one before, as a publisher runs it: the second, with one
 * changed figure, one newly reported month and one removed row, must list exactly those, mark
 * the changed figure on its report page, and still serve the first release's data at its
 * versioned address. A rebuild of the same data keeps the same comparison.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/format/number';
import { page, text, ROOT } from './build-site';
import { result } from './sites';

const OUT = '.build-test/fixture';

let firstVersion = '';
let outputs: string[] = [];

beforeAll(async () => {
  ({ outputs } = await result('fixture'));
  firstVersion = /revisions: compared with (\d{8}-[0-9a-f]{8})/.exec(outputs[0]!)![1]!;
});

describe('the second of two releases', () => {
  it('lists exactly the changed figure, the removed row and the newly reported month', () => {
    const t = text(page(OUT, '/revisions/'));
    expect(t).toContain(`与上一版本 ${firstVersion}`);
    expect(t).toContain('修改1个数字，删除5个数字，补报1行');
    expect(t).toContain('沈阳市 2005年6月 养老保险 参保人数 1,992,000 1,992,400');
    expect(t).toContain('大连市 2005年4月 失业保险 整行删除 参保人数 1,010,000；应缴费人数 949,400；实际缴费人数 835,472；新增参保人数 4,600；新增参保缴费人数 3,680 已删除');
    expect(t).toContain('补报（不算修订） 上一版本发布时缺报、本次补报的数据： 省本级 2005年5月 养老保险');
    const csv = readFileSync(path.join(ROOT, OUT, 'data/revisions.csv'), 'utf8');
    expect(csv.split('\r\n').filter((l) => l !== '')).toEqual([
      '\uFEFFkind,file,region,period,insurance,group,column,previous,current,previous_version',
      ...['enrolled,1010000', 'due,949400', 'paid,835472', 'new_enrolled,4600', 'new_paid,3680'].map((c) => `removed,monthly.csv,dalian,2005-04,unemployment,,${c},,${firstVersion}`),
      `changed,monthly.csv,shenyang,2005-06,pension,,enrolled,1992000,1992400,${firstVersion}`,
      `newly_reported,monthly.csv,provincial,2005-05,pension,,,,,${firstVersion}`,
    ]);
    // Like every CSV of /data/, it has its metadata sidecar: title, version and citation.
    const meta = JSON.parse(readFileSync(path.join(ROOT, OUT, 'data/revisions.metadata.json'), 'utf8')) as { title: string; url: string; page: string; citation: { full: string } };
    expect(meta.title).toBe('修订清单');
    expect(meta.url).toBe('https://kuomian.example.org/data/revisions.csv');
    expect(meta.page).toBe('https://kuomian.example.org/revisions/');
    expect(meta.citation.full).toContain('修订清单');
  });

  it('marks the changed figure on its report page, with the previous value under the table', () => {
    const html = page(OUT, '/reports/2005-06/');
    expect(html).toMatch(/1,992,400<sup class="revised-mark" title="参保人数：上一版本为1,992,000">修订<\/sup>/);
    expect(text(html)).toContain(`注：修订：沈阳市参保人数已修订，上一版本（${firstVersion}）为1,992,000。`);
    expect(html.match(/class="revised-mark"/g)).toHaveLength(1);
    const figureCsv = readFileSync(path.join(ROOT, OUT, 'data/figures/report-2005-06-pension.csv'), 'utf8');
    expect(figureCsv.split('\r\n')[0]).toMatch(/,修订$/);
    expect(figureCsv).toContain('参保人数：上一版本为1,992,000');
  });

  it('marks the changed figure on the English report pages too, with the previous value in English', () => {
    for (const url of ['/en/reports/2005-06/', '/en/reports/2005-q2/']) {
      const html = page(OUT, url);
      expect(html).toMatch(/1,992,400<sup class="revised-mark" title="Insured persons: previously 1,992,000">revised<\/sup>/);
      expect(text(html)).toContain(`Note: Revised: Shenyang, insured persons revised; the previous release (${firstVersion}) gave 1,992,000.`);
      expect(html.match(/class="revised-mark"/g)).toHaveLength(1);
    }
    expect(page(OUT, '/en/reports/2005/')).not.toContain('revised-mark');
  });

  it('marks the changed figure in the quarterly report and its download, and nothing unrevised in the annual report', () => {
    const html = page(OUT, '/reports/2005-q2/');
    expect(html).toMatch(/1,992,400<sup class="revised-mark" title="参保人数：上一版本为1,992,000">修订<\/sup>/);
    expect(text(html)).toContain(`修订：沈阳市参保人数已修订，上一版本（${firstVersion}）为1,992,000。`);
    expect(html.match(/class="revised-mark"/g)).toHaveLength(1);
    const quarterCsv = readFileSync(path.join(ROOT, OUT, 'data/figures/report-2005-q2-pension.csv'), 'utf8');
    expect(quarterCsv.split('\r\n')[0]).toMatch(/,修订$/);
    expect(quarterCsv).toContain('参保人数：上一版本为1,992,000');
    // The year's figures are December's, which no revision touched.
    const annual = page(OUT, '/reports/2005/');
    expect(annual).not.toContain('revised-mark');
    expect(text(annual)).not.toContain('已修订');
    expect(readFileSync(path.join(ROOT, OUT, 'data/figures/report-2005-pension.csv'), 'utf8').split('\r\n')[0]).not.toMatch(/修订/);
  });

  it('lists revisions.csv on the /data/ page with its size and what it holds', () => {
    const t = text(page(OUT, '/data/'));
    const bytes = readFileSync(path.join(ROOT, OUT, 'data/revisions.csv')).length;
    expect(t).toContain(`revisions.csv CSV ${formatBytes(bytes)}`);
    expect(t).toContain(`修订清单 ：与上一版本 ${firstVersion} 相比修改或删除的每个数字`);
    expect(t).toContain('修改1个，删除5个，补报1行');
  });

  it('keeps the first release’s figures downloadable, compressed, at its versioned address', () => {
    const folder = path.join(ROOT, OUT, 'data/versions', firstVersion);
    expect(readdirSync(folder).sort()).toEqual(['groups.csv.gz', 'monthly.csv.gz', 'regions.csv.gz', 'targets.csv.gz', 'version.json']);
    const monthly = gunzipSync(readFileSync(path.join(folder, 'monthly.csv.gz'))).toString('utf8');
    expect(monthly).toContain('2005-06,shenyang,pension,"1,992,000",');
    expect(monthly).toContain('2005-04,dalian,unemployment,1010000,');
    expect(JSON.parse(readFileSync(path.join(folder, 'version.json'), 'utf8'))).toMatchObject({ version: firstVersion, as_of: '2005-12-31' });
    expect(text(page(OUT, '/data/versions/'))).toContain(`版本 ${firstVersion}`);
  });

  it('keeps comparing with the first release when the same data is built again', () => {
    expect(outputs[1]).toContain(`revisions: compared with ${firstVersion}: 1 changed, 5 removed, 1 newly reported; keeping 1 earlier release(s)`);
    expect(existsSync(path.join(ROOT, OUT, 'data/versions', firstVersion, 'monthly.csv.gz'))).toBe(true);
  });
});

describe('the sample\'s release calendar', () => {
  it('shows a postponed release with its new date, original date and reason', () => {
    const t = text(page(OUT, '/calendar/'));
    expect(t).toContain('即将发布 2006年2月27日 2006年1月扩面月报 推迟 原定 2006年2月20日 原因：春节假期（1月29日至2月4日）后各市1月报表报送顺延，发布推迟一周。');
    expect(t).toContain('2006年3月20日 2006年2月扩面月报 确定');
  });

  it('shows the postponed release in English too: new date, original date and the English reason', () => {
    const t = text(page(OUT, '/en/calendar/'));
    expect(t).toContain('Upcoming releases 27 February 2006 Monthly report, January 2006 postponed Originally 20 February 2006 Reason: The cities’ January returns are due later because of the Spring Festival holiday (29 January to 4 February), so the release is put back a week.');
    expect(t).toContain('20 March 2006 Monthly report, February 2006 confirmed');
    const html = page(OUT, '/en/calendar/');
    expect(html).toMatch(/<a href="\/en\/reports\/2005-06\/"[^>]*>Monthly report, June 2005<\/a>/);
    expect(html).toMatch(/<a href="\/en\/assessment\/2005\/"[^>]*>Annual assessment 2005<\/a>/);
    expect(html).toContain('href="/calendar.ics"');
  });

  it('links past releases to their reports', () => {
    const html = page(OUT, '/calendar/');
    expect(html).toMatch(/<a href="\/reports\/2005-06\/"[^>]*>2005年6月扩面月报<\/a>/);
    expect(html).toMatch(/<a href="\/assessment\/2005\/"[^>]*>2005年度考核<\/a>/);
  });

  it('publishes calendar.ics with one event per release that a parser reads', () => {
    const ics = readFileSync(path.join(ROOT, OUT, 'calendar.ics'), 'utf8');
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(readFileSync(path.join(ROOT, 'data/calendar.csv'), 'utf8').trim().split('\n').length - 1);
    const january = events.find((e) => e.uid === 'release-2006-01@kuomian.example.org')!;
    expect(january.startDate.toString()).toBe('2006-02-27');
    expect(january.description).toContain('原定2006年2月20日发布');
  });

  it('says when the next report is due on report and progress pages and the home page', () => {
    expect(text(page(OUT, '/reports/2005-06/'))).toContain('下次更新：2006年2月27日（2006年1月扩面月报；推迟，原定2006年2月20日）');
    expect(text(page(OUT, '/'))).toContain('下次更新：2006年2月27日');
    expect(text(page(OUT, '/reports/2005-q2/'))).toContain('下次更新：2006年4月20日（2006年第一季度扩面阶段报告；拟定）');
    // No annual summary is scheduled: the page says nothing rather than guess.
    expect(text(page(OUT, '/reports/2005/'))).not.toContain('下次更新');
  });

  it('cites the June report by its own month', () => {
    const t = text(page(OUT, '/reports/2005-06/'));
    expect(t).toContain('数据月份 2005年6月 更新日期 2005年12月31日');
    expect(t).toMatch(/2005年6月扩面月报: 数据月份 2005-06, 数据版本 \d{8}-[0-9a-f]{8}\[EB\/OL\]/);
  });
});
