import { describe, expect, it } from 'vitest';
import { categoryBarChart } from '../../src/charts/category-bars';
import { categoryChange, categoryCompletion, categoryPace } from './examples';
import { textWidth, FONT } from '../../src/charts/svg';
import { BAD_VALUES, elements, textY, itMatchesSnapshots } from './helpers';

const bars = (svg: string) => elements(svg, 'rect').filter((r) => r.class?.startsWith('value'));

describe('categoryBarChart(spec) snapshots', () => {
  itMatchesSnapshots(categoryBarChart, [
    ['pace by region', categoryPace, 'category-pace'],
    ['change by region', categoryChange, 'category-change'],
    ['completion from the 100% line', categoryCompletion, 'category-completion'],
  ]);
});

describe('categoryBarChart(spec) with a baseline', () => {
  const svg = categoryBarChart(categoryCompletion);
  it('starts bars at the target: short of it to the left, past it to the right', () => {
    const [shenyang, fuxin] = bars(svg);
    const line = Number(shenyang!.x);
    expect(Number(fuxin!.x) + Number(fuxin!.width)).toBeCloseTo(line, 1);
    expect(Number(fuxin!.x)).toBeLessThan(line);
  });
  it('shows a 3-point gap as a visible difference (the axis spans the values, not 0–100%)', () => {
    const [shenyang, fuxin] = bars(svg);
    expect(Number(fuxin!.width)).toBeGreaterThan(40);
    expect(Number(shenyang!.width)).toBeGreaterThan(10);
  });
});

describe('categoryBarChart(spec) labels', () => {
  it('keeps the value label of the longest bar inside the chart, however wide it is', () => {
    const spec = { ...categoryChange, bars: [{ label: '沈阳市', value: 17_800 }, { label: '大连市', value: 7_793 }], format: () => '+1.78万人（最多）' };
    const svg = categoryBarChart({ ...spec, width: 340 });
    const root = elements(svg, 'svg')[0]!;
    const label = elements(svg, 'text').find((t) => svg.includes('+1.78万人（最多）') && t.x != null && Number(t.x) > 100 && t['text-anchor'] == null);
    expect(label).toBeDefined();
    const right = Math.max(...elements(svg, 'text').filter((t) => t['text-anchor'] == null && t.x != null).map((t) => Number(t.x) + textWidth('+1.78万人（最多）', FONT.tick)));
    expect(right).toBeLessThanOrEqual(Number(root.width));
  });
});

describe('categoryBarChart(spec)', () => {
  const svg = categoryBarChart(categoryPace);
  it('draws one row per category, in order, with its value label', () => {
    const ys = ['沈阳市', '朝阳市', '铁岭市', '省本级', '葫芦岛市'].map((l) => textY(svg, l)[0]!);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(textY(svg, '61%')).toHaveLength(1);
    expect(textY(svg, '−5%')).toHaveLength(0);
    expect(textY(svg, '-5%')).toHaveLength(1);
  });
  it('keeps the row of a missing value with its note, and draws no bar for it', () => {
    expect(textY(svg, '未设目标')).toHaveLength(1);
    expect(bars(svg)).toHaveLength(4);
  });
  it('extends a negative value left of zero', () => {
    const [shenyang, , tieling] = bars(svg);
    expect(Number(tieling!.x)).toBeLessThan(Number(shenyang!.x));
    expect(Math.abs(Number(tieling!.x) + Number(tieling!.width) - Number(shenyang!.x))).toBeLessThanOrEqual(0.15);
  });
  it('marks highlighted bars with the hatching, not only a colour, and names both in a key', () => {
    const fills = bars(svg).map((b) => b.fill);
    expect(fills.filter((f) => f === 'url(#pace-pension-2005-q2-hl)')).toHaveLength(2);
    expect(svg).toContain('<pattern id="pace-pension-2005-q2-hl"');
    expect(textY(svg, '落后于时间进度')).toHaveLength(1);
    expect(textY(svg, '按进度')).toHaveLength(1);
  });
  it('draws every text after the reference line, so the line never strikes through a value', () => {
    expect(svg.indexOf('class="reference"')).toBeLessThan(svg.indexOf('>61%<'));
    expect(svg.indexOf('class="reference"')).toBeGreaterThan(svg.lastIndexOf('class="value'));
  });
  it('draws the reference line at its value', () => {
    const ref = elements(svg, 'line').find((l) => l.class === 'reference')!;
    const [shenyang] = bars(svg);
    const zero = Number(shenyang!.x);
    const at612 = zero + Number(shenyang!.width);
    expect((Number(ref.x1) - zero) / (at612 - zero)).toBeCloseTo(0.5 / 0.612, 1);
    expect(textY(svg, '时间进度 50%')).toHaveLength(1);
  });
  it('has no key without highlighted bars, and never a bad value', () => {
    const plain = categoryBarChart({ ...categoryChange, bars: [{ label: '沈阳市', value: 1 }, { label: '大连市', value: null }] });
    expect(plain).not.toContain('class="legend"');
    for (const s of [svg, plain, categoryBarChart(categoryChange)]) expect(s).not.toMatch(BAD_VALUES);
  });
  it('escapes labels', () => {
    const s = categoryBarChart({ ...categoryChange, bars: [{ label: 'A&B<市>', value: 1 }] });
    expect(s).toContain('A&amp;B&lt;市&gt;');
  });
});
