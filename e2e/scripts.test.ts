/**
 * The site's own browser scripts, in Chromium: the PNG button under a chart
 * (src/scripts/figure-png.ts) draws the chart's SVG download at twice its size and saves
 * it, and the 复制 buttons (src/scripts/copy.ts) copy their text, or select it when the
 * clipboard is refused. Without JavaScript neither button exists (pages.test.ts reads the
 * pages with JavaScript off).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../src/site/articles/og';
import { browserForFile, DESKTOP, baseUrl, watchedContext } from './browser';

const PAGE = '/cities/shenyang/';

/** Opens every <details> (the 嵌入与下载 panels hold the buttons), as a reader clicking them would. */
const openPanels = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
const browser = browserForFile();

describe('the PNG button under a chart', () => {
  it('saves the chart as a PNG twice the size of its SVG, and shows it', async () => {
    const { context, watch } = await watchedContext(browser(), baseUrl(), { viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    await openPanels(page);
    const slot = page.locator('[data-png-svg]').first();
    const [svgPath, name] = await Promise.all([slot.getAttribute('data-png-svg'), slot.getAttribute('data-png-name')]);
    const svg = await (await fetch(`${baseUrl()}${svgPath}`)).text();
    const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
    const [download] = await Promise.all([page.waitForEvent('download'), slot.locator('button.png-button').click()]);
    expect(download.suggestedFilename()).toBe(`${name}.png`);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(pngSize(readFileSync(file))).toEqual({ width: Math.round(width! * 2), height: Math.round(height! * 2) });
    await expect.poll(() => slot.locator('.png-status').innerText()).toBe('已生成；手机上也可长按图片保存。');
    await expect(slot.locator('img.png-preview').getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });
});

describe('the 复制 buttons', () => {
  it('copy the text of their box and say so', async () => {
    const { context, watch } = await watchedContext(browser(), baseUrl(), { viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    await openPanels(page);
    const box = page.locator('.copy-box').first();
    const expected = await box.locator('pre').textContent();
    expect(expected?.length).toBeGreaterThan(0);
    await box.locator('button.copy-button').click();
    await expect.poll(() => box.locator('.copy-status').innerText()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('select the text instead when the clipboard is refused', async () => {
    const { context } = await watchedContext(browser(), baseUrl(), { viewport: DESKTOP });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    await openPanels(page);
    const box = page.locator('.copy-box').first();
    await box.locator('button.copy-button').click();
    await expect.poll(() => box.locator('.copy-status').innerText()).toBe('已选中，请按 Ctrl+C 或长按复制');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await box.locator('pre').textContent());
    await context.close();
  });
});
