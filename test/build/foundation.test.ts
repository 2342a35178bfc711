/**
 * The foundation end to end: the fixture dataset builds, its figures can be read
 * back from the HTML, and a failed build leaves the previous output untouched.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles, page, text } from './build-site';
import { built, failed, OLDER_SITE, result, SITES } from './sites';

const out = await built('fixture');

describe('the fixture site', () => {
  it('has a page for the province, the city list and every region', () => {
    for (const p of ['/', '/cities/', '/cities/shenyang/', '/cities/dalian/', '/cities/provincial/']) {
      expect(existsSync(path.join(ROOT, out, p, 'index.html')), p).toBe(true);
    }
  });

  it('shows the province total as the sum of the regions, against the province target', () => {
    const home = text(page(out, '/'));
    // 2,036,800 + 1,785,300 + 417,400 = 4,239,500 of 7,500,000
    for (const shown of ['参保人数 424万人', '56.5%', '4,239,500', '年度目标 750万人']) expect(home).toContain(shown);
  });

  it('counts only the regions that report an insurance in its province total', () => {
    // 省本级 reports no unemployment: 1,227,100 + 1,045,800
    expect(text(page(out, '/'))).toContain('参保人数 227.3万人');
  });

  it('shows a missing month as a gap with the reason, never a partial sum', () => {
    const home = text(page(out, '/'));
    expect(home).toContain('2005年6月大连市未报送，全省合计空缺');
    expect(text(page(out, '/cities/dalian/'))).toMatch(/2005年6月 未报送/);
  });

  it('shows a region against its own targets, with its contribution rate', () => {
    const sy = text(page(out, '/cities/shenyang/'));
    expect(sy).toContain('参保人数 203.7万人');
    expect(sy).toContain('99.4%'); // 2,036,800 / 2,050,000
    expect(sy).toContain('92.8%'); // 1,776,741 / 1,914,592
    expect(sy).toContain('2,036,800');
  });

  it('renders every chart as SVG with a title, a description and its table', () => {
    const html = page(out, '/cities/shenyang/');
    const svgs = html.match(/<svg[^>]*class="chart"/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    const figures = html.match(/<figure class="figure"/g) ?? [];
    const tables = html.match(/<details class="data-table"[^>]*>\s*<summary>数据表<\/summary>/g) ?? [];
    expect(tables.length).toBe(figures.length);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
  });

  it('is in Chinese and names the dataset as a sample', () => {
    const html = page(out, '/');
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(text(html)).toContain('示例数据');
  });
});

describe('a failed build', () => {
  it('lists every problem with file, line and column, and leaves the previous site byte for byte (sites.ts: badData)', async () => {
    const r = await failed('badData');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('monthly.csv:3: enrolled: "170万"');
    expect(r.output).toContain('monthly.csv:5: month: "2005-13"');
    expect(r.output).toContain('left exactly as it was');
    const atomic = path.join(ROOT, SITES.badData.outDir);
    expect(listFiles(atomic)).toEqual(Object.keys(OLDER_SITE).map((f) => f.split('/').join(path.sep)).sort());
    for (const [file, body] of Object.entries(OLDER_SITE)) expect(readFileSync(path.join(atomic, file), 'utf8')).toBe(body);
    // Reported as the data's problems, without a crash banner or a stack trace.
    expect(r.output).toMatch(/^2 problems in the data files:$/m);
    expect(r.output).toContain('Correct them in the files named, then run the build again');
    expect(r.output).not.toMatch(/unhandled error|Stack trace|\s+at \S+ \(/i);
  });
});

describe('a successful build', () => {
  it('replaces the previous output whole (sites.ts builds the fixture over a folder holding stale.html)', () => {
    expect(existsSync(path.join(ROOT, out, 'stale.html'))).toBe(false);
    expect(existsSync(path.join(ROOT, out, 'index.html'))).toBe(true);
  });

  it('publishes nothing about revisions when there is no previous release to compare with (the edge-case site is a first build)', async () => {
    const { output } = await result('edges');
    const edges = SITES.edges.outDir;
    expect(output).not.toContain('revisions:');
    expect(text(page(edges, '/revisions/'))).toContain('本次发布没有可比较的上一版本。');
    expect(existsSync(path.join(ROOT, edges, 'data/revisions.csv'))).toBe(false);
    expect(readdirSync(path.join(ROOT, edges, 'data/versions')).filter((name) => /^\d{8}-/.test(name))).toEqual([]);
  });
});

describe('targets nobody reports against', () => {
  it('build, and the pages say "no reports" instead of drawing empty charts (sites.ts: edges)', async () => {
    const edges = await built('edges');
    // 营口市 has a work-injury target and no report at all.
    const yingkou = text(page(edges, '/cities/yingkou/'));
    expect(yingkou).toContain('营口市2005年没有养老保险的月度报表');
    expect(yingkou).toContain('500人');
    expect(page(edges, '/cities/yingkou/')).not.toMatch(/<svg[^>]*class="chart"/);
    // The province total is the sum of the regions that report; the medical target of 1,000 has no report.
    const home = text(page(edges, '/'));
    expect(home).toContain('参保人数 407.1万人');
    expect(home).toContain('4,071,000');
    expect(home).toContain('1,000人');
  });
});
