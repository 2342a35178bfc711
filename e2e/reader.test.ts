/**
 * The reader holding a phone: the answer in the first screen of a progress page (for a year
 * that has ended and one in progress), the worker's link near the top, and over every page
 * type at 390 and 1366 px: no sideways scrolling, wide tables that keep their first column in
 * view, chart text 10–18 px on screen and inside its chart; a city page printed on at most six
 * A4 pages; search that puts what readers mean first.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite } from '../test/build/build-site';
import { representativePages } from '../test/build/site-scan';
import { baseUrl, launch, outDir, PHONE, watchedContext } from './browser';
import { serveStatic, type StaticServer } from './server';

const WIDE = { width: 1366, height: 900 };
const routes = representativePages(outDir());
let browser: Browser;

/** The two-year fixture cut at June 2006: a year in progress. */
const MIDYEAR_DATA = '.build-test/e2e-midyear-data';
const MIDYEAR_OUT = '.build-test/e2e-midyear';
let midyear: StaticServer;

beforeAll(async () => {
  browser = await launch();
  const data = path.resolve(ROOT, MIDYEAR_DATA);
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  cpSync(path.resolve(ROOT, 'test/fixtures/data/two-years'), data, { recursive: true });
  const monthly = readFileSync(path.join(data, 'monthly.csv'), 'utf8').split('\n');
  writeFileSync(path.join(data, 'monthly.csv'), monthly.filter((line, i) => i === 0 || !line || line.slice(0, 7) <= '2006-06').join('\n'));
  const groups = readFileSync(path.join(data, 'groups.csv'), 'utf8').split('\n');
  writeFileSync(path.join(data, 'groups.csv'), groups.filter((line, i) => i === 0 || !line || line.slice(0, 7) <= '2006-06').join('\n'));
  const r = buildSite({ data: MIDYEAR_DATA, content: 'test/fixtures/content-none', outDir: MIDYEAR_OUT });
  if (r.status !== 0) throw new Error(`The mid-year fixture did not build:\n${r.output}`);
  midyear = await serveStatic(path.resolve(ROOT, MIDYEAR_OUT));
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await midyear?.close();
});

async function open(base: string, url: string, viewport: { width: number; height: number }, javaScriptEnabled = false): Promise<Page> {
  const { context } = await watchedContext(browser, base, { viewport, javaScriptEnabled });
  const page = await context.newPage();
  const res = await page.goto(base + url, { waitUntil: 'load' });
  expect(res?.status(), url).toBeLessThan(400);
  return page;
}

/** What of the summary lies below the first screen (empty when it all fits). */
async function summaryBelowFold(page: Page, height: number): Promise<string[]> {
  return page.evaluate((height) => {
    const out: string[] = [];
    const summary = document.querySelector('.summary');
    if (!summary) return ['no .summary'];
    const first = summary.querySelector('p');
    if (!first || first.getBoundingClientRect().bottom > height) out.push('first summary sentence');
    const tiles = [...summary.querySelectorAll('.status-tile')];
    if (tiles.length < 2) out.push(`only ${tiles.length} insurance tiles`);
    for (const t of tiles) {
      const name = t.querySelector('.tile-name')?.textContent;
      for (const part of ['.tile-figure', '.tile-completion', '.tile-status']) {
        const el = t.querySelector(part);
        if (!el || !el.textContent?.trim()) out.push(`${name}: no ${part}`);
        else if (el.getBoundingClientRect().bottom > height) out.push(`${name} ${part} at ${Math.round(el.getBoundingClientRect().bottom)}px`);
      }
    }
    return out;
  }, height);
}

describe('the answer in the first screen at 390×844', () => {
  it.each([
    { page: 'a city page of a year that has ended', base: baseUrl, url: '/cities/shenyang/', period: '已结束' },
    { page: 'a city page of a year in progress', base: () => midyear.url, url: '/cities/dalian/', period: '进行中', pace: /时间进度/ },
    { page: 'the English city page of a year that has ended', base: baseUrl, url: '/en/cities/shenyang/', period: 'Ended' },
    { page: 'the English city page of a year in progress', base: () => midyear.url, url: '/en/cities/dalian/', period: 'In progress', pace: /of the year elapsed/ },
  ])('$page: summary, and every insurance with completion and status (and the pace, in a year in progress)', async ({ base, url, period, pace }) => {
    const page = await open(base(), url, PHONE);
    expect(await summaryBelowFold(page, PHONE.height)).toEqual([]);
    expect(await page.locator('.summary .tag-period').textContent()).toBe(period);
    if (pace) expect(await page.locator('.summary').textContent()).toMatch(pace);
    await page.context().close();
  });
  it('the worker\'s link within the first two screens of the home page and a city page', async () => {
    for (const [base, url] of [[baseUrl(), '/'], [baseUrl(), '/cities/shenyang/'], [midyear.url, '/cities/dalian/'], [baseUrl(), '/en/'], [baseUrl(), '/en/cities/shenyang/']] as const) {
      const page = await open(base, url, PHONE);
      const link = page.locator('.help-link a[href^="/help/not-enrolled/"]');
      const box = await link.boundingBox();
      expect(box, url).not.toBeNull();
      expect(box!.y + box!.height, url).toBeLessThanOrEqual(2 * PHONE.height);
      await page.context().close();
    }
  });
});

/** Problems of one page: sideways scrolling, wide tables without a sticky first column, chart text size and overflow. */
async function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    for (const box of document.querySelectorAll<HTMLElement>('.table-scroll')) {
      if (!box.checkVisibility() || box.scrollWidth <= box.clientWidth + 1) continue;
      const table = box.querySelector('table');
      for (const row of table?.rows ?? []) {
        const first = row.cells[0];
        if (first && getComputedStyle(first).position !== 'sticky') {
          out.push(`wide table "${table?.caption?.textContent?.slice(0, 30)}": first column not sticky`);
          break;
        }
      }
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
      if (!svg.checkVisibility()) continue;
      const frame = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const scale = vb && vb.width ? frame.width / vb.width : 1;
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent?.trim()) continue;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        const r = t.getBoundingClientRect();
        const name = `${svg.getAttribute('aria-labelledby')?.split(' ')[0]} "${t.textContent.slice(0, 12)}"`;
        if (px < 10 || px > 18) out.push(`${name}: ${px.toFixed(1)}px`);
        if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) out.push(`${name}: outside its chart`);
      }
    }
    return out;
  }, width);
}

// The English progress pages carry longer words than their Chinese twins: each is checked, the provincial level too.
for (const [base, url] of [[baseUrl, '/en/'], [baseUrl, '/en/cities/'], [baseUrl, '/en/cities/shenyang/'], [baseUrl, '/en/cities/provincial/'], [() => midyear.url, '/en/cities/dalian/']] as const) {
  it(`English ${url}: no sideways scrolling, sticky first columns, chart text 10–18 px inside the chart (390 and 1366)`, async () => {
    for (const viewport of [PHONE, WIDE]) {
      const page = await open(base(), url, viewport);
      expect(await layoutProblems(page, viewport.width), `${url} at ${viewport.width}px`).toEqual([]);
      await page.context().close();
    }
  });
}

for (const { pattern, url } of routes) {
  if (pattern.startsWith('/embed/')) continue;
  it(`${pattern} → ${url}: no sideways scrolling, sticky first columns, chart text 10–18 px inside the chart (390 and 1366)`, async () => {
    for (const viewport of [PHONE, WIDE]) {
      const page = await open(baseUrl(), url, viewport);
      expect(await layoutProblems(page, viewport.width), `${url} at ${viewport.width}px`).toEqual([]);
      await page.context().close();
    }
  });
}

describe('print', () => {
  it('a city page prints on at most six A4 pages, summary first, without tools or buttons', async () => {
    const page = await open(baseUrl(), '/cities/shenyang/', { width: 1024, height: 900 }, true);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => [...document.querySelectorAll('.figure-tools, .copy-button, .png-button, .site-header, .jump')].filter((e) => (e as HTMLElement).checkVisibility()).length);
    expect(hidden).toBe(0);
    const firstHeading = await page.evaluate(() => [...document.querySelectorAll('main h2')].find((h) => (h as HTMLElement).checkVisibility())?.textContent ?? '');
    expect(firstHeading).toMatch(/^要点/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(sheets).toBeGreaterThan(0);
    expect(sheets).toBeLessThanOrEqual(6);
    await page.context().close();
  });
});

describe('search finds what readers mean', () => {
  /** The first result of the search page for a query, as a reader gets it (the site's own ranking). */
  async function first(query: string): Promise<string> {
    const page = await open(baseUrl(), `/search/?q=${encodeURIComponent(query)}`, WIDE, true);
    const link = page.locator('.pagefind-ui__result-link').first();
    await link.waitFor({ timeout: 15_000 });
    const href = new URL((await link.getAttribute('href'))!, baseUrl()).pathname;
    await page.context().close();
    return href;
  }
  const QUERIES: [string, RegExp][] = [
    ['沈阳', /^\/cities\/shenyang\/$/],
    ['大连', /^\/cities\/dalian\/$/],
    ['省本级', /^\/cities\/provincial\/$/],
    ['单位不给交社保', /^\/help\/not-enrolled\/$/],
    ['没给我交社保', /^\/help\/not-enrolled\/$/],
    ['缴费率', /^\/methodology\/$/],
  ];
  for (const [query, expected] of QUERIES) {
    it(`${query} → ${expected.source}`, async () => {
      expect(await first(query)).toMatch(expected);
    });
  }
});
