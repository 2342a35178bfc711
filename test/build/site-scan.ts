/**
 * Reads a built site the way a browser would: HTML parsed by parse5 (the WHATWG
 * parser), every URL a page, stylesheet or SVG refers to, and the route each page
 * belongs to. Shared by the build tests (links, security, budgets) and e2e/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { ROOT, listFiles } from './build-site';

type Node = DefaultTreeAdapterMap['node'];
/** A parsed element. */
export type Element = DefaultTreeAdapterMap['element'];
/** A parsed document. */
export type Document = DefaultTreeAdapterMap['document'];

/** A built HTML page: its file (relative to the build), its URL path and its parsed tree. */
export interface Page {
  file: string;
  url: string;
  html: string;
  doc: Document;
  /** Parse errors the WHATWG parser reported (as `code at line:col`). */
  errors: string[];
}

/** Every HTML file of a build as a URL path (`cities/a/index.html` → `/cities/a/`, `404.html` → `/404.html`). */
export function htmlUrls(outDir: string): string[] {
  return listFiles(path.resolve(ROOT, outDir))
    .filter((f) => f.endsWith('.html'))
    .map(fileToUrl);
}

/** The URL path a built file is served at. */
export function fileToUrl(file: string): string {
  const posix = file.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Reads and parses one built page. */
export function loadPage(outDir: string, url: string): Page {
  const file = urlToFile(url);
  const html = readFileSync(path.resolve(ROOT, outDir, file), 'utf8');
  const errors: string[] = [];
  const doc = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e: ParserError) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`),
  });
  return { file, url, html, doc, errors };
}

/** The file a URL path maps to in a `format: 'directory'` build (no existence check). */
export function urlToFile(url: string): string {
  const p = decodeURIComponent(url.split(/[?#]/)[0]!);
  return (p.endsWith('/') ? `${p}index.html` : p).replace(/^\//, '');
}

/** Every element under a node, in document order (descends into <template> content too). */
export function* elements(node: Node): Generator<Element> {
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const child of kids) {
    if ('tagName' in child) {
      yield child;
      if (child.tagName === 'template' && 'content' in child) yield* elements(child.content as Node);
    }
    yield* elements(child);
  }
}

/** An attribute's value, or undefined (`xlink:href` is matched by its qualified name). */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

/** The concatenated text of a node (as textContent). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  const kids = 'childNodes' in node ? node.childNodes : [];
  return kids.map(textOf).join('');
}

/** Where a reference comes from and what it points at. */
export interface Ref {
  /** e.g. `a[href]`, `img[srcset]`, `style url()`, `meta[content]`. */
  via: string;
  url: string;
  line?: number;
}

/** Attributes whose value is a URL (or, for srcset, a list of them). */
const URL_ATTRS: Record<string, string[]> = {
  '*': ['href', 'src', 'xlink:href', 'poster', 'action', 'formaction', 'data', 'cite', 'background', 'manifest', 'ping'],
  img: ['srcset'],
  source: ['srcset'],
};

/** Every URL an HTML page refers to (attributes, srcset, url() in <style>/style=, og:/twitter: image meta). */
export function refsOfHtml(doc: Document): Ref[] {
  const refs: Ref[] = [];
  for (const el of elements(doc)) {
    const line = el.sourceCodeLocation?.startLine;
    const names = [...URL_ATTRS['*']!, ...(URL_ATTRS[el.tagName] ?? [])];
    for (const a of el.attrs) {
      const qname = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (!names.includes(qname)) continue;
      // <html xmlns>, <svg xmlns> and <a ping> lists are not navigations; `data` only on <object>.
      if (qname === 'data' && el.tagName !== 'object') continue;
      if (qname === 'srcset') {
        for (const u of parseSrcset(a.value)) refs.push({ via: `${el.tagName}[srcset]`, url: u, line });
      } else if (qname === 'ping') {
        for (const u of a.value.split(/\s+/).filter(Boolean)) refs.push({ via: `${el.tagName}[ping]`, url: u, line });
      } else {
        refs.push({ via: `${el.tagName}[${qname}]`, url: a.value.trim(), line });
      }
    }
    const style = attr(el, 'style');
    if (style) for (const u of urlsOfCss(style)) refs.push({ via: `${el.tagName}[style] url()`, url: u, line });
    if (el.tagName === 'style') for (const u of urlsOfCss(textOf(el))) refs.push({ via: 'style url()', url: u, line });
    if (el.tagName === 'meta') {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? '';
      const content = attr(el, 'content');
      // Link previews fetch these; other meta contents are not URLs.
      if (content && /^(og:(image|url|video|audio)(:url|:secure_url)?|twitter:(image|url|player))$/.test(key)) {
        refs.push({ via: `meta[${key}]`, url: content.trim(), line });
      }
    }
  }
  return refs;
}

/** The URLs of a srcset attribute. */
export function parseSrcset(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The URLs of `url(…)` and `@import "…"` in CSS. */
export function urlsOfCss(css: string): string[] {
  const out: string[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of noComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) out.push((m[1] ?? m[2] ?? '').trim());
  return out.filter(Boolean);
}

/** The URLs an SVG file refers to (href, xlink:href, src, url() in attributes and <style>). */
export function refsOfSvg(svg: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of svg.matchAll(/\s((?:xlink:)?href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    refs.push({ via: `svg [${m[1]}]`, url: (m[2] ?? m[3] ?? '').trim() });
  }
  for (const u of urlsOfCss(svg)) refs.push({ via: 'svg url()', url: u });
  return refs;
}

/** A URL that points into the site (relative, root-relative or on the site's own origin), as a path; else null. */
export function internalPath(url: string, base: string, siteOrigin: string): string | null {
  if (/^(data|mailto|tel|javascript|blob|about):/i.test(url)) return null;
  if (url.startsWith('#')) return base.split('#')[0] + url;
  let u: URL;
  try {
    u = new URL(url, new URL(base, siteOrigin));
  } catch {
    return null;
  }
  if (u.origin !== siteOrigin) return null;
  return u.pathname + u.hash;
}

/** A URL that would make the browser or a reader leave the site's origin (http(s) or protocol-relative). */
export function isExternal(url: string, siteOrigin: string): boolean {
  const t = url.trim();
  if (!/^(https?:)?\/\//i.test(t)) return false;
  try {
    return new URL(t, siteOrigin).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** A route of src/pages: its pattern (`/cities/[id]/`) and a matcher for URL paths. */
export interface Route {
  pattern: string;
  /** Source file, relative to src/pages. */
  source: string;
  /** Static segments outrank parameters, which outrank rest parameters (as Astro orders routes). */
  rank: number[];
  test(url: string): boolean;
}

/**
 * The page routes declared under src/pages (.astro, .md, .mdx, .html; endpoints such as
 * `monthly.csv.ts` are not pages). New page types appear here without any test change.
 */
export function pageRoutes(pagesDir = path.join(ROOT, 'src/pages')): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (/\.(astro|mdx?|html)$/.test(ent.name) && !ent.name.startsWith('_')) routes.push(routeOf(path.relative(pagesDir, p)));
    }
  };
  walk(pagesDir);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

function routeOf(source: string): Route {
  const segs = source.split(path.sep).join('/').replace(/\.(astro|mdx?|html)$/, '').split('/');
  if (segs.at(-1) === 'index') segs.pop();
  // format: 'directory' writes every page as <path>/index.html, except 404 and 500.
  const isErrorPage = segs.length === 1 && /^(404|500)$/.test(segs[0]!);
  const pattern = isErrorPage ? `/${segs[0]}.html` : `/${segs.map((s) => `${s}/`).join('')}`;
  const parts = segs.map((s) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(s)) return { re: '(?:[^/]+/)*', rank: 2 };
    if (/\[[^\]]+\]/.test(s)) return { re: `${s.split(/\[[^\]]+\]/).map(escapeRe).join('[^/]+')}/`, rank: 1 };
    return { re: `${escapeRe(s)}/`, rank: 0 };
  });
  const re = isErrorPage ? new RegExp(`^/${segs[0]}\\.html$`) : new RegExp(`^/${parts.map((p) => p.re).join('')}$`);
  return { pattern, source, rank: parts.map((p) => p.rank), test: (url) => re.test(url) };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The route a built page comes from: the most specific matching route (or null for a page no route declares). */
export function routeOfUrl(routes: Route[], url: string): Route | null {
  const matching = routes.filter((r) => r.test(url));
  matching.sort((a, b) => {
    for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
      const d = (a.rank[i] ?? 3) - (b.rank[i] ?? 3);
      if (d) return d;
    }
    return 0;
  });
  return matching[0] ?? null;
}

/** Built pages grouped by route pattern; pages no route declares are their own group (keyed by their URL). */
export function pagesByRoute(outDir: string, routes = pageRoutes()): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const url of htmlUrls(outDir)) {
    const key = routeOfUrl(routes, url)?.pattern ?? url;
    groups.set(key, [...(groups.get(key) ?? []), url]);
  }
  return groups;
}

/**
 * One page per route, for the expensive checks (axe, keyboard, screenshots): the largest page
 * of the route, as the one with the most to go wrong.
 */
export function representativePages(outDir: string, routes = pageRoutes()): { pattern: string; url: string }[] {
  const out: { pattern: string; url: string }[] = [];
  for (const [pattern, urls] of pagesByRoute(outDir, routes)) {
    const sized = urls.map((url) => ({ url, size: readFileSync(path.resolve(ROOT, outDir, urlToFile(url))).length }));
    sized.sort((a, b) => b.size - a.size || a.url.localeCompare(b.url));
    out.push({ pattern, url: sized[0]!.url });
  }
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Whether a route pattern exists in src/pages (for checks of page types other branches add). */
export function hasRoute(pattern: string, routes = pageRoutes()): boolean {
  return routes.some((r) => r.pattern === pattern);
}
