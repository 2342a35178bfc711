import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/site/build/context';
import { ogKey, ogPng, ogTree, pngSize, type OgCard, type OgNode } from '../../../src/site/articles/og';

const CARD: OgCard = {
  site: '社会保险扩面进展（示例数据）',
  title: '失业保险：交多少，失业了能领什么',
  figure: { text: '596.2万人', label: '全省失业保险参保人数', asOf: '截至2005年12月' },
  footer: 'kuomian.example.org · 政策解读',
  sample: true,
};

/** Every text in a satori tree, in order. */
function texts(node: OgNode | string): string[] {
  if (typeof node === 'string') return [node];
  const c = node.props.children;
  if (c === undefined) return [];
  return (Array.isArray(c) ? c : [c]).flatMap(texts);
}

describe('ogTree(card)', () => {
  it('says the site, the title, the figure with what and when, and the address', () => {
    expect(texts(ogTree(CARD))).toEqual([
      '社会保险扩面进展（示例数据）',
      '示例数据 · 非官方统计',
      '失业保险：交多少，失业了能领什么',
      '596.2万人',
      '全省失业保险参保人数 · 截至2005年12月',
      'kuomian.example.org · 政策解读',
    ]);
  });
  it('marks sample data, and only sample data', () => {
    expect(texts(ogTree({ ...CARD, sample: false }))).not.toContain('示例数据 · 非官方统计');
  });
  it('is 1200×630', () => {
    expect(ogTree(CARD).props.style).toMatchObject({ width: 1200, height: 630 });
  });
});

describe('ogKey(card)', () => {
  it('is stable for the same card and changes with anything it shows', () => {
    expect(ogKey({ ...CARD })).toBe(ogKey(CARD));
    expect(ogKey({ ...CARD, figure: { ...CARD.figure!, text: '596.3万人' } })).not.toBe(ogKey(CARD));
    expect(ogKey({ ...CARD, sample: false })).not.toBe(ogKey(CARD));
  });
});

describe('ogPng(card, cacheDir)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a 1200×630 PNG once and serves it from the cache afterwards', async () => {
    const ogStats = buildContext().og;
    const rendered = ogStats.rendered;
    const cached = ogStats.cached;
    const first = await ogPng(CARD, dir);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(dir)).toEqual([`${ogKey(CARD)}.png`]);
    const again = await ogPng({ ...CARD }, dir);
    expect(again.equals(first)).toBe(true);
    expect(ogStats.rendered - rendered).toBe(1);
    expect(ogStats.cached - cached).toBe(1);
  }, 30_000);
});

describe('pngSize(bytes)', () => {
  it('is null for anything but a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('the cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-prune-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('deletes cards no build has used for 30 days, once per build, and keeps the rest', async () => {
    const stale = path.join(dir, 'stale.png');
    const fresh = path.join(dir, 'fresh.png');
    writeFileSync(stale, 'x');
    writeFileSync(fresh, 'x');
    const old = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(stale, old, old);
    await ogPng(CARD, dir);
    expect(readdirSync(dir).sort()).toEqual([`${ogKey(CARD)}.png`, 'fresh.png']);
  }, 30_000);
});
