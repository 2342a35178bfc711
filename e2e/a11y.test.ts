/**
 * Accessibility of every page type (one page per route of src/pages): axe-core with zero
 * violations (WCAG 2.2 A/AA and axe's best practices) at phone and desktop width with the
 * data tables open; the keyboard reaches every control in order with a visible focus ring;
 * chart text in SVG (which axe does not measure) reaches 4.5:1 contrast.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { representativePages } from '../test/build/site-scan';
import { browserForFile, DESKTOP, PHONE, baseUrl, outDir, watchedContext, type Viewport } from './browser';

const routes = representativePages(outDir());
const browser = browserForFile();

/** Tags axe runs: WCAG 2.0–2.2 levels A and AA, plus best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function open(viewport: Viewport, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context } = await watchedContext(browser(), baseUrl(), { viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(baseUrl() + url, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

/**
 * Page-level rules that do not apply to an embed (/embed/…): it is shown inside another
 * site's page, which provides the main landmark and the level-one heading. Every WCAG rule
 * still runs on embeds.
 */
const EMBED_EXEMPT_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

/** Axe's violations as readable lines: rule, impact, help, the first few offending elements. */
async function axe(page: Page): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (new URL(page.url()).pathname.startsWith('/embed/')) builder = builder.disableRules(EMBED_EXEMPT_RULES);
  const result = await builder.analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`).join('; ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} elements` : ''}`,
  );
}

for (const { pattern, url } of routes) {
  describe(`${pattern} → ${url}`, () => {
    it('has no axe violations at 390 and 1280 wide, with every data table open', async () => {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, close } = await open(viewport, url);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        const violations = await axe(page);
        await close();
        expect(violations, `${url} at ${viewport.width}px`).toEqual([]);
      }
    });

    it('lets the keyboard reach every control, in order, with a visible focus indicator', async () => {
      const { page, close } = await open(DESKTOP, url);
      const problems = await tabThrough(page);
      await close();
      expect(problems).toEqual([]);
    });

    it('draws chart text in SVG with at least 4.5:1 contrast against its background', async () => {
      const { page, close } = await open(DESKTOP, url);
      const problems = await svgTextContrast(page);
      await close();
      expect(problems).toEqual([]);
    });
  });
}

/**
 * Presses Tab until focus has passed every focusable element once; returns the controls it
 * never reached and the stops without a visible focus indicator or off the screen.
 */
async function tabThrough(page: Page): Promise<string[]> {
  // Start from the top of the document even if the page focuses a control on load (search).
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
  // Label every element the browser considers keyboard-focusable and visible.
  const expected: string[] = await page.evaluate(() => {
    const out: string[] = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      // Natural tab stops plus anything made focusable with tabindex="0".
      const natural = el.matches('a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]');
      if (!natural && !el.hasAttribute('tabindex')) continue;
      if (el.matches('summary') && el.parentElement?.firstElementChild !== el) continue;
      el.dataset.e2eFocus = String(n++);
      out.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return out;
  });
  const reached = new Set<number>();
  const problems: string[] = [];
  const order: number[] = [];
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const ring = outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
      // WCAG 1.4.11: the indicator needs 3:1 against what surrounds it.
      const rgb = (c: string) => (/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c) ?? []).slice(1).map(Number);
      const lum = (c: number[]) => c.slice(0, 3).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      let bg = [255, 255, 255];
      for (let e = el.parentElement; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c[3] === undefined || Number.isNaN(c[3]) || c[3] > 0)) {
          bg = c;
          break;
        }
      }
      const [hi, lo] = [lum(rgb(s.outlineColor)), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ringContrast = outline ? (hi + 0.05) / (lo + 0.05) : 21;
      const box = el.getBoundingClientRect();
      const onScreen = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
      return { id: el.dataset.e2eFocus, tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 30), ring, ringContrast, onScreen };
    });
    if (!stop) break;
    if (stop.id === undefined) {
      problems.push(`focus went to <${stop.tag}> "${stop.text}", which is not a visible control`);
      continue;
    }
    const id = Number(stop.id);
    if (reached.has(id)) break; // wrapped around
    reached.add(id);
    order.push(id);
    if (!stop.ring) problems.push(`no visible focus indicator on <${stop.tag}> "${stop.text}"`);
    else if (stop.ringContrast < 3) problems.push(`focus indicator on <${stop.tag}> "${stop.text}" has ${stop.ringContrast.toFixed(2)}:1 contrast (needs 3:1)`);
    if (!stop.onScreen) problems.push(`<${stop.tag}> "${stop.text}" is focused but off the screen`);
  }
  expected.forEach((label, id) => {
    if (!reached.has(id)) problems.push(`Tab never reaches ${label}`);
  });
  // Source order = visual reading order here: no positive tabindex jumps.
  if (order.some((id, i) => i > 0 && id < order[i - 1]!)) problems.push(`Tab order is not document order: ${order.join(',')}`);
  if (expected.length === 0) problems.push('no focusable control found at all');
  return problems;
}

/** Every visible SVG <text>: its fill against the background behind the chart. */
async function svgTextContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }).reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element): number[] => {
      for (let e: Element | null = el.closest('svg')?.parentElement ?? null; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return c;
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (!t.textContent?.trim() || t.getBBox().width === 0) continue;
      const s = getComputedStyle(t);
      const fill = parse(s.fill);
      if (!fill) continue; // gradients/patterns: none on this site
      const alpha = fill[3] * Number(s.fillOpacity || 1) * Number(s.opacity || 1);
      const bg = background(t);
      const mixed = fill.slice(0, 3).map((v, i) => v * alpha + bg[i]! * (1 - alpha));
      const [hi, lo] = [lum(mixed), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) problems.push(`"${t.textContent.trim()}" in ${t.closest('svg')?.getAttribute('aria-labelledby')}: ${s.fill} is ${ratio.toFixed(2)}:1`);
    }
    return problems;
  });
}
