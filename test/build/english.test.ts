/**
 * The English edition (src/i18n/lang.ts) on the fixture build: every /en/ page is English
 * (`<html lang="en">`, no Chinese in its main content except names marked lang="zh-CN"), and
 * every page with two editions names the other both ways: the language switcher, the hreflang
 * alternates and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { attr, elements, htmlUrls, loadPage, type Element, type Page } from './site-scan';
import { built } from './sites';
import { englishTwin } from '../../src/i18n/lang';
import { DEFAULT_META } from '../../src/data/dataset-meta';

const out = await built('fixture');
const urls = htmlUrls(out);
const english = urls.filter((u) => u.startsWith('/en/'));
const pages = new Map<string, Page>();
const page = (url: string): Page => {
  let p = pages.get(url);
  if (!p) pages.set(url, (p = loadPage(out, url)));
  return p;
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/**
 * The names an English page may show in Chinese: the dataset's publisher and title when
 * dataset.json gives no English ones, and the regions without an English name (regions.csv
 * `name_en` empty). Everything else Chinese must be marked lang="zh…".
 */
function chineseNames(dataDir: string): string[] {
  const file = path.join(ROOT, dataDir, 'dataset.json');
  const meta: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { title: DEFAULT_META.title, publisher: DEFAULT_META.publisher };
  const [header, ...rows] = readFileSync(path.join(ROOT, dataDir, 'regions.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
  const name = header!.indexOf('name');
  const nameEn = header!.indexOf('name_en');
  const regions = rows.filter((r) => nameEn < 0 || !r[nameEn]).map((r) => r[name]!);
  return [meta['publisher_en'] ? '' : meta['publisher'], meta['title_en'] ? '' : meta['title'], ...regions].filter((n): n is string => !!n).sort((x, y) => y.length - x.length);
}

/** Problems of English pages: a lang other than en, Chinese in main outside the names and elements marked Chinese (at most 40 lines). */
function noChineseProblems(list: readonly string[], load: (url: string) => Page, names: readonly string[]): string[] {
  const problems: string[] = [];
  for (const url of list) {
    const p = load(url);
    const html = [...elements(p.doc)].find((e) => e.nodeName === 'html')!;
    if (attr(html, 'lang') !== 'en') problems.push(`${url}: <html lang="${attr(html, 'lang')}">`);
    const found: string[] = [];
    unmarkedChinese(mainOf(p) as unknown as Node, false, 'main', found, names);
    for (const f of found.slice(0, 5)) problems.push(`${url}: ${f}`);
    if (found.length > 5) problems.push(`${url}: … ${found.length - 5} more`);
  }
  return problems.slice(0, 40);
}

type Node = Element['childNodes'][number];

/** Text nodes with Chinese characters that no ancestor marks as Chinese (lang="zh…"), with where they are. */
function unmarkedChinese(node: Node, marked: boolean, trail: string, found: string[], names: readonly string[]): void {
  const withoutNames = (text: string) => names.reduce((t, n) => t.split(n).join(''), text);
  if (node.nodeName === '#text') {
    const text = (node as unknown as { value: string }).value;
    if (!marked && HAN.test(withoutNames(text))) found.push(`${trail}: “${text.trim().slice(0, 60)}”`);
    return;
  }
  if (!('childNodes' in node)) return;
  const el = node as Element;
  const lang = el.attrs ? attr(el, 'lang') : undefined;
  const isMarked = lang === undefined ? marked : lang.toLowerCase().startsWith('zh');
  const label = el.attrs ? attr(el, 'aria-label') : undefined;
  if (label && !isMarked && HAN.test(withoutNames(label))) found.push(`${trail} > ${el.nodeName}[aria-label]: “${label}”`);
  for (const child of el.childNodes) unmarkedChinese(child, isMarked, el.nodeName === 'template' ? trail : `${trail} > ${el.nodeName}`, found, names);
}

function mainOf(p: Page): Element {
  const main = [...elements(p.doc)].find((e) => e.nodeName === 'main');
  if (!main) throw new Error(`${p.url}: no <main>`);
  return main;
}

function alternates(p: Page): Record<string, string> {
  const links: Record<string, string> = {};
  for (const e of elements(p.doc)) if (e.nodeName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang')) links[attr(e, 'hreflang')!] = new URL(attr(e, 'href')!).pathname;
  return links;
}

/** Where the page's language switcher goes (undefined when it has none). */
function switcher(p: Page): string | undefined {
  const link = [...elements(p.doc)].find((e) => e.nodeName === 'a' && (attr(e, 'class') ?? '').split(' ').includes('lang-switch'));
  return link && attr(link, 'href');
}

/** The sitemap's entries: each page's path with the paths of its hreflang alternates. */
function sitemap(): Map<string, Record<string, string>> {
  const entries = new Map<string, Record<string, string>>();
  for (const file of ['sitemap-0.xml']) {
    const xml = readFileSync(path.join(ROOT, out, file), 'utf8');
    for (const entry of xml.split('<url>').slice(1)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
      const links: Record<string, string> = {};
      for (const m of entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) links[m[1]!] = new URL(m[2]!).pathname;
      entries.set(new URL(loc).pathname, links);
    }
  }
  return entries;
}

describe('the English edition', () => {
  it('has every page the English edition promises: the province, every region, every report, the assessment, the methodology, the data page, the calendar and the notice', () => {
    const required = [/^\/$/, /^\/cities\/$/, /^\/cities\/[^/]+\/$/, /^\/reports\/$/, /^\/reports\/[^/]+\/$/, /^\/assessment\/$/, /^\/assessment\/\d{4}\/$/, /^\/methodology\/$/, /^\/data\/$/, /^\/calendar\/$/, /^\/notice\/$/];
    const chinese = urls.filter((u) => !u.startsWith('/en/') && !u.startsWith('/cities/by/') && required.some((r) => r.test(u)));
    expect(chinese.length).toBeGreaterThan(20);
    expect(chinese.filter((u) => !english.includes(`/en${u}`))).toEqual([]);
  });

  it('says lang="en" on every English page, and shows no Chinese in their main content except names marked lang="zh-CN"', () => {
    expect(noChineseProblems(english, page, chineseNames('test/fixtures/data/valid'))).toEqual([]);
  });

  it('shows no Chinese but names on the English pages of a dataset whose regions have no English name (but one)', async () => {
    const edges = await built('edges');
    const edgesEnglish = htmlUrls(edges).filter((u) => u.startsWith('/en/'));
    expect(edgesEnglish.length).toBeGreaterThan(10);
    expect(noChineseProblems(edgesEnglish, (u) => loadPage(edges, u), chineseNames('test/fixtures/data/edges'))).toEqual([]);
  });

  it('links every English page to its Chinese twin and back, by the switcher and by hreflang alternates', () => {
    const problems: string[] = [];
    for (const url of english) {
      const zh = url.slice(3);
      if (!urls.includes(zh)) {
        problems.push(`${url}: no Chinese twin ${zh}`);
        continue;
      }
      if (switcher(page(url)) !== zh) problems.push(`${url}: switcher goes to ${switcher(page(url))}, not ${zh}`);
      if (switcher(page(zh)) !== url) problems.push(`${zh}: switcher goes to ${switcher(page(zh))}, not ${url}`);
      for (const p of [page(url), page(zh)]) {
        const a = alternates(p);
        if (a['en'] !== url || a['zh-CN'] !== zh || a['x-default'] !== zh) problems.push(`${p.url}: alternates ${JSON.stringify(a)}`);
      }
    }
    expect(problems.slice(0, 40), `${problems.length} problem(s)`).toEqual([]);
  });

  it('gives a switcher to exactly the Chinese pages that have an English twin', () => {
    const problems: string[] = [];
    for (const url of urls.filter((u) => !u.startsWith('/en/') && u.endsWith('/'))) {
      const twin = englishTwin(url);
      if (twin && !english.includes(twin)) problems.push(`${url}: twin ${twin} was not built`);
      if (!twin && switcher(page(url)) !== undefined) problems.push(`${url}: a switcher without a twin`);
    }
    expect(problems.slice(0, 40), `${problems.length} problem(s)`).toEqual([]);
  });

  it('lists both editions of each twinned page in the sitemap, each naming the other', () => {
    expect(existsSync(path.join(ROOT, out, 'sitemap-0.xml'))).toBe(true);
    const entries = sitemap();
    const problems: string[] = [];
    for (const url of english) {
      const zh = url.slice(3);
      for (const listed of [url, zh]) {
        const links = entries.get(listed);
        // The latest year's own addresses only forward to the bare ones, and are left out (sitemap.ts).
        if (links === undefined) continue;
        if (links['en'] !== url || links['zh-CN'] !== zh) problems.push(`${listed}: ${JSON.stringify(links)}`);
      }
      if (!entries.has(url) && entries.has(zh)) problems.push(`${url} missing while ${zh} is listed`);
    }
    expect(problems.slice(0, 40), `${problems.length} problem(s)`).toEqual([]);
  });
});
