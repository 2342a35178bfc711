/**
 * What a reader comes for, checked against the fixture data (test/fixtures/data/valid)
 * by hand-computed values: the home page's headline figures, a city's chart with the
 * table under it, a named employer, an article, search by a city's Chinese name, the
 * poster on one A4 sheet. A page type another branch has not delivered yet is skipped
 * with the reason, and only when its route is absent from the build.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlUrls } from '../test/build/site-scan';
import { browserForFile, DESKTOP, PHONE, baseUrl, outDir, screenshot, watchedContext, type Viewport } from './browser';

const browser = browserForFile();
const urls = () => htmlUrls(outDir());
/** Built pages whose URL matches, e.g. every /employers/<id>/ page. */
const built = (re: RegExp) => urls().filter((u) => re.test(u));


async function noJs(viewport: Viewport = PHONE): Promise<{ page: Page; context: BrowserContext }> {
  const { context } = await watchedContext(browser(), baseUrl(), { javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { page, context };
}

/** The visible text of an element, whitespace folded. */
const seen = async (page: Page, selector: string) => ((await page.locator(selector).first().innerText()) ?? '').replace(/\s+/g, ' ');

describe('home page: the province\'s headline figures (without JavaScript, on a phone)', () => {
  it('shows 2005 pension enrolment 424万人, 56.5% of its target and 未完成, and unemployment 227.3万人, 54.1%', async () => {
    // Fixture 2005-12 pension: 2,036,800 (沈阳) + 1,785,300 (大连) + 417,400 (省本级) = 4,239,500.
    // Unemployment: 1,227,100 + 1,045,800 = 2,272,900 of 4,200,000.
    const { page, context } = await noJs();
    await page.goto(`${baseUrl()}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain('2005年全省社会保险扩面进展');
    const cards = page.locator('.summary .status-grid .status-tile');
    await expect(cards.count()).resolves.toBe(2);
    const pension = (await cards.nth(0).innerText()).replace(/\s+/g, ' ');
    expect(pension).toContain('养老保险');
    expect(pension).toContain('424万人'); // 423.95万 rounds half up
    expect(pension).toContain('56.5%');
    expect(pension).toContain('未完成');
    expect(await cards.nth(0).locator('.tile-figure').isVisible()).toBe(true);
    const unemployment = (await cards.nth(1).innerText()).replace(/\s+/g, ' ');
    expect(unemployment).toContain('失业保险');
    expect(unemployment).toContain('227.3万人');
    expect(unemployment).toContain('54.1%');
    // The exact count is there for those who need it.
    await expect(cards.nth(0).locator('.tile-figure').getAttribute('title')).resolves.toBe('4,239,500人');
    await context.close();
  });

  it('lists every region with its completion in a table that links to the region', async () => {
    const { page, context } = await noJs();
    await page.goto(`${baseUrl()}/`);
    const rows = page.locator('#h-regions ~ .table-scroll tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    const text = await seen(page, '#h-regions ~ .table-scroll');
    for (const name of ['沈阳市', '大连市', '省本级']) expect(text).toContain(name);
    await page.locator('#h-regions ~ .table-scroll a', { hasText: '沈阳市' }).click();
    await expect(page.locator('h1').innerText()).resolves.toContain('沈阳市');
    await context.close();
  });
});

describe('city page: the chart and the table under it', () => {
  it('draws 沈阳市\'s pension enrolment chart with its title and description, and the table beneath gives 2,036,800 for December 2005', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, context } = await noJs(viewport);
      await page.goto(`${baseUrl()}/cities/shenyang/`);
      const figure = page.locator('figure#enrolled-shenyang-pension-2005');
      await expect(figure.locator('figcaption').innerText()).resolves.toBe('沈阳市养老保险参保人数（2005年）');
      // The chart is drawn for a narrow and a wide column; the one shown is the one for this width.
      const svg = figure.locator('svg[role="img"]:visible');
      const box = await svg.boundingBox();
      // Nearly the full width of a phone; a column of two on a desktop.
      expect(box!.width).toBeGreaterThan(viewport === PHONE ? viewport.width * 0.8 : 400);
      expect(box!.height).toBeGreaterThan(150);
      await expect(svg.locator('title').textContent()).resolves.toBe('沈阳市养老保险参保人数');
      await expect(svg.locator('desc').textContent()).resolves.toContain('203.7万人');
      // The line itself is drawn: a path with many points.
      await expect(svg.locator('path').count()).resolves.toBeGreaterThan(0);
      await expect(figure.locator('.desc').innerText()).resolves.toContain('203.7万人');
      // The table is under the chart, closed until asked for, then readable.
      const table = figure.locator('details.data-table table');
      expect(await table.isVisible()).toBe(false);
      await figure.locator('details.data-table > summary').click();
      expect(await table.isVisible()).toBe(true);
      // Under the chart on the page (boxes are viewport-relative, so measured together after the click).
      const [chartNow, tableBox] = [await svg.boundingBox(), await table.boundingBox()];
      expect(tableBox!.y).toBeGreaterThan(chartNow!.y + chartNow!.height - 1);
      const december = table.locator('tbody tr', { has: page.locator('th', { hasText: '2005年12月' }) });
      await expect(december.innerText()).resolves.toMatch(/2,036,800\s+99\.4%/);
      await expect(table.locator('tbody tr').count()).resolves.toBe(13); // 2004-12 … 2005-12
      await screenshot(page, `city-chart-table-${viewport.width}`);
      await context.close();
    }
  });

  it('shows the month Dalian did not report as a gap, not as an invented value', async () => {
    const { page, context } = await noJs(DESKTOP);
    await page.goto(`${baseUrl()}/cities/dalian/`);
    const figure = page.locator('figure#enrolled-dalian-pension-2005');
    await figure.locator('details.data-table > summary').click();
    const june = figure.locator('tbody tr', { has: page.locator('th', { hasText: '2005年6月' }) });
    await expect(june.innerText()).resolves.toMatch(/—/);
    await context.close();
  });
});

describe('a named employer', () => {
  const pages = () => built(/^\/employers\/[^/]+\/$/).filter((u) => !/^\/employers\/(by-date|regions)\/$/.test(u));

  it('shows the published entry E2005-001 with its decision, authority, dates and rectification', async () => {
    expect(pages().length, 'employer entry pages in the build').toBeGreaterThan(0);
    const { page, context } = await noJs();
    const url = pages().find((u) => /e2005-001/i.test(u));
    expect(url, `an employer page for E2005-001 among ${pages().join(', ')}`).toBeTruthy();
    await page.goto(baseUrl() + url);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const fact of ['沈阳示例机械制造有限公司', '沈劳社监罚〔2005〕1号', '沈阳市劳动和社会保障局', '2005年6月15日', '2005年8月1日']) {
      expect(text, fact).toContain(fact);
    }
    await screenshot(page, 'employer-390');
    await context.close();
  });

  it('has no page, list entry or mention for entries outside their publication window', async () => {
    expect(pages().length, 'employer entry pages in the build').toBeGreaterThan(0);
    const { page, context } = await noJs();
    // Embargoed (E2005-003), expired (E2002-001, E2004-001), revoked (E2005-004).
    for (const id of ['E2005-003', 'E2002-001', 'E2004-001', 'E2005-004']) {
      for (const u of [`/employers/${id}/`, `/employers/${id.toLowerCase()}/`]) {
        const res = await page.goto(baseUrl() + u);
        expect(res?.status(), u).toBe(404);
      }
    }
    await page.goto(`${baseUrl()}/employers/`);
    const list = await page.locator('main').innerText();
    for (const name of ['沈阳示例建筑工程有限公司', '大连示例服装有限公司', '大连示例电子有限公司', '示例省直运输有限公司']) expect(list).not.toContain(name);
    await context.close();
  });
});

describe('an article', () => {
  const pages = () => built(/^\/articles\/[^/]+\/$/);

  it('reads on a phone without JavaScript: heading, date, body text, and any figure with its table', async () => {
    expect(pages().length, 'article pages in the build').toBeGreaterThan(0);
    for (const url of pages()) {
      const { page, context } = await noJs();
      const res = await page.goto(baseUrl() + url);
      expect(res?.status(), url).toBe(200);
      expect((await page.locator('h1').innerText()).trim().length, url).toBeGreaterThan(2);
      const body = (await page.locator('main').innerText()).replace(/\s+/g, '');
      expect(body.length, `${url} body text`).toBeGreaterThan(200);
      for (const fig of await page.locator('figure:has(svg[role="img"])').all()) {
        expect(await fig.locator('svg title').count(), url).toBeGreaterThan(0);
        expect(await fig.locator('table').count(), `${url}: a chart without its table`).toBeGreaterThan(0);
      }
      await screenshot(page, `article-${url.split('/')[2]}-390`);
      await context.close();
    }
  });
});

describe('search', () => {
  it('finds 沈阳市 by its Chinese name and links to its page', async () => {
    expect(urls()).toContain('/search/');
    const { context, watch } = await watchedContext(browser(), baseUrl(), { viewport: PHONE });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl()}/search/`, { waitUntil: 'networkidle' });
    const input = page.locator('input[type="search"], input[type="text"]').first();
    await input.fill('沈阳市');
    await input.press('Enter');
    const hit = page.locator('a[href*="/cities/shenyang/"]').filter({ visible: true }).first();
    await hit.waitFor({ state: 'visible' });
    await screenshot(page, 'search-390');
    await hit.click();
    await page.waitForURL(/\/cities\/shenyang\//);
    await context.close();
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  it('finds a named employer by part of its name, at its entry on the region list', async () => {
    expect(urls()).toContain('/search/');
    const { context, watch } = await watchedContext(browser(), baseUrl(), { viewport: PHONE });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('机械制造')}`, { waitUntil: 'networkidle' });
    const hit = page.locator('a[href*="/employers/regions/shenyang/"][href*="#e-"]').filter({ hasText: '沈阳示例机械制造有限公司' }).first();
    await hit.waitFor({ state: 'visible' });
    await screenshot(page, 'search-employer-390');
    await hit.click();
    await page.waitForURL(/\/employers\/regions\/shenyang\/.*#e-/);
    // The anchor is the entry's name, which links to its permanent page.
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"] a`).getAttribute('href')).resolves.toMatch(/^\/employers\/[^/]+\/$/);
    await context.close();
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});

describe('the poster', () => {
  const posters = () => urls().filter((u) => /poster/.test(u));

  it('prints on exactly one A4 page', async () => {
    expect(posters().length, 'poster pages in the build').toBeGreaterThan(0);
    const { context } = await watchedContext(browser(), baseUrl());
    const page = await context.newPage();
    for (const url of posters()) {
      await page.goto(baseUrl() + url, { waitUntil: 'networkidle' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(sheets, `${url} prints on ${sheets} A4 pages`).toBe(1);
    }
    await context.close();
  });
});
