/**
 * The strict Content-Security-Policy holds for every file of the built site, and nothing
 * makes a reader's browser talk to another origin. Rules and their reasons:
 * docs/decisions/0006-csp-and-no-third-party-requests.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './build-site';
import { SITE_ORIGIN } from './site-origin';
import { parseCsp, strictnessProblem } from './csp';
import { attr, elements, htmlUrls, isExternal, loadPage, refsOfHtml, refsOfSvg, textOf, urlsOfCss, type Page } from './site-scan';
import { built } from './sites';

const out = await built('fixture');
const abs = (rel: string) => path.resolve(ROOT, out, rel);
let pages: Page[];
let files: string[];

/** JS files some page or script names (by file name: Pagefind loads its files by computed URL). */
const loadedJs = new Set<string>();

beforeAll(() => {
  files = listFiles(abs('.'));
  pages = htmlUrls(out).map((u) => loadPage(out, u));
  const js = files.filter((f) => /\.m?js$/.test(f));
  const texts = [...pages.map((p) => p.html), ...js.map((f) => readFileSync(abs(f), 'utf8'))];
  for (const f of js) if (texts.some((t) => t.includes(path.basename(f)) && t !== readFileSync(abs(f), 'utf8'))) loadedJs.add(f);
});

/**
 * URLs that name things rather than locate them: XML namespaces, the schema.org vocabulary of
 * JSON-LD, licence identifiers. No browser requests them; they may appear in data and metadata
 * files (never in HTML attributes, CSS or JavaScript requests).
 */
const IDENTIFIER_URLS = [
  /^https?:\/\/www\.w3\.org\//,
  /^https?:\/\/www\.sitemaps\.org\/schemas\//,
  /^https?:\/\/www\.google\.com\/schemas\/sitemap-/,
  /^https?:\/\/purl\.org\//,
  /^https?:\/\/schema\.org\/?/,
  /^https?:\/\/creativecommons\.org\/(licenses|publicdomain)\//,
];
const isIdentifier = (url: string) => IDENTIFIER_URLS.some((re) => re.test(url));
const HTTP_URL = /(?:https?:)?\/\/[A-Za-z0-9.-]+(?::\d+)?[^\s"'<>()\\]*/g;

/**
 * URLs in JavaScript that cannot be requests to a third party (decision 0002): namespace names
 * for createElementNS, hosts that can never be a third party (reserved example/test names,
 * dotless names such as the dummy base of `new URL(path, "https://p")`), and attributions
 * written as `Name <https://…>` inside a string (Pagefind's translator credits).
 */
function nonRequestInJs(url: string, before: string | undefined, after: string | undefined): boolean {
  if (/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)/.test(url)) return true;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  if (!host.includes('.') || /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/.test(host)) return true;
  return before === '<' && after === '>';
}

/** The problems of a list, one per line, for readable failures. */
/** The problems `check` finds in any element of any page; `where` is file:line. */
function elementProblems(check: (el: ReturnType<typeof elements> extends Iterable<infer E> ? E : never, where: string, problems: string[]) => void): string[] {
  const problems: string[] = [];
  for (const p of pages) for (const el of elements(p.doc)) check(el, `${p.file}:${el.sourceCodeLocation?.startLine}`, problems);
  return problems;
}

const report = (problems: string[]) => `${problems.length} problem(s):\n${problems.slice(0, 40).join('\n')}`;

describe('every HTML page satisfies the CSP without unsafe-inline', () => {
  it('has no inline <script> (only <script src> on this origin, or JSON-LD data that parses)', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const el of elements(p.doc)) {
        if (el.tagName !== 'script') continue;
        const where = `${p.file}:${el.sourceCodeLocation?.startLine}`;
        const type = (attr(el, 'type') ?? '').trim().toLowerCase();
        const src = attr(el, 'src');
        if (type === 'application/ld+json') {
          // Browsers never execute JSON-LD, so the CSP does not apply; it must still be data only.
          try {
            JSON.parse(textOf(el));
          } catch {
            problems.push(`${where}: JSON-LD that is not valid JSON (escaping broken?)`);
          }
          continue;
        }
        if (src === undefined) problems.push(`${where}: inline <script${type ? ` type="${type}"` : ''}> (the CSP blocks it; put it in a component <script> so Astro bundles it)`);
        else if (isExternal(src, SITE_ORIGIN)) problems.push(`${where}: <script src="${src}"> from another origin`);
        else if (textOf(el).trim()) problems.push(`${where}: <script src> with inline content`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('has no <style> element and no style="…" attribute (style-src \'self\' blocks both)', () => {
    const problems = elementProblems((el, where, problems) => {
      if (el.tagName === 'style') problems.push(`${where}: inline <style> block (astro.config must keep inlineStylesheets: 'never')`);
      if (attr(el, 'style') !== undefined) problems.push(`${where}: <${el.tagName} style="${attr(el, 'style')}"> (use a class)`);
    });
    expect(problems, report(problems)).toEqual([]);
  });

  it('has no on*="…" event handler attributes and no javascript: URLs', () => {
    const problems = elementProblems((el, where, problems) => {
      for (const a of el.attrs) if (/^on[a-z]/i.test(a.name)) problems.push(`${where}: <${el.tagName} ${a.name}="…">`);
    });
    for (const p of pages) {
      for (const r of refsOfHtml(p.doc)) {
        if (/^\s*javascript:/i.test(r.url)) problems.push(`${p.file}:${r.line}: ${r.via}="${r.url}"`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('carries the strict CSP as the first thing in <head>, before any stylesheet or script', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const head = [...elements(p.doc)].find((e) => e.tagName === 'head');
      const metas = head ? [...elements(head)].filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy') : [];
      if (metas.length !== 1) {
        problems.push(`${p.file}: ${metas.length} CSP meta elements`);
        continue;
      }
      const before = [...elements(head!)].findIndex((e) => e === metas[0]);
      const firstLoad = [...elements(head!)].findIndex((e) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && /stylesheet|modulepreload|preload/.test(attr(e, 'rel') ?? '')));
      if (firstLoad !== -1 && firstLoad < before) problems.push(`${p.file}: a stylesheet or script comes before the CSP meta`);
      const policy = parseCsp(attr(metas[0]!, 'content') ?? '');
      const why = strictnessProblem(policy);
      if (why) problems.push(`${p.file}: ${why}`);
    }
    expect(problems, report(problems)).toEqual([]);
  });
});

describe('no third-party request of any kind, no external URL', () => {
  it('no HTML attribute refers to another origin (href, src, srcset, url(), link-preview images)', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const r of refsOfHtml(p.doc)) {
        if (isExternal(r.url, SITE_ORIGIN)) problems.push(`${p.file}:${r.line}: ${r.via}="${r.url}"`);
      }
      // JSON-LD is data: only this origin and identifiers (schema.org, licences).
      for (const el of elements(p.doc)) {
        if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
          for (const u of textOf(el).match(HTTP_URL) ?? []) {
            if (isExternal(u, SITE_ORIGIN) && !isIdentifier(u)) problems.push(`${p.file}: JSON-LD refers to ${u}`);
          }
        }
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('no CSS url() or @import, no SVG href and no JavaScript string points at another origin', () => {
    const problems: string[] = [];
    for (const f of files) {
      const ext = path.extname(f);
      if (ext === '.css') {
        for (const u of urlsOfCss(readFileSync(abs(f), 'utf8'))) if (isExternal(u, SITE_ORIGIN)) problems.push(`${f}: url(${u})`);
      } else if (ext === '.svg') {
        for (const r of refsOfSvg(readFileSync(abs(f), 'utf8'))) if (isExternal(r.url, SITE_ORIGIN)) problems.push(`${f}: ${r.via}="${r.url}"`);
      } else if (ext === '.js' || ext === '.mjs') {
        // A script no page loads still ships: remove it from the build rather than allow it.
        const js = readFileSync(abs(f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' '); // licence banners
        // A template expression (`${…}`) ends the literal part of a URL.
        for (const m of js.matchAll(/https?:\/\/[A-Za-z0-9.-]+[^\s"'`<>()\\${}]*/g)) {
          const u = m[0];
          if (!isExternal(u, SITE_ORIGIN) || nonRequestInJs(u, js[m.index - 1], js[m.index + u.length])) continue;
          problems.push(`${f}: "${u}"${loadedJs.has(f) ? '' : ' (no page loads this file: delete it in the post-build step that writes it)'}`);
        }
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('data and metadata files (xml, json, csv, txt, webmanifest) name no other origin than identifiers', () => {
    const problems: string[] = [];
    for (const f of files.filter((f) => /\.(xml|rss|atom|json|csv|txt|webmanifest)$/.test(f))) {
      let body = readFileSync(abs(f), 'utf8');
      // XML namespace declarations are names; everything else in a feed may be rendered by a reader.
      if (f.endsWith('.xml')) body = body.replace(/\sxmlns(:[\w-]+)?="[^"]*"/g, '');
      for (const u of body.match(HTTP_URL) ?? []) {
        if (u.startsWith('//') && !/^\/\/[A-Za-z0-9-]+\.[A-Za-z]/.test(u)) continue; // not a protocol-relative URL
        if (isExternal(u, SITE_ORIGIN) && !isIdentifier(u)) problems.push(`${f}: ${u}`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  it('ships no font, script or stylesheet file that a page would have to fetch from elsewhere', () => {
    // Fonts are the reader's system CJK fonts: a web font would be megabytes on a phone.
    const fonts = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
    expect(fonts).toEqual([]);
  });
});
