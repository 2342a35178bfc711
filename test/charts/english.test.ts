/** The charts' own words in the English edition: month ticks, "No data", tile titles, and names that fit their tiles. */
import { describe, expect, it } from 'vitest';
import { monthSpan, monthTicks, TICKS_EN } from '../../src/charts/months';
import { barChart } from '../../src/charts/bar-chart';
import { lineChart } from '../../src/charts/line-chart';
import { tileMap } from '../../src/charts/tile-map';
import { edgeTextWidth, textWidth } from '../../src/charts/svg';

const HAN = /[\u3400-\u9fff]/u;

describe('English month ticks', () => {
  it('reads Jan…Dec with the year under the first tick and under January', () => {
    const domain = monthSpan(['2004-12', '2005-12']);
    const ticks = monthTicks(domain, 400 / domain.length, (s) => textWidth(s, 12), TICKS_EN);
    expect(ticks[0]).toMatchObject({ label: 'Dec', year: '2004' });
    expect(ticks.find((t) => t.year === '2005')?.label).toMatch(/^(Jan|Feb)$/);
    expect(ticks.at(-1)!.label).toBe('Dec');
  });
  it('falls back to years alone, as the Chinese ticks do', () => {
    const domain = monthSpan(['2000-01', '2009-12']);
    const ticks = monthTicks(domain, 300 / domain.length, (s) => textWidth(s, 12), TICKS_EN);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });
});

describe('English chart words', () => {
  const points = [{ x: '2005-01', y: 10 }, { x: '2005-02', y: null }, { x: '2005-03', y: 12 }];
  it('a bar chart says "No data" for a missing month and in its key', () => {
    const svg = barChart({ id: 'b', title: 't', description: 'd', points, yFormat: String, label: 'Newly insured persons', lang: 'en' });
    expect(svg).toContain('>No data<');
    expect(svg).toContain('>Mar<');
    expect(svg).not.toMatch(HAN);
  });
  it('an empty line chart says "No data"', () => {
    const svg = lineChart({ id: 'l', title: 't', description: 'd', xDomain: ['2005-01', '2005-02'], series: [{ key: 'a', label: 'A', points: [] }], yFormat: String, lang: 'en' });
    expect(svg).toContain('>No data<');
    expect(svg).not.toMatch(HAN);
  });
});

describe('English tile names', () => {
  const tiles = ['Shenyang', 'Chaoyang', 'Provincial', 'Mudanjiangxiang Autonomous'].map((label, i) => ({
    key: `t${i}`, label, status: 'Met every target', tone: 'good' as const, href: `/en/cities/t${i}/`, row: 0, col: i,
  }));
  const svg = tileMap({ id: 'tiles', title: 't', description: 'd', tiles: [...tiles, { ...tiles[0]!, key: 'x', row: 0, col: 4 }], legend: { good: 'Met every target' }, width: 340, lang: 'en' });
  it('sets each name small enough for its tile, shortening only what cannot fit at the smallest size', () => {
    const size = Math.floor((340 - 4 * 4) / 5);
    const names = [...svg.matchAll(/<text[^>]*font-size="(\d+)"[^>]*font-weight="700"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ size: Number(m[1]), text: m[2]! }));
    const drawn = names.filter((n) => n.text.length > 1);
    expect(drawn.map((n) => n.text)).toContain('Shenyang');
    for (const n of drawn) expect(edgeTextWidth(n.text, n.size), n.text).toBeLessThanOrEqual(size - 10);
    expect(drawn.find((n) => n.text.startsWith('Mudan'))!.text).toMatch(/…$/);
  });
  it('titles each tile "name: status" in full', () => {
    expect(svg).toContain('<title>Mudanjiangxiang Autonomous: Met every target</title>');
    expect(svg).not.toMatch(HAN);
  });
});
