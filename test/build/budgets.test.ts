/**
 * Weight budgets, on every build, for every page (sizes gzipped as served, at the level of the build's .gz copies):
 * a city page's HTML + CSS + JS ≤ 50 KB; JavaScript on any page outside /search/
 * ≤ 15 KB; and no JavaScript needed to read a figure: every chart is in the HTML as
 * served, with its text alternative and its table. OG images, downloads and other
 * files a page does not load are not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { GZIP_LEVEL } from '../../scripts/post-build/compress.mjs';
import { SITE_ORIGIN } from './site-origin';
import { attr, elements, htmlUrls, internalPath, loadPage, pageRoutes, routeOfUrl, textOf, urlToFile, type Page } from './site-scan';
import { built } from './sites';

const out = await built('fixture');
const KB = 1024;
/** The budgets (gzipped bytes). */
export const BUDGET = { cityPage: 50 * KB, js: 15 * KB } as const;

const gz = new Map<string, number>();
/** Gzipped size of a built file (cached: CSS and JS are shared by many pages). */
function gzSize(file: string): number {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(path.resolve(ROOT, out, file)), { level: GZIP_LEVEL as number }).length;
    gz.set(file, n);
  }
  return n;
}

/** A JS file and every module it imports, transitively (Vite emits relative `./chunk.js` imports). */
function jsClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const js = readFileSync(path.resolve(ROOT, out, file), 'utf8');
  for (const m of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+|\/[^"'/][^"']*)["']/g)) {
    const target = internalPath(m[1]!, `/${file.split(path.sep).join('/')}`, SITE_ORIGIN);
    if (target) jsClosure(urlToFile(target), seen);
  }
  return seen;
}

interface Weight {
  url: string;
  route: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** What a page costs to load: the HTML, its stylesheets, its scripts and their imports. */
function weigh(p: Page): Weight {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const el of elements(p.doc)) {
    const rel = attr(el, 'rel') ?? '';
    const href = el.tagName === 'link' ? attr(el, 'href') : undefined;
    const src = el.tagName === 'script' ? attr(el, 'src') : undefined;
    if (href && /\bstylesheet\b/.test(rel)) {
      const t = internalPath(href, p.url, SITE_ORIGIN);
      if (t) css.add(urlToFile(t));
    }
    const script = src ?? (href && /\bmodulepreload\b/.test(rel) ? href : undefined);
    if (script) {
      const t = internalPath(script, p.url, SITE_ORIGIN);
      if (t) for (const f of jsClosure(urlToFile(t))) js.add(f);
    }
  }
  const sum = (s: Set<string>) => [...s].reduce((n, f) => n + gzSize(f), 0);
  const html = gzSize(p.file);
  const w = { url: p.url, route: '', html, css: sum(css), js: sum(js), total: 0 };
  w.total = w.html + w.css + w.js;
  return w;
}

let pages: Page[];
let weights: Weight[];

beforeAll(() => {
  const routes = pageRoutes();
  pages = htmlUrls(out).map((u) => loadPage(out, u));
  weights = pages.map((p) => ({ ...weigh(p), route: routeOfUrl(routes, p.url)?.pattern ?? p.url }));
  // The measured weights, heaviest page of each route, for the build log and the report.
  const heaviest = new Map<string, Weight>();
  for (const w of weights) if (!heaviest.has(w.route) || heaviest.get(w.route)!.total < w.total) heaviest.set(w.route, w);
  const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
  console.log(
    ['gzipped KB, heaviest page per route:   HTML    CSS     JS  total', ...[...heaviest.values()].map((w) => `${w.route.padEnd(28)} ${w.url.padEnd(24).slice(0, 24)}${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.total)}`)].join('\n'),
  );
});

describe('page weight budgets (gzipped)', () => {
  it('a city page\'s HTML + CSS + JS stays within 50 KB', () => {
    const cities = weights.filter((w) => /^\/cities\/[^/]+\//.test(w.url));
    expect(cities.length).toBeGreaterThan(0);
    const over = cities.filter((w) => w.total > BUDGET.cityPage).map((w) => `${w.url}: ${(w.total / KB).toFixed(1)} KB (HTML ${(w.html / KB).toFixed(1)}, CSS ${(w.css / KB).toFixed(1)}, JS ${(w.js / KB).toFixed(1)})`);
    expect(over).toEqual([]);
  });

  it('no page outside /search/ loads more than 15 KB of JavaScript', () => {
    const over = weights.filter((w) => !w.url.startsWith('/search/') && w.js > BUDGET.js).map((w) => `${w.url}: ${(w.js / KB).toFixed(1)} KB of JS`);
    expect(over).toEqual([]);
  });
});

describe('no JavaScript needed to read any figure', () => {
  it('every chart is in the HTML as served, with a title and a text description (other SVG images at least a name)', () => {
    const problems: string[] = [];
    let charts = 0;
    for (const p of pages) {
      for (const svg of [...elements(p.doc)].filter((e) => e.tagName === 'svg' && attr(e, 'role') === 'img')) {
        const kids = [...elements(svg)];
        const title = kids.find((e) => e.tagName === 'title');
        const desc = kids.find((e) => e.tagName === 'desc');
        const where = `${p.file}:${svg.sourceCodeLocation?.startLine}`;
        if ((!title || !textOf(title).trim()) && !attr(svg, 'aria-label')?.trim()) problems.push(`${where}: SVG image without <title> or aria-label`);
        // Charts (src/charts always sets class="chart") carry data, so they need the description too.
        if (!(attr(svg, 'class') ?? '').split(/\s+/).includes('chart')) continue;
        charts++;
        if (!title || !textOf(title).trim()) problems.push(`${where}: chart without <title>`);
        if (!desc || !textOf(desc).trim()) problems.push(`${where}: chart without <desc>`);
        if (!kids.some((e) => ['path', 'rect', 'line', 'circle', 'polyline', 'text'].includes(e.tagName))) problems.push(`${where}: empty chart (drawn by a script?)`);
      }
    }
    expect(charts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('every figure with a chart carries the table of its numbers in the HTML', () => {
    const problems: string[] = [];
    let charts = 0;
    for (const p of pages) {
      for (const fig of [...elements(p.doc)].filter((e) => e.tagName === 'figure')) {
        const inside = [...elements(fig)];
        if (!inside.some((e) => e.tagName === 'svg' && (attr(e, 'class') ?? '').split(/\s+/).includes('chart'))) continue;
        charts++;
        const rows = inside.filter((e) => e.tagName === 'tr' && [...elements(e)].some((c) => c.tagName === 'td'));
        if (rows.length === 0) problems.push(`${p.file}: figure ${attr(fig, 'id') ?? ''} has a chart but no table rows`);
      }
    }
    expect(charts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('no page waits for a script to show content (no empty containers filled at run time)', () => {
    // Elements that client scripts fill are recognisable: a data attribute naming a chart or
    // table with nothing inside, or <noscript> apologising that JavaScript is needed.
    const problems: string[] = [];
    for (const p of pages) {
      for (const el of elements(p.doc)) {
        const dataAttrs = el.attrs.filter((a) => /^data-(chart|figure|table|plot)/.test(a.name));
        if (dataAttrs.length && el.childNodes.length === 0) problems.push(`${p.file}: empty <${el.tagName} ${dataAttrs[0]!.name}>`);
        if (el.tagName === 'noscript' && /javascript|脚本/i.test(textOf(el))) problems.push(`${p.file}: <noscript> says the page needs JavaScript`);
      }
    }
    expect(problems).toEqual([]);
  });
});
