/**
 * Named-employer lists at a size that needs pages: 250 entries in one region. The lists
 * are paginated (EMPLOYERS_PAGE_SIZE a page), city pages and /employers/ show the first
 * REGION_PREVIEW_SIZE and link to the rest, and the feed is capped at FEED_SIZE.
 * The data is generated here (national scale is a benchmark, not a test).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPLOYERS_PAGE_SIZE, FEED_SIZE, REGION_PREVIEW_SIZE } from '../../src/site/employers/employers-view';
import { ROOT, buildSite, page, text } from './build-site';

const DATA = '.build-test/employers-many-data';
const OUT = '.build-test/employers-many';
const MANY = 250;

beforeAll(() => {
  const dir = path.join(ROOT, DATA);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(ROOT, 'test/fixtures/data/employers'), dir, { recursive: true });
  const header = 'id,region,name,insurance,violation,penalty,decision_no,decided_on,authority,notified_on,published_on';
  const rows = Array.from({ length: MANY }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    return `S${n},shenyang,沈阳示例${n}号有限公司,pension,未参保。,罚款,沈劳社监罚〔2005〕${n}号,2005-01-${day},沈阳市劳动和社会保障局,2005-02-${day},2005-03-${day}`;
  });
  writeFileSync(path.join(dir, 'employers.csv'), [header, ...rows].join('\n'));
  const r = buildSite({ data: DATA, outDir: OUT });
  if (r.status !== 0) throw new Error(`the generated site did not build:\n${r.output}`);
});

afterAll(() => rmSync(path.join(ROOT, DATA), { recursive: true, force: true }));

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
