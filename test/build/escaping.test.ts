/**
 * Every text from the data is plain text wherever it lands (pages, charts, attributes,
 * feeds): a dataset whose names and texts carry markup (test/fixtures/data/edges: the region dalian, an employer and dataset.json) builds
 * into pages that show the markup as characters and gain no element, attribute or script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './build-site';
import { built } from './sites';
import { attr, elements, htmlUrls, loadPage, textOf, type Page } from './site-scan';

const OUT = '.build-test/edges';
/** The hostile texts of the fixture, as a reader must see them. */
const REGION = '大连<script>alert("region")</script>市';
const TITLE = '扩面进展<script>alert("title")</script>';
const EMPLOYER = '示例<img src=x onerror=alert("name")>有限公司';
let pages: Page[];

beforeAll(async () => {
  await built('edges');
  pages = htmlUrls(OUT).map((u) => loadPage(OUT, u));
});

describe('texts from the data are escaped everywhere', () => {
  it('adds no element from the data: no inline script, no img/iframe/style/b/i, no event handler, no foreign link', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const el of elements(p.doc)) {
        const where = `${p.file}:${el.sourceCodeLocation?.startLine}`;
        if (el.tagName === 'script' && attr(el, 'src') === undefined && attr(el, 'type') !== 'application/ld+json') problems.push(`${where}: inline <script>`);
        if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
          try {
            JSON.parse(textOf(el));
          } catch {
            problems.push(`${where}: JSON-LD broken by data text`);
          }
        }
        if (['iframe', 'style', 'b', 'i'].includes(el.tagName) || (el.tagName === 'img' && attr(el, 'src') === 'x')) problems.push(`${where}: <${el.tagName}> from the data`);
        for (const a of el.attrs) if (/^on/i.test(a.name)) problems.push(`${where}: ${a.name}= on <${el.tagName}>`);
        if (/evil\.example/.test(attr(el, 'href') ?? '') || /evil\.example/.test(attr(el, 'src') ?? '')) problems.push(`${where}: link to evil.example`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows the region name, markup and all, as text in headings, charts, tables and attributes', () => {
    const city = pages.find((p) => p.url === '/cities/dalian/')!;
    expect(city, 'the city page of the hostile region').toBeDefined();
    const all = [...elements(city.doc)];
    expect(textOf(all.find((e) => e.tagName === 'h1')!)).toContain(REGION);
    expect(textOf(all.find((e) => e.tagName === 'title')!)).toContain(REGION);
    expect(all.some((e) => e.tagName === 'figcaption' && textOf(e).includes(REGION))).toBe(true);
    expect(all.some((e) => e.tagName === 'desc' && textOf(e).includes(REGION)), 'chart <desc> (SVG string built by src/charts)').toBe(true);
    expect(all.some((e) => e.tagName === 'caption' && textOf(e).includes(REGION))).toBe(true);
    const description = all.find((e) => e.tagName === 'meta' && attr(e, 'name') === 'description');
    expect(attr(description!, 'content')).toContain(REGION);
    // In text, the markup is spelled out with entities.
    expect(city.html).toContain('大连&lt;script&gt;alert(&quot;region&quot;)&lt;/script&gt;市');
    expect(textOf(all.find((e) => e.tagName === 'a' && attr(e, 'class') === 'brand')!)).toBe(TITLE);
  });

  it('shows the publisher and licence of dataset.json as text in every footer (and an embed\'s source line)', () => {
    let footers = 0;
    for (const p of pages) {
      const footer = [...elements(p.doc)].find((e) => e.tagName === 'footer');
      if (!footer) {
        // Embeds have no footer; their source line names the publisher.
        if (p.url.startsWith('/embed/')) expect(textOf(p.doc), p.file).toContain('示例局 & "公司" <b>粗体</b>');
        continue;
      }
      footers++;
      expect(textOf(footer), p.file).toContain('示例局 & "公司" <b>粗体</b>');
      expect(textOf(footer), p.file).toContain('12333 </footer><script>alert(1)</script>');
    }
    expect(footers).toBeGreaterThan(0);
  });

  it('escapes the texts in XML (sitemaps, feeds; in feeds again as HTML) and keeps them well-formed', () => {
    const problems: string[] = [];
    for (const f of listFiles(path.join(ROOT, OUT)).filter((f) => f.endsWith('.xml'))) {
      const xml = readFileSync(path.join(ROOT, OUT, f), 'utf8');
      if (/<(script|img|iframe|style)\b/i.test(xml)) problems.push(`${f}: raw markup from the data`);
      // Feed readers render titles, descriptions and categories as HTML: there, a text's markup is escaped twice.
      if (f.endsWith('feed.xml') && /&lt;(script|img|iframe|style|b|i)\b/i.test(xml)) problems.push(`${f}: markup from the data escaped only once`);
    }
    expect(problems).toEqual([]);
  });

  it('shows a published employer\'s texts as text on every page that names it', () => {
    const naming = pages.filter((p) => textOf(p.doc).includes(EMPLOYER));
    // The city page lists the region's named employers; the entry has its own page too.
    expect(naming.length).toBeGreaterThan(0);
    const employerPage = naming.find((p) => p.url.startsWith('/employers/'));
    for (const p of naming) expect(p.html, p.file).toContain('示例&lt;img src=x onerror=alert(&quot;name&quot;)&gt;有限公司');
    expect(employerPage, 'the entry page /employers/<id>/').toBeDefined();
    const text = textOf(employerPage!.doc);
    for (const t of ["未参保</p><script>alert('violation')</script>", '罚款 & "双倍" \'单引号\' <style>body{display:none}</style>', '大劳社监罚〔2005〕<i>66</i>号', '大连市<iframe src=//evil.example></iframe>局']) {
      expect(text, t).toContain(t);
    }
  });
});
