/**
 * The whole built site, every file: each internal link, image, stylesheet, script and
 * CSS/SVG url() resolves to a file of the build (and each #fragment to an id on the
 * target page), and each page has what a search engine, a link preview and a screen
 * reader need: title, description, canonical URL, lang.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './build-site';
import { SITE_ORIGIN } from './site-origin';
import { built } from './sites';
import {
  attr,
  elements,
  fileToUrl,
  htmlUrls,
  internalPath,
  loadPage,
  refsOfHtml,
  refsOfSvg,
  textOf,
  urlToFile,
  urlsOfCss,
  type Page,
} from './site-scan';

const out = await built('fixture');
const abs = (rel: string) => path.resolve(ROOT, out, rel);
let pages: Page[];
let files: string[];
const idCache = new Map<string, Set<string>>();

beforeAll(() => {
  files = listFiles(abs('.'));
  pages = htmlUrls(out).map((u) => loadPage(out, u));
  for (const p of pages) idCache.set(p.file, idsOf(p));
});

function idsOf(p: Page): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(p.doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
  }
  return ids;
}

/** Why an internal path does not resolve, or null when it does. */
function broken(target: string): string | null {
  const [p, fragment] = target.split('#') as [string, string | undefined];
  const file = urlToFile(p);
  if (p.endsWith('/')) {
    if (!existsSync(abs(file))) return `no file ${file}`;
  } else {
    if (!existsSync(abs(file))) return `no file ${file}`;
    // trailingSlash: 'always' — a folder link without its slash only works through a redirect.
    if (statSync(abs(file)).isDirectory()) return `${p} is a folder: link to ${p}/`;
  }
  if (fragment && file.endsWith('.html')) {
    let ids = idCache.get(file);
    if (!ids) {
      ids = idsOf(loadPage(out, p));
      idCache.set(file, ids);
    }
    const id = decodeURIComponent(fragment);
    if (id !== '' && id !== 'top' && !ids.has(id)) return `no element with id="${id}" on ${p}`;
  }
  return null;
}

/** A page that asks search engines not to index it. */
function isNoindex(p: Page): boolean {
  return [...elements(p.doc)].some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/.test(attr(e, 'content') ?? ''));
}

/** A page that only sends the reader on (`<meta http-equiv="refresh">`), such as a stable year address. */
function isRedirect(p: Page): boolean {
  return [...elements(p.doc)].some((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'refresh');
}

describe('internal links of the built site', () => {
  it('builds more than a handful of pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('every href/src/srcset/url() of every HTML page resolves to a file, and every #fragment to an id', () => {
    // Grouped by target: a broken nav link is one problem, not one per page.
    const problems = new Map<string, string[]>();
    let checked = 0;
    for (const p of pages) {
      for (const r of refsOfHtml(p.doc)) {
        const target = internalPath(r.url, p.url, SITE_ORIGIN);
        if (target === null) continue;
        checked++;
        const why = broken(target);
        if (!why) continue;
        const key = `${r.via}="${r.url}" — ${why}`;
        problems.set(key, [...(problems.get(key) ?? []), `${p.file}:${r.line ?? '?'}`]);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    const report = [...problems].map(([k, where]) => `${k} (on ${where.length} page(s): ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''})`);
    expect(report, `${report.length} broken internal link(s):\n${report.join('\n')}`).toEqual([]);
  });

  it('every url() and @import in the built CSS resolves', () => {
    const problems: string[] = [];
    for (const f of files.filter((f) => f.endsWith('.css'))) {
      for (const u of urlsOfCss(readFileSync(abs(f), 'utf8'))) {
        const target = internalPath(u, fileToUrl(f), SITE_ORIGIN);
        const why = target && broken(target);
        if (why) problems.push(`${f}: url(${u}) — ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every href and url() inside the built SVG files resolves', () => {
    const problems: string[] = [];
    for (const f of files.filter((f) => f.endsWith('.svg'))) {
      for (const r of refsOfSvg(readFileSync(abs(f), 'utf8'))) {
        if (r.url.startsWith('#')) continue; // same-document references (gradients, clip paths)
        const target = internalPath(r.url, fileToUrl(f), SITE_ORIGIN);
        const why = target && broken(target);
        if (why) problems.push(`${f}: ${r.via}="${r.url}" — ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every relative import of the built JavaScript resolves', () => {
    const problems: string[] = [];
    for (const f of files.filter((f) => /\.m?js$/.test(f))) {
      const js = readFileSync(abs(f), 'utf8');
      for (const m of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+|\/[^"'/][^"']*)["']/g)) {
        const target = internalPath(m[1]!, fileToUrl(f), SITE_ORIGIN);
        const why = target && broken(target);
        if (why) problems.push(`${f}: import "${m[1]}" — ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every <loc> and <link> of the sitemaps and feeds is a page of this build', () => {
    const problems: string[] = [];
    const xml = files.filter((f) => f.endsWith('.xml'));
    expect(xml.length, 'the build writes a sitemap').toBeGreaterThan(0);
    for (const f of xml) {
      const body = readFileSync(abs(f), 'utf8');
      for (const m of body.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g)) {
        const url = m[2]!.replace(/&amp;/g, '&');
        const target = internalPath(url, '/', SITE_ORIGIN);
        if (target === null) problems.push(`${f}: <${m[1]}>${url} is not on ${SITE_ORIGIN}`);
        else {
          const why = broken(target);
          if (why) problems.push(`${f}: <${m[1]}>${url} — ${why}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('what every page declares', () => {
  const each = (check: (p: Page) => string | null) => {
    const problems = pages.map((p) => [p.file, check(p)] as const).filter(([, why]) => why);
    return problems.map(([f, why]) => `${f}: ${why}`);
  };
  const head = (p: Page) => [...elements(p.doc)].filter((e) => e.tagName !== 'html');
  const find = (p: Page, pred: (e: ReturnType<typeof head>[number]) => boolean) => head(p).find(pred);

  it('has <html lang="zh-CN"> (lang="en" in the English edition under /en/)', () => {
    expect(each((p) => {
      const html = [...elements(p.doc)].find((e) => e.tagName === 'html');
      const lang = p.url.startsWith('/en/') ? 'en' : 'zh-CN';
      return html && attr(html, 'lang') === lang ? null : `lang is ${html ? attr(html, 'lang') : 'missing'}`;
    })).toEqual([]);
  });

  it('has a non-empty <title>', () => {
    expect(each((p) => {
      const t = find(p, (e) => e.tagName === 'title');
      return t && textOf(t).trim().length > 0 ? null : 'no <title>';
    })).toEqual([]);
  });

  it('has a meta description of a sentence or more, distinct from the title (redirect pages excepted)', () => {
    expect(each((p) => {
      if (isRedirect(p)) return null;
      const d = find(p, (e) => e.tagName === 'meta' && attr(e, 'name') === 'description');
      const content = d ? attr(d, 'content')?.trim() ?? '' : '';
      if (content.length < 10) return `meta description "${content}" is missing or too short`;
      const t = find(p, (e) => e.tagName === 'title');
      return t && textOf(t).trim() === content ? 'meta description only repeats the title' : null;
    })).toEqual([]);
  });

  it('has one absolute canonical URL on the site origin; indexable pages point at themselves', () => {
    expect(each((p) => {
      const links = head(p).filter((e) => e.tagName === 'link' && attr(e, 'rel')?.split(/\s+/).includes('canonical'));
      const noindex = isNoindex(p);
      // A page kept out of search engines (404, embeds) may name the page it stands for, or none.
      if (noindex && links.length === 0) return null;
      if (links.length !== 1) return `${links.length} canonical links`;
      const href = attr(links[0]!, 'href') ?? '';
      let u: URL;
      try {
        u = new URL(href);
      } catch {
        return `canonical "${href}" is not an absolute URL`;
      }
      if (u.origin !== SITE_ORIGIN) return `canonical ${href} is not on ${SITE_ORIGIN}`;
      if (!noindex && u.pathname !== p.url) return `canonical ${href} is not this page (${p.url})`;
      return null;
    })).toEqual([]);
  });

  it('declares utf-8 and a viewport', () => {
    expect(each((p) => {
      const charset = find(p, (e) => e.tagName === 'meta' && attr(e, 'charset')?.toLowerCase() === 'utf-8');
      const viewport = find(p, (e) => e.tagName === 'meta' && attr(e, 'name') === 'viewport');
      return charset && viewport ? null : `missing ${charset ? '' : 'meta charset '}${viewport ? '' : 'meta viewport'}`;
    })).toEqual([]);
  });

  it('uses every id once (fragments and aria references need unique ids)', () => {
    expect(each((p) => {
      const seen = new Map<string, number>();
      for (const el of elements(p.doc)) {
        const id = attr(el, 'id');
        if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      const dup = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
      return dup.length ? `duplicate ids: ${dup.join(', ')}` : null;
    })).toEqual([]);
  });

  it('refers only to ids that exist (aria-labelledby, aria-describedby, aria-controls, for, headers)', () => {
    expect(each((p) => {
      const ids = idCache.get(p.file)!;
      const missing: string[] = [];
      for (const el of elements(p.doc)) {
        for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers']) {
          for (const id of (attr(el, name) ?? '').split(/\s+/).filter(Boolean)) {
            if (!ids.has(id)) missing.push(`${el.tagName}[${name}] → #${id}`);
          }
        }
      }
      return missing.length ? missing.join(', ') : null;
    })).toEqual([]);
  });

  it('parses as HTML without errors (WHATWG parser)', () => {
    expect(each((p) => (p.errors.length ? p.errors.slice(0, 5).join('; ') : null))).toEqual([]);
  });

  it('has every built file reachable from some page, sitemap or other file (no orphans among pages)', () => {
    // Pages nobody links to are invisible to readers; hashed assets and data files are checked above.
    const linked = new Set<string>();
    for (const p of pages) {
      for (const r of refsOfHtml(p.doc)) {
        const t = internalPath(r.url, p.url, SITE_ORIGIN);
        if (t) linked.add(urlToFile(t.split('#')[0]!));
      }
    }
    for (const f of files.filter((f) => f.endsWith('.xml'))) {
      for (const m of readFileSync(abs(f), 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
        const t = internalPath(m[1]!, '/', SITE_ORIGIN);
        if (t) linked.add(urlToFile(t));
      }
    }
    // Pages kept out of search engines (embeds, error pages) are reached from outside by design.
    const orphans = pages.filter((p) => !isNoindex(p) && !linked.has(p.file) && p.file !== 'index.html' && p.file !== '404.html').map((p) => p.file);
    expect(orphans, `pages no page links to: ${orphans.join(', ')}`).toEqual([]);
  });
});
