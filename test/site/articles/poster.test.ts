import { describe, expect, it } from 'vitest';
import type { OgNode } from '../../../src/site/articles/og';
import { RATE_ROWS, emWidth, headlinePhrases, headlineSize, posterTree, type PosterCard } from '../../../src/site/articles/poster';

/** Every text in a tree, depth first. */
function texts(n: OgNode | string): string[] {
  if (typeof n === 'string') return [n];
  const c = n.props.children;
  return c == null ? [] : (Array.isArray(c) ? c : [c]).flatMap(texts);
}

const CARD: PosterCard = {
  kicker: '辽宁省社会保险扩面进展 · 政策解读',
  title: '四项社会保险：一张表看懂交多少、保什么',
  points: ['参加社会保险是法定义务', '工伤保险个人不交'],
  rates: false,
  figure: { label: '全省企业职工基本养老保险参保人数', text: '760.5万人', asOf: '截至2005年12月' },
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
  url: 'https://kuomian.example.org/articles/four-insurances/',
  source: '数据来源：示例。',
  sample: true,
};

describe('headlinePhrases', () => {
  it('cuts only after punctuation, so no word is ever split', () => {
    expect(headlinePhrases('四项社会保险：一张表看懂交多少、保什么')).toEqual(['四项社会保险：', '一张表看懂交多少、', '保什么']);
    expect(headlinePhrases('养老保险：交满15年，退休按月领养老金')).toEqual(['养老保险：', '交满15年，', '退休按月领养老金']);
  });
  it('keeps a title without punctuation whole', () => {
    expect(headlinePhrases('工会能为参保做什么')).toEqual(['工会能为参保做什么']);
  });
  it('keeps the whole title, character for character', () => {
    const t = '怎样知道单位给你上了保险？没上怎么办';
    expect(headlinePhrases(t).join('')).toBe(t);
  });
});

describe('headlineSize', () => {
  it('is large for a short title and never so large that the longest phrase overflows the line', () => {
    expect(headlineSize('工会能为参保做什么')).toBe(9);
    for (const t of ['工会干部怎样用本站做参保宣传', '灵活就业人员怎样参加养老和医疗保险', '事业单位职工要参加哪些社会保险']) {
      const longest = Math.max(...headlinePhrases(t).map(emWidth));
      expect(headlineSize(t) * longest, t).toBeLessThanOrEqual(84);
    }
  });
  it('counts digits and Latin letters narrower than Chinese characters', () => {
    expect(emWidth('交满15年')).toBeCloseTo(4.2);
  });
});

describe('posterTree', () => {
  it('draws the headline as unbreakable phrases, the points, the figure, a line for the union and the address', () => {
    const t = texts(posterTree(CARD));
    expect(t).toEqual(expect.arrayContaining(['四项社会保险：', '一张表看懂交多少、', '保什么', '参加社会保险是法定义务', '760.5万人', '截至2005年12月', '本单位工会联系人、电话：', CARD.url, '示例数据 · 非官方统计']));
  });
  it('carries the rate table only when asked', () => {
    expect(texts(posterTree(CARD))).not.toContain(RATE_ROWS[0]!.employer);
    const t = texts(posterTree({ ...CARD, rates: true }));
    for (const r of RATE_ROWS) expect(t).toEqual(expect.arrayContaining([r.insurance, r.employer, r.worker]));
  });
  it('embeds the QR code as an SVG image with a size', () => {
    const json = JSON.stringify(posterTree(CARD));
    const src = /"src":"data:image\/svg\+xml;base64,([^"]+)"/.exec(json)![1]!;
    expect(Buffer.from(src, 'base64').toString()).toMatch(/^<svg width="310" height="310" /);
  });
  it('is A4 at 150 dpi', () => {
    expect(posterTree(CARD).props.style).toMatchObject({ width: 1240, height: 1754 });
  });
});
