/** The Pagefind index of the fixture site: decompressed fragments hold the city pages and no unpublished employer. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { built, SITES } from './sites';

const dir = path.join(ROOT, await built('fixture'), 'pagefind');
/**
 * Each fragment: gzip of "pagefind_dcd" followed by the page's JSON (url, content, meta).
 * The content has zero-width spaces between the words Pagefind segmented; they are removed
 * so that a name is found however it was split.
 */
const fragments = readdirSync(path.join(dir, 'fragment')).map((name) => {
  const raw = gunzipSync(readFileSync(path.join(dir, 'fragment', name))).toString('utf8');
  const page = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: { title?: string } };
  return { ...page, content: page.content.replace(/\u200b/g, '') };
});

describe('search index', () => {
  it('is in Chinese and holds the city pages', () => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    const city = fragments.find((f) => f.url === '/cities/shenyang/');
    expect(city?.meta.title).toBe('沈阳市2005年社会保险扩面进展');
    expect(city?.content).toContain('沈阳市');
  });

  it('never holds an employer outside its publication window', () => {
    const all = fragments.map((f) => f.content + JSON.stringify(f.meta)).join('\n');
    for (const hidden of ['沈阳示例建筑工程有限公司', '大连示例服装有限公司', '示例省直运输有限公司', '大连示例电子有限公司', 'E2005-003', 'E2005-004']) {
      expect(all).not.toContain(hidden);
    }
  });

  it('leaves out embed pages, forwarding stubs, the search page and the tools under figures', () => {
    const urls = fragments.map((f) => f.url);
    expect(urls.some((u) => u.startsWith('/embed/'))).toBe(false);
    expect(urls).not.toContain('/cities/shenyang/2005/');
    expect(urls).not.toContain('/search/');
    expect(fragments.find((f) => f.url === '/')!.content).not.toContain('嵌入代码');
  });

  it('leaves out pages whose content a searchable page already carries: past years, lists by date, filters, entry pages', () => {
    const urls = fragments.map((f) => f.url);
    const duplicates = urls.filter((u) =>
      /^\/(cities\/[^/]+\/\d{4}|years\/\d{4}|employers\/by-date|articles\/(audience|insurance))\//.test(u) ||
      (/^\/employers\/[^/]+\/$/.test(u)),
    );
    expect(duplicates).toEqual([]);
    // …while the pages they duplicate are there.
    expect(urls).toEqual(expect.arrayContaining(['/', '/cities/', '/employers/', '/articles/', '/cities/dalian/', '/employers/regions/shenyang/']));
    // Names in the lists on other pages (tables, city pages, /employers/) are not indexed twice.
    for (const url of ['/cities/shenyang/', '/employers/']) {
      expect(fragments.find((f) => f.url === url)!.content).not.toContain('沈阳示例机械制造有限公司');
    }
  });

  it('finds a named employer on its region list, as a sub-result anchored at the entry', () => {
    const list = fragments.find((f) => f.url === '/employers/regions/shenyang/')!;
    expect(list.content).toContain('沈阳示例机械制造有限公司');
    const anchors = (list as unknown as { anchors: { element: string; id: string; text: string }[] }).anchors;
    const entry = anchors.find((a) => a.text.replace(/\u200b/g, '') === '沈阳示例机械制造有限公司');
    expect(entry?.element).toBe('h2');
    expect(entry?.id).toMatch(/^e-/);
  });

  it('finds an article by a phrase from its body', () => {
    const article = fragments.find((f) => f.url === '/articles/fixture-pension/');
    expect(article?.content).toContain('目前处于公布期内的曝光单位有');
  });
});

describe('SEARCH_INDEX=no', () => {
  it('leaves the search index out (the two-year site)', async () => {
    expect(SITES.twoYears.env.SEARCH_INDEX).toBe('no');
    const out = path.join(ROOT, await built('twoYears'));
    expect(readdirSync(out)).not.toContain('pagefind');
    expect(readdirSync(out)).toContain('search');
  });
});
