/**
 * Articles in the built site: every article page carries its share image (a real
 * 1200×630 PNG), link-preview tags, QR code, copy-link box and print stylesheet;
 * drafts are absent; figures come from the data. A bad article and a changed figure are
 * checked without a build (test/site/articles/fixture-articles.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/site/articles/og';
import { ROOT, listFiles, page, text } from './build-site';
import { built, failed, SITES } from './sites';

const out = await built('fixture');
const SITE = 'https://kuomian.example.org';
const ARTICLES = ['fixture-pension', 'fixture-unemployment'];

/** `<meta property|name="key" content="…">` of a page. */
function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1];
}

/** A page's visible text without any spaces (tags around inline figures leave some). */
const flat = (html: string) => text(html).replace(/\s/g, '');

/** The CSS files a page links, concatenated. */
function linkedCss(dir: string, html: string): string {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(path.join(ROOT, dir, m[1]!), 'utf8')).join('\n');
}

describe('article pages in the fixture build', () => {
  for (const slug of ARTICLES) {
    describe(slug, () => {
      const html = () => page(out, `/articles/${slug}/`);

      it('has its share image: a PNG of 1200×630 at the absolute address in og:image', () => {
        const image = meta(html(), 'og:image');
        expect(image).toBe(`${SITE}/og/articles/${slug}.png`);
        const png = readFileSync(path.join(ROOT, out, 'og/articles', `${slug}.png`));
        expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
        expect(meta(html(), 'og:image:width')).toBe('1200');
        expect(meta(html(), 'og:image:height')).toBe('630');
        expect(meta(html(), 'og:image:alt')).toMatch(/^示例：/);
      });

      it('has its poster as an A4 PNG (1240×1754), linked beside the print version', () => {
        const png = readFileSync(path.join(ROOT, out, 'articles', slug, 'poster.png'));
        expect(pngSize(png)).toEqual({ width: 1240, height: 1754 });
        expect(html()).toContain(`href="/articles/${slug}/poster.png"`);
        const poster = page(out, `/articles/${slug}/poster/`);
        expect(poster).toContain(`href="/articles/${slug}/poster.png"`);
        expect(text(poster)).toContain('本单位工会联系人、电话：');
      });

      it('has Open Graph and Twitter tags with absolute URLs', () => {
        const h = html();
        expect(meta(h, 'og:type')).toBe('article');
        expect(meta(h, 'og:url')).toBe(`${SITE}/articles/${slug}/`);
        expect(meta(h, 'og:title')).toMatch(/^示例：/);
        expect(meta(h, 'og:description')).toContain('示例文章');
        expect(meta(h, 'og:locale')).toBe('zh_CN');
        expect(meta(h, 'twitter:card')).toBe('summary_large_image');
        expect(meta(h, 'twitter:image')).toBe(`${SITE}/og/articles/${slug}.png`);
        expect(meta(h, 'article:published_time')).toMatch(/^2005-1[01]-01$/);
      });

      it('has a QR code of its address, named for screen readers, and the address to copy without JavaScript', () => {
        const h = html();
        const qr = /<svg[^>]*class="qr"[^>]*>/.exec(h)?.[0] ?? '';
        expect(qr).toContain('role="img"');
        expect(qr).toContain(`aria-label="文章《`);
        expect(qr).toContain(`${SITE}/articles/${slug}/`);
        expect(h).toMatch(new RegExp(`<textarea id="share-url"[^>]*readonly[^>]*>${SITE}/articles/${slug}/</textarea>`));
        // The copy button appears only when the (external) script runs.
        expect(h).toMatch(/<button type="button" class="copy-button" data-copy="share-url" hidden/);
      });

      it('loads only external scripts and styles (CSP)', () => {
        const h = html();
        for (const s of h.match(/<script\b[^>]*>/g) ?? []) expect(s).toMatch(/ src="\/_astro\/[^"]+\.js"/);
        expect(h).not.toMatch(/<style\b/);
        expect(h).not.toMatch(/ style="/);
      });

      it('links a print stylesheet that lays the article out on A4 without navigation', () => {
        const css = linkedCss(out, html());
        expect(css).toMatch(/@media print/);
        expect(css).toMatch(/@page\s*\{\s*size:\s*A4/);
        expect(css).toMatch(/\.site-header[^{}]*\{[^}]*display:\s*none/);
        expect(html()).toMatch(/class="[^"]*print-only[^"]*share-url[^"]*"[^>]*>https:\/\/kuomian\.example\.org\/articles\//);
      });

      it('says which rules it relies on', () => {
        expect(flat(html())).toMatch(/本文依据.*《(社会保险费征缴暂行条例|失业保险条例)》（国务院令第25[89]号/);
      });

      it('has a one-page poster with the key figure and the QR code of the article', () => {
        const p = page(out, `/articles/${slug}/poster/`);
        expect(p).toContain('<meta name="robots" content="noindex"');
        expect(p).toMatch(/class="poster-figure-value[^"]*"[^>]*>[\d.]+万人</);
        expect(p).toContain(`aria-label="文章《`);
        expect(linkedCss(out, p)).toMatch(/@page\s*\{\s*size:\s*A4 portrait;\s*margin:\s*0/);
      });
    });
  }

  it('computes every figure from the data, formatted, with its as-of month and source link', () => {
    const t = flat(page(out, '/articles/fixture-pension/'));
    expect(t).toContain('全省养老保险参保人数为424万人（截至2005年12月）');
    expect(t).toContain('沈阳市的完成率为99.4%（截至2005年12月）');
    expect(t).toContain('大连市的缴费率为92.8%（截至2005年12月）');
    // Only the three entries inside their publication window on 2005-12-31 are counted.
    expect(t).toContain('曝光单位有3家（截至2005年12月31日）');
    const h = page(out, '/articles/fixture-pension/');
    expect(h).toMatch(/<a href="\/#pension" title="全省企业职工基本养老保险参保人数：4,239,500人"[^>]*>424万人<\/a>/);
    expect(h).toContain('<a href="/cities/shenyang/">沈阳市</a>');
    // The progress page's own chart (id included), so its downloads and embed page exist.
    expect(h).toContain('id="enrolled-province-pension-2005"');
  });

  /** Every page and feed of the site, as one text. */
  const pagesAndFeeds = () =>
    listFiles(path.join(ROOT, out))
      .filter((f) => /\.(html|xml)$/.test(f))
      .map((f) => readFileSync(path.join(ROOT, out, f), 'utf8'))
      .join('\n');

  it('leaves drafts out of every page and the feed', () => {
    expect(existsSync(path.join(ROOT, out, 'articles/fixture-draft'))).toBe(false);
    expect(existsSync(path.join(ROOT, out, 'og/articles/fixture-draft.png'))).toBe(false);
    const everything = pagesAndFeeds();
    expect(everything).not.toContain('fixture-draft');
    expect(everything).not.toContain('尚未发布的草稿');
  });

  it('leaves articles dated after the build date out of every page and the feed', () => {
    expect(existsSync(path.join(ROOT, out, 'articles/fixture-future'))).toBe(false);
    const everything = pagesAndFeeds();
    expect(everything).not.toContain('fixture-future');
    expect(everything).not.toContain('日期晚于生成日期的文章');
  });

  it('lists articles newest first, with static filter pages', () => {
    const list = text(page(out, '/articles/'));
    expect(list.indexOf('示例：失业保险')).toBeLessThan(list.indexOf('示例：养老保险参保情况'));
    expect(text(page(out, '/articles/audience/migrant/'))).toContain('示例：失业保险');
    expect(text(page(out, '/articles/audience/migrant/'))).not.toContain('示例：养老保险参保情况');
    expect(text(page(out, '/articles/insurance/pension/'))).toContain('示例：养老保险参保情况');
    // Every audience has its page, even one with no article yet.
    expect(text(page(out, '/articles/audience/unions/'))).toContain('这里暂时还没有文章');
  });

  it('shows the latest articles on the home page and related articles under each insurance', () => {
    const home = page(out, '/');
    expect(home).toContain('href="/articles/fixture-unemployment/"');
    const city = page(out, '/cities/shenyang/');
    const pension = city.slice(city.indexOf('id="h-pension"'), city.indexOf('id="h-unemployment"'));
    expect(pension).toContain('href="/articles/fixture-pension/"');
    expect(pension).not.toContain('href="/articles/fixture-unemployment/"');
  });

  it('lists the articles but not their print posters in the sitemap', () => {
    const sitemap = page(out, '/sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/articles/fixture-pension/</loc>`);
    expect(sitemap).not.toContain('/poster/');
  });

  it('publishes an RSS feed of the articles with absolute links', () => {
    const feed = page(out, '/articles/feed.xml');
    expect(feed).toContain(`<link>${SITE}/articles/fixture-pension/</link>`);
    expect(feed).toContain(`<link>${SITE}/articles/fixture-unemployment/</link>`);
    expect(feed).toContain('<language>zh-cn</language>');
    expect(feed.indexOf('fixture-unemployment')).toBeLessThan(feed.indexOf('fixture-pension'));
  });

  it('gives every region page its share image, preview tags and QR code', () => {
    for (const id of ['shenyang', 'dalian', 'provincial']) {
      const h = page(out, `/cities/${id}/`);
      expect(meta(h, 'og:image')).toBe(`${SITE}/og/cities/${id}.png`);
      expect(meta(h, 'og:url')).toBe(`${SITE}/cities/${id}/`);
      expect(pngSize(readFileSync(path.join(ROOT, out, 'og/cities', `${id}.png`)))).toEqual({ width: 1200, height: 630 });
      expect(h).toMatch(new RegExp(`<svg[^>]*class="qr"[^>]*aria-label="[^"]*${SITE}/cities/${id}/"`));
    }
  });
});

describe('content that would run code (sites.ts: unsafeContent)', () => {
  const previous = SITES.unsafeContent.outDir;
  let r: { status: number; output: string };
  beforeAll(async () => {
    r = await failed('unsafeContent');
  });

  it('fails the build before compiling it, with file:line:column for each problem, and runs nothing', () => {
    expect(r.status).not.toBe(0);
    const file = 'test/fixtures/content-unsafe/articles/runs-code.mdx';
    expect(r.output).toContain(`${file}:4:12: published: 2005-02-30 — a date that exists in the calendar`);
    expect(r.output).toContain(`${file}:9:1: import os from 'node:os' — no import or export`);
    expect(r.output).toContain(`${file}:11:12: {os.hostname()} — no JavaScript expression`);
    expect(r.output).toContain(`${file}:13:1: <script> — only the site's components`);
    expect(r.output).toContain(`${file}:15:1: javascript: link`);
    expect(r.output).toContain('the articles or release notes have the problems listed above');
    expect(r.output).not.toMatch(/Stack trace|unhandled error/i);
    expect(r.output).not.toContain(hostname());
    expect(existsSync(path.join(ROOT, previous))).toBe(false);
  });

  it('refuses raw HTML in release notes', () => {
    expect(r.output).toContain('test/fixtures/content-unsafe/releases/2005-12.md:8:1: <img src="x" onerror="alert(1)"> — no raw HTML');
  });
});
