/**
 * The journalist tools on the built fixture site: every figure's CSV and embed page exist,
 * a downloaded CSV parses back to the numbers its page shows, downloads carry versions and
 * never an unpublished employer, citations, releases, robots, sitemap and 404.
 */
import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles, page, text } from './build-site';
import { tableRows as rowsOf } from './tables';
import { formatMonth } from '../../src/format/date';
import { formatCount, formatPercent } from '../../src/format/number';
import { built } from './sites';

const out = await built('fixture');
const abs = (rel: string) => path.join(ROOT, out, rel);
const files = listFiles(path.join(ROOT, out));
const htmlPages = files.filter((f) => f.endsWith('.html'));
const read = (rel: string) => readFileSync(abs(rel), 'utf8');
const urlToFile = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
const VERSION = /\b\d{8}-[0-9a-f]{8}\b/;
const signed = (n: number) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${formatCount(Math.abs(n))}`);

const UNPUBLISHED = ['E2005-003', 'E2002-001', 'E2004-001', 'E2005-004', '沈阳示例建筑工程有限公司', '大连示例服装有限公司', '示例省直运输有限公司', '大连示例电子有限公司'];

/** Rows of the first <table> inside an element, as header cell + data cells (text). */
function tableRows(html: string): string[][] {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)));
}

/** The HTML of the figure with this id on a page. */
function figureHtml(html: string, id: string): string {
  const start = html.indexOf(`<figure class="figure" id="${id}"`);
  expect(start, id).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</figure>', start));
}

function parseCsv(rel: string): string[][] {
  const raw = read(rel);
  expect(raw.startsWith('\uFEFF'), `${rel} starts with a BOM`).toBe(true);
  const parsed = Papa.parse<string[]>(raw.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.linebreak, `${rel} ends rows with CRLF`).toBe('\r\n');
  expect(raw.endsWith('\r\n')).toBe(true);
  return parsed.data;
}

describe('every figure on every page', () => {
  const figureIds = new Set<string>();
  const tableIds = new Set<string>();
  for (const f of htmlPages) {
    const html = read(f);
    for (const m of html.matchAll(/<figure class="figure" id="([^"]+)"/g)) if (!f.startsWith('embed/')) figureIds.add(m[1]!);
    for (const m of html.matchAll(/data-table-id="([^"]+)"/g)) tableIds.add(m[1]!);
  }

  it('finds the figures of the fixture (province, regions, two years)', () => {
    expect(figureIds.size).toBeGreaterThan(20);
    expect(figureIds.has('enrolled-province-pension-2004')).toBe(true);
    expect(tableIds.has('regions-2005')).toBe(true);
  });

  it('finds the figures and tables of the reports, the assessment and the priority groups', () => {
    for (const id of ['change-pension-2005-06', 'pace-pension-2005-q2', 'yoy-pension-2005', 'completion-pension-2005', 'groups-province-pension-2005', 'groups-shenyang-pension-2005']) {
      expect(figureIds.has(id), id).toBe(true);
    }
    for (const id of ['report-2005-06-pension', 'report-2005-q2-pension', 'report-2005-pension', 'assessment-2005', 'assessment-2005-unemployment', 'group-shares-province-pension-2005', 'group-shares-dalian-pension-2005']) {
      expect(tableIds.has(id), id).toBe(true);
    }
  });

  it('anchors every registered figure and table on the page its metadata names', () => {
    const index = parseCsv('data/figures/index.csv');
    const byPage = new Map<string, string>();
    for (const [id, , , pageUrl] of index.slice(1)) {
      const { pathname, hash } = new URL(pageUrl!);
      if (!byPage.has(pathname)) byPage.set(pathname, read(urlToFile(pathname)));
      expect(hash, id).toBe(`#${id}`);
      expect(byPage.get(pathname), `${pathname}#${id}`).toContain(`id="${id}"`);
    }
  });

  it('has a CSV, a metadata file, an SVG and an embed page', () => {
    for (const id of figureIds) {
      for (const rel of [`data/figures/${id}.csv`, `data/figures/${id}.metadata.json`, `data/figures/${id}.svg`, `embed/${id}/index.html`]) {
        expect(existsSync(abs(rel)), rel).toBe(true);
      }
    }
    for (const id of tableIds) expect(existsSync(abs(`data/figures/${id}.csv`)), id).toBe(true);
  });

  it('links only to downloads, embed pages and definitions that exist', () => {
    const methodology = read('methodology/index.html');
    for (const f of htmlPages) {
      for (const m of read(f).matchAll(/href="(\/(?:data|embed|methodology)\/[^"#]*)(#[^"]*)?"/g)) {
        const target = m[1]!;
        expect(existsSync(abs(urlToFile(target))), `${f} → ${target}`).toBe(true);
        if (target === '/methodology/' && m[2]) expect(methodology, `${f} → ${m[2]}`).toContain(`id="${m[2].slice(1)}"`);
      }
    }
  });

  it('embed pages show the chart, title, source line with version and a link back, and no site chrome', () => {
    const html = page(out, '/embed/rate-shenyang-pension-2005/');
    expect(html).toContain('<svg');
    expect(html).toContain('沈阳市养老保险缴费率（2005年）');
    expect(text(html)).toMatch(new RegExp(`来源：示例省社会保险事业管理局 · 数据版本 ${VERSION.source}`));
    expect(html).toContain('href="https://kuomian.example.org/cities/shenyang/#rate-shenyang-pension-2005"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('site-header');
  });

  it('the standalone SVG is well-formed enough to stand alone', () => {
    const svg = read('data/figures/enrolled-province-pension-2005.svg');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toMatch(VERSION);
  });
});

describe('a downloaded CSV parses back to the figures the page shows', () => {
  const cases = [
    ['/', 'enrolled-province-pension-2005'],
    ['/', 'rate-province-pension-2005'],
    ['/cities/dalian/', 'enrolled-dalian-pension-2005'],
    ['/cities/provincial/', 'new-provincial-pension-2005'],
    ['/years/2004/', 'enrolled-province-pension-2004'],
  ] as const;
  for (const [url, id] of cases) {
    it(`${id} on ${url}`, () => {
      const shown = tableRows(figureHtml(page(out, url), id));
      const [header, ...rows] = parseCsv(`data/figures/${id}.csv`);
      expect(rows.length).toBe(shown.length);
      rows.forEach((row, i) => {
        const back = row.map((cell, c) => {
          if (c === 0) return formatMonth(cell);
          if (cell === '') return '—';
          return header![c]!.endsWith('（%）') ? formatPercent(Number(cell) / 100) : formatCount(Number(cell));
        });
        expect(back, `${id} row ${i}`).toEqual(shown[i]);
      });
    });
  }

  it('a report table CSV carries the figures and words its page shows, with region ids and the province total', () => {
    const html = page(out, '/reports/2005-q2/');
    const shown = rowsOf(html, '2005年第二季度各地区养老保险扩面进度');
    const [header, ...rows] = parseCsv('data/figures/report-2005-q2-pension.csv');
    expect(header).toEqual(['地区标识', '地区', '季末参保人数（人）', '目标（人）', '完成率（%）', '季内净增（人）', '季内新增参保（人）', '净增任务进度（%）', '进度状况', '缴费率（%）', '数据月份', '修订']);
    expect(rows.map((r) => r[0])).toEqual(['shenyang', 'dalian', 'provincial', 'province']);
    // Dalian missed June: the page brackets its May figure, the CSV says the month.
    expect(rows.map((r) => r[10])).toEqual(['2005-06', '2005-05', '2005-06', '2005-05']);
    expect(rows.map((r) => r[11])).toEqual(['参保人数：上一版本为1,992,000', '', '', '']);
    rows.forEach((r) => {
      const cells = shown.get(r[1]!)!;
      // A revised figure (releases.test.ts) is marked on the page and explained in the CSV's last column.
      expect(formatCount(Number(r[2])) + (r[10] === '2005-06' ? '' : `（${formatMonth(r[10]!)}）`) + (r[11] ? ' 修订' : '')).toBe(cells[0]);
      expect(r[5] === '' ? '—' : signed(Number(r[5]))).toBe(cells[3]!.replace(/ 减少$/, ''));
      expect(formatPercent(Number(r[4]) / 100)).toBe(cells[2]);
      expect(r[8]).toBe(cells[6]);
    });
  });

  it('an assessment table CSV carries the verdicts as the page words them', () => {
    const shown = rowsOf(page(out, '/assessment/2005/'), '2005年各地区目标完成情况');
    const [header, ...rows] = parseCsv('data/figures/assessment-2005.csv');
    expect(header).toEqual(['地区标识', '地区', '养老保险', '失业保险', '总体']);
    for (const r of rows) expect(r.slice(2)).toEqual(shown.get(r[1]!));
  });

  it('a group shares CSV carries the enrolment and share the progress page shows', () => {
    const shown = rowsOf(page(out, '/'), '2005年12月全省养老保险重点群体参保人数');
    const [, ...rows] = parseCsv('data/figures/group-shares-province-pension-2005.csv');
    expect(rows.length).toBe(shown.size);
    for (const r of rows) {
      const cells = shown.get(r[1]!)!;
      expect(formatCount(Number(r[2]))).toBe(cells[0]);
      expect(formatPercent(Number(r[3]) / 100)).toBe(cells[1]);
    }
  });

  it('the regions table CSV carries the completion and the status the page shows', () => {
    const shown = tableRows(read('index.html').slice(read('index.html').indexOf('<nav class="orders"')));
    const [header, ...rows] = parseCsv('data/figures/regions-2005.csv');
    const col = header!.indexOf('养老保险完成率（%）');
    const status = header!.indexOf('养老保险状态');
    rows.forEach((r, i) => expect(`${r[col] === '' ? '—' : formatPercent(Number(r[col]) / 100)} ${r[status]}`).toBe(shown[i]![1]));
  });
});

describe('dataset downloads', () => {
  it('are listed on /data/ with format and size, and every listed file exists', () => {
    const html = page(out, '/data/');
    for (const f of ['/data/monthly.csv', '/data/dataset.json', '/data/province.csv', '/data/regions/shenyang.csv', '/data/regions/shenyang.json', '/data/dictionary.json']) {
      expect(html).toContain(`href="${f}"`);
      expect(existsSync(abs(f.slice(1))), f).toBe(true);
    }
    expect(text(html)).toMatch(/monthly\.csv CSV [\d.]+ KB/);
  });

  it('carry the version: JSON in meta, CSV in the sidecar', () => {
    for (const f of ['data/dataset.json', 'data/province.json', 'data/regions/dalian.json', 'data/dictionary.json', 'data/monthly.metadata.json', 'data/regions/dalian.metadata.json', 'data/figures/regions-2005.metadata.json']) {
      const json = JSON.parse(read(f));
      const meta = json.meta ?? json;
      expect(meta.version, f).toMatch(VERSION);
      expect(meta.publisher, f).toBe('示例省社会保险事业管理局');
      expect(meta.citation.full, f).toContain(meta.version);
    }
    const footer = page(out, '/');
    const version = JSON.parse(read('data/dataset.json')).meta.version;
    expect(footer).toContain(version);
  });

  it('never contain an employer outside its publication window', () => {
    for (const f of files.filter((x) => x.startsWith('data/'))) {
      const content = read(f);
      for (const hidden of UNPUBLISHED) expect(content.includes(hidden), `${f} contains ${hidden}`).toBe(false);
    }
    const ids = parseCsv('data/employers.csv').slice(1).map((r) => r[0]);
    expect(ids.sort()).toEqual(['E2005-001', 'E2005-002', 'E2005-005']);
  });

  it('the province file leaves a month empty when a region missed it', () => {
    const [header, ...rows] = parseCsv('data/province.csv');
    const june = rows.find((r) => r[0] === '2005-06' && r[1] === 'pension')!;
    expect(june[header!.indexOf('enrolled')]).toBe('');
    expect(june[header!.indexOf('status')]).toBe('空缺：大连市未报送');
  });
});

describe('引用本页', () => {
  it('is on the province, city and earlier-year pages, with version, dates and the permanent year address', () => {
    const cases: [string, string][] = [['/', '/years/2005/'], ['/cities/shenyang/', '/cities/shenyang/2005/'], ['/years/2004/', '/years/2004/'], ['/cities/dalian/2004/', '/cities/dalian/2004/']];
    for (const [url, permalink] of cases) {
      const html = page(out, url);
      const cite = html.slice(html.indexOf('id="cite"'));
      expect(cite, url).toContain(`https://kuomian.example.org${permalink}`);
      expect(text(cite)).toMatch(/引用日期 2005年12月31日（本页生成日期/);
      expect(text(cite)).toMatch(new RegExp(`\\[EB/OL\\]\\. \\(2005-12-31\\)\\[2005-12-31\\]\\. https://kuomian\\.example\\.org${permalink.replace(/\//g, '\\/')}\\.`));
    }
    expect(text(page(out, '/cities/shenyang/'))).toContain('截至2005年12月，沈阳市企业职工基本养老保险参保人数为203.7万人，完成年度目标的99.4%');
  });

  it('is on every report and assessment page, at its own address, with sentences stating its key figures', () => {
    const cases: [string, RegExp][] = [
      ['/reports/2005-06/', /^2005年6月，大连市未报送企业职工基本养老保险月报，全省合计空缺，未作估算。/],
      ['/reports/2005-q2/', /^截至2005年5月（2005年第二季度末有地区未报送），全省企业职工基本养老保险参保人数为413万人，完成年度目标的55\.1%，季内净增3\.13万人；时间进度为50\.0%，有目标的3个地区均落后于时间进度。（来源：/],
      ['/reports/2005/', /^2005年末，全省企业职工基本养老保险参保人数为[\d.]+万人，比上年末增加/],
      ['/assessment/2005/', /^2005年度扩面目标考核：有目标的3个地区中，3个有目标未完成（沈阳市、大连市、省本级）。/],
    ];
    for (const [url, sentence] of cases) {
      const html = page(out, url);
      const cite = html.slice(html.indexOf('id="cite"'));
      expect(cite, url).toContain(`https://kuomian.example.org${url}`);
      expect(text(cite)).toMatch(new RegExp(`\\[EB/OL\\]\\. \\(2005-12-31\\)\\[2005-12-31\\]\\. https://kuomian\\.example\\.org${url.replace(/\//g, '\\/')}\\.`));
      const quoted = [...cite.matchAll(/<pre class="copy-text[^"]*"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => text(m[1]!));
      expect(quoted.some((q) => sentence.test(q)), `${url}: ${quoted.join(' | ')}`).toBe(true);
      expect(html, url).toContain('href="#cite"');
    }
  });

  it('the latest year address forwards to the current page and stays out of the sitemap', () => {
    const stub = page(out, '/cities/shenyang/2005/');
    expect(stub).toContain('<meta http-equiv="refresh" content="0; url=/cities/shenyang/">');
    expect(stub).toContain('noindex');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).not.toContain('/cities/shenyang/2005/');
    expect(sitemap).toContain('/cities/shenyang/2004/');
    expect(sitemap).not.toContain('/embed/');
    expect(sitemap).not.toContain('/search/');
  });
});

describe('release notes', () => {
  it('lists published releases with their revisions and the next update; hides later-dated notes', () => {
    const html = text(page(out, '/releases/'));
    expect(html).toContain('2005年12月扩面进展数据（测试）');
    expect(html).toContain('2005年6月 大连市 养老保险：大连市补报6月养老保险月报');
    // The release calendar's next date heads the page; the note keeps the date it gave.
    expect(html).toContain('下次更新 2006年2月27日');
    expect(html).toContain('下次更新：2006年1月20日');
    expect(html).not.toContain('不应出现');
    const feed = read('releases/feed.xml');
    expect(feed).toContain('<link>https://kuomian.example.org/releases/#2005-12</link>');
    expect(feed).not.toContain('2006-01');
  });
});

describe('site plumbing', () => {
  it('robots.txt points at the sitemap; the 404 page links home, cities and search', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://kuomian.example.org/sitemap-index.xml');
    const nf = read('404.html');
    for (const href of ['href="/"', 'href="/cities/"', 'href="/search/"']) expect(nf).toContain(href);
  });
  it('pages have absolute canonical URLs', () => {
    expect(page(out, '/cities/dalian/')).toContain('<link rel="canonical" href="https://kuomian.example.org/cities/dalian/">');
  });
  it('no page has an inline script or style attribute (CSP)', () => {
    for (const f of htmlPages) {
      const html = read(f);
      expect(/<script(?![^>]*\bsrc=)[^>]*>/.test(html), `${f} inline script`).toBe(false);
      expect(/\sstyle="/.test(html), `${f} style attribute`).toBe(false);
    }
  });
});
