/**
 * Named-employer lists at a size that needs pages: 250 entries in one region. The lists
 * are paginated (EMPLOYERS_PAGE_SIZE a page), city pages and /employers/ show the first
 * REGION_PREVIEW_SIZE and link to the rest, and the feed is capped at FEED_SIZE.
 * The entries are generated into the two-year site by test/build/sites.ts (national scale is a benchmark, not a test).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPLOYERS_PAGE_SIZE, FEED_SIZE, REGION_PREVIEW_SIZE } from '../../src/site/employers/employers-view';
import { ROOT, page, text } from './build-site';
import { built, MANY_EMPLOYERS } from './sites';

const OUT = '.build-test/two-years';
const MANY = MANY_EMPLOYERS;

beforeAll(async () => {
  await built('twoYears');
});

const links = (html: string) => [...html.matchAll(/href="\/employers\/(S\d{3})\/"/g)].map((m) => m[1]);

describe(`${MANY} entries in one region`, () => {
  it('split the region list into pages by name, each entry on exactly one page', () => {
    const pages = [1, 2, 3].map((p) => links(page(OUT, p === 1 ? '/employers/regions/shenyang/' : `/employers/regions/shenyang/${p}/`)));
    expect(pages.map((p) => p.length)).toEqual([EMPLOYERS_PAGE_SIZE, EMPLOYERS_PAGE_SIZE, MANY - 2 * EMPLOYERS_PAGE_SIZE]);
    expect(pages.flat()).toEqual(Array.from({ length: MANY }, (_, i) => `S${String(i + 1).padStart(3, '0')}`));
    expect(existsSync(path.join(ROOT, OUT, 'employers/regions/shenyang/4'))).toBe(false);
    expect(existsSync(path.join(ROOT, OUT, 'employers/regions/shenyang/1'))).toBe(false);
  });

  it('link the pages to each other', () => {
    const second = page(OUT, '/employers/regions/shenyang/2/');
    expect(second).toContain('href="/employers/regions/shenyang/" rel="prev"');
    expect(second).toContain('href="/employers/regions/shenyang/3/" rel="next"');
    expect(text(second)).toContain('按单位名称排列，本页为第101–200家。');
    expect(text(second)).toContain('第2页，共3页');
  });

  it('split the date list into pages, newest first', () => {
    const all = [1, 2, 3].flatMap((p) => links(page(OUT, p === 1 ? '/employers/by-date/' : `/employers/by-date/${p}/`)));
    expect(all).toHaveLength(MANY);
    expect(all[0]).toBe('S028'); // published 2005-03-28, the latest day
  });

  it('show the first entries on the city page and /employers/, with a link to the full list', () => {
    const city = page(OUT, '/cities/shenyang/');
    expect(links(city)).toHaveLength(REGION_PREVIEW_SIZE);
    expect(text(city)).toContain(`查看沈阳市全部${MANY}家曝光单位`);
    const index = page(OUT, '/employers/');
    expect(links(index)).toHaveLength(REGION_PREVIEW_SIZE);
    expect(text(index)).toContain(`查看沈阳市全部${MANY}家`);
  });

  it('cap the feed at the newest publications', () => {
    const xml = page(OUT, '/employers/feed.xml');
    expect(xml.match(/<item>/g)).toHaveLength(FEED_SIZE);
  });
});
