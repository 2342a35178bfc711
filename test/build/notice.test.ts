/**
 * /notice/ in the fixture build: the whole text of 辽政办发〔2005〕39号 (against the
 * shared notice-39.md, ignoring punctuation width), every part and item anchored,
 * and the assessment page states the notice's consequences.
 */
import { describe, expect, inject, it } from 'vitest';
import { page, text } from './build-site';
import { fixtureParagraphs, normalise } from '../site/notice/notice-text';

const out = inject('fixtureOut');

describe('/notice/', () => {
  const html = () => page(out, '/notice/');
  it('carries every paragraph of the notice, in order', () => {
    const flat = normalise(text(html()));
    let at = 0;
    for (const p of fixtureParagraphs().map(normalise)) {
      const i = flat.indexOf(p, at);
      expect(i, p).toBeGreaterThanOrEqual(0);
      at = i + p.length;
    }
  });
  it('has an id for every part and item, from #part-1 to #item-4-2', () => {
    const ids = new Set([...html().matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const a of ['part-1', 'item-1-1', 'item-1-2', 'part-2', 'part-3', 'item-3-1', 'item-3-6', 'part-4', 'item-4-1', 'item-4-2']) expect(ids.has(a), a).toBe(true);
  });
  it('restores full-width punctuation and gives the real title and dates', () => {
    const t = text(html());
    expect(t).toContain('各市人民政府，省政府各厅委、各直属机构：');
    expect(t).toContain('（辽政办发〔2005〕39号）');
    expect(t).toContain('2005年5月16日');
    expect(t).toContain('2005年4月24日');
  });
  it('says beside a measure where the site follows it, and which lie outside its data', () => {
    const h = html();
    expect(h).toMatch(/id="item-4-2"[\s\S]*?href="\/assessment\/"/);
    expect(h).toMatch(/id="item-3-3"[\s\S]*?不在本站数据范围内/);
  });
});

describe('the assessment page', () => {
  it("states the notice's consequences for cities that missed, linking to 四（二）", () => {
    const h = page(out, '/assessment/2005/');
    expect(text(h)).toContain('与社会保险基金缺口补助和省级调剂金挂钩');
    expect(text(h)).toContain('取消社会保障工作评比先进资格，并予以通报批评');
    expect(h).toContain('href="/notice/#item-4-2"');
  });
});

describe('/help/not-enrolled/', () => {
  it('has an anchor for every region and the deadlines', () => {
    const h = page(out, '/help/not-enrolled/');
    for (const id of ['shenyang', 'dalian', 'provincial']) expect(h).toContain(`id="${id}"`);
    expect(text(h)).toContain('争议发生之日');
    expect(text(h)).toContain('劳动合同终止或者解除之日');
  });
  it("is linked from each region's page, with the region's anchor", () => {
    expect(page(out, '/cities/dalian/')).toContain('href="/help/not-enrolled/#dalian"');
  });
});
