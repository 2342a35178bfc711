import { describe, expect, it } from 'vitest';
import { autoLayout, tileMap, type TileMapSpec } from '../../src/charts/tile-map';
import { elements, BAD_VALUES } from './helpers';

const spec: TileMapSpec = {
  id: 'tiles-2005',
  title: '各地区2005年扩面目标完成情况示意图',
  description: '完成全部目标：沈阳市；有目标未完成：阜新市。',
  tiles: [
    { key: 'provincial', label: '省本级', status: '完成全部目标', tone: 'good', href: '/cities/provincial/', row: 0, col: 0 },
    { key: 'fuxin', label: '阜新', status: '有目标未完成', tone: 'bad', href: '/cities/fuxin/', row: 0, col: 2 },
    { key: 'shenyang', label: '沈阳', status: '完成全部目标', tone: 'good', href: '/cities/shenyang/', row: 1, col: 2 },
    { key: 'x', label: '<甲&乙>', status: '部分无法评定', tone: 'warn', href: '/cities/x/', row: 1, col: 0 },
  ],
  legend: { good: '完成全部目标', bad: '有目标未完成', warn: '部分无法评定', neutral: '未设目标' },
};

describe('tileMap(spec)', () => {
  const svg = tileMap(spec);
  it('snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/tile-map.svg');
  });
  it('draws one equal tile per region, each a link to its page', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/cities/provincial/', '/cities/fuxin/', '/cities/shenyang/', '/cities/x/']);
    const tiles = elements(svg, 'rect').filter((r) => r.rx === '3');
    expect(new Set(tiles.map((t) => `${t.width}x${t.height}`)).size).toBe(1);
  });
  it('never tells status by colour alone: a pattern, a mark and a key in words', () => {
    expect(svg).toContain('fill="url(#tiles-2005-hatch)"');
    expect(svg).toContain('fill="url(#tiles-2005-dots)"');
    expect(svg).toContain('✗ 有目标未完成');
    expect(svg).toContain('✓ 完成全部目标');
    // Only the tones shown are in the key.
    expect(svg).not.toContain('未设目标');
    expect(svg).toContain('<title>阜新：有目标未完成</title>');
  });
  it('escapes names and has no bad numbers', () => {
    expect(svg).toContain('&lt;甲&amp;乙&gt;');
    expect(svg).not.toMatch(BAD_VALUES);
  });
  it('fits its width at phone size', () => {
    const root = elements(svg, 'svg')[0]!;
    const tiles = elements(svg, 'rect').filter((r) => r.rx === '3');
    for (const t of tiles) expect(Number(t.x) + Number(t.width)).toBeLessThanOrEqual(Number(root.width));
  });
});

describe('autoLayout(tiles)', () => {
  it('lays out tiles without places on a square-ish grid in order', () => {
    const placed = autoLayout(['a', 'b', 'c', 'd', 'e'].map((key): { key: string; row?: number; col?: number } => ({ key })));
    expect(placed.map((t) => [t.row, t.col])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]]);
  });
  it('puts tiles without a place in the rows below the placed ones', () => {
    const placed = autoLayout<{ key: string; row?: number; col?: number }>([{ key: 'a', row: 0, col: 1 }, { key: 'b' }, { key: 'c' }, { key: 'd' }]);
    expect(placed.map((t) => [t.row, t.col])).toEqual([[0, 1], [1, 0], [1, 1], [2, 0]]);
  });
});
