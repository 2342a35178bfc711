/**
 * Every page type, as a reader sees it: one page per route of src/pages (the largest
 * built page of each, so new page types are covered without a change here), at phone and
 * desktop width, with JavaScript off (every figure, table and link must work) and on (no
 * console error, no CSP violation, nothing fetched from another origin). Screenshots go to
 * e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { representativePages } from '../test/build/site-scan';
import { browserForFile, DESKTOP, PHONE, baseUrl, outDir, screenshot, slug, watchedContext } from './browser';

const routes = representativePages(outDir());
const browser = browserForFile();

/**
 * What a reader must be able to see and use on any page, checked in the live page. An embed
 * (/embed/…) is a fragment inside another site's page: its figure and a link to its source
 * stand in for the heading, main landmark and navigation.
 */
async function readable(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const visible = (el: Element | null) => !!el && (el as HTMLElement).checkVisibility?.() !== false && el.getBoundingClientRect().width > 0;
    if (location.pathname.startsWith('/embed/')) {
      if (!visible(document.querySelector('figure'))) problems.push('embed: no visible <figure>');
      if (![...document.querySelectorAll('a[href]')].some(visible)) problems.push('embed: no visible link to its source');
    } else {
      const h1 = document.querySelector('h1');
      if (!visible(h1) || !h1!.textContent!.trim()) problems.push('no visible <h1>');
      const main = document.querySelector('main');
      if (!visible(main) || (main!.textContent ?? '').trim().length < 20) problems.push('no visible <main> with text');
      // The English edition's home is /en/.
      const home = location.pathname.startsWith('/en/') ? '/en/' : '/';
      if (!visible(document.querySelector(`nav a[href="${home}"], a.brand[href="${home}"]`))) problems.push('no visible link home');
    }
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow > 1) {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
        .slice(0, 3)
        .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">`);
      problems.push(`the page is ${overflow}px wider than the ${width}px screen (${wide.join(', ')})`);
    }
    // Each chart is drawn for a phone and for wider screens and CSS shows one: check the one shown.
    for (const svg of [...document.querySelectorAll('svg[role="img"]')].filter((s) => (s as SVGElement).checkVisibility?.() !== false)) {
      const box = svg.getBoundingClientRect();
      if (box.width < 50 || box.height < 10) problems.push(`chart ${svg.id || svg.getAttribute('aria-labelledby')} is ${box.width}×${box.height}px`);
      if (box.right > width + 1) problems.push(`chart ${svg.getAttribute('aria-labelledby')} is cut off at the right`);
      if (!svg.querySelector('title')?.textContent?.trim()) problems.push(`chart ${svg.getAttribute('aria-labelledby')} has no <title>`);
    }
    for (const img of document.querySelectorAll('img')) {
      if (!img.complete || img.naturalWidth === 0) problems.push(`image ${img.getAttribute('src')} did not load`);
      if (!img.hasAttribute('alt')) problems.push(`image ${img.getAttribute('src')} has no alt`);
    }
    return problems;
  }, width);
}

/** Opens every closed data table by its summary, as a reader would, and checks it shows. */
async function openTables(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const all = page.locator('details');
  const n = await all.count();
  for (let i = 0; i < n; i++) {
    const details = all.nth(i);
    if ((await details.getAttribute('open')) !== null || !(await details.isVisible())) continue;
    await details.locator('> summary').click({ timeout: 5_000 });
    if ((await details.getAttribute('open')) === null) problems.push(`<details> ${i + 1} did not open on click`);
  }
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('figure table, details table')].filter((t) => t.getBoundingClientRect().height === 0).length,
  );
  if (hidden) problems.push(`${hidden} table(s) still hidden after opening every <details>`);
  return problems;
}

for (const { pattern, url } of routes) describe(`${pattern} → ${url}`, () => {
  it('reads without JavaScript: heading, navigation, figures, tables, no sideways scrolling (390 and 1280 wide)', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { context, watch } = await watchedContext(browser(), baseUrl(), { javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      const res = await page.goto(baseUrl() + url, { waitUntil: 'load' });
      expect(res?.status(), `${url} HTTP status`).toBe(200);
      expect(await readable(page, viewport.width), `${url} at ${viewport.width}px`).toEqual([]);
      await screenshot(page, `${slug(url)}-${viewport.width}`);
      expect(await openTables(page), `${url} at ${viewport.width}px`).toEqual([]);
      expect(watch.foreign, 'requests to other origins').toEqual([]);
      expect(watch.failed, 'failed loads').toEqual([]);
      await context.close();
    }
  });

  it('runs with JavaScript without console errors, CSP violations or requests to other origins', async () => {
    const { context, watch } = await watchedContext(browser(), baseUrl(), { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(baseUrl() + url, { waitUntil: 'networkidle' });
    expect(await readable(page, DESKTOP.width)).toEqual([]);
    await context.close();
    expect(watch.errors, 'console errors (CSP violations appear here)').toEqual([]);
    expect(watch.foreign, 'requests to other origins').toEqual([]);
    expect(watch.failed, 'failed loads').toEqual([]);
  });
});

describe('an address that does not exist', () => {
  it('answers 404 with the site\'s own page: a heading, the navigation and a way home', async () => {
    const { context } = await watchedContext(browser(), baseUrl(), { javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl()}/cities/no-such-city/`);
    expect(res?.status()).toBe(404);
    expect(await readable(page, PHONE.width)).toEqual([]);
    await expect(page.locator('main a[href="/"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '404-390');
    await context.close();
  });
});
