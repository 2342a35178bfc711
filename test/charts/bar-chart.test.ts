import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart';
import { newEnrolledWithGap, wan, YEAR_2024 } from './examples';
import { BAD_VALUES, elements, group, textY } from './helpers';

const MONTHS = YEAR_2024.slice(1);

describe('barChart(spec) snapshots', () => {
  it('monthly columns with a missing month and a reference line', async () => {
    await expect(barChart(newEnrolledWithGap)).toMatchFileSnapshot('./__snapshots__/bar-gap.svg');
  });
  it('negative values below a zero line', async () => {
    const svg = barChart({ ...newEnrolledWithGap, id: 'net-change', reference: undefined, points: MONTHS.map((x, i) => ({ x, y: (i - 4) * 5000 })) });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/bar-negative.svg');
  });
});

describe('barChart(spec)', () => {
  const svg = barChart(newEnrolledWithGap);
  it('draws one bar per reported month and none for the missing one', () => {
    expect(elements(group(svg, 'series', 'pension'), 'rect')).toHaveLength(11);
  });
  it('hatches the missing month’s slot and marks it 无数据', () => {
    const gaps = group(svg, 'no-data');
    const slots = elements(gaps, 'rect');
    expect(slots).toHaveLength(1);
    expect(slots[0]!.fill).toBe('url(#new-province-pension-2024-nodata)');
    expect(svg).toContain('<pattern id="new-province-pension-2024-nodata"');
    expect(gaps).toContain('>无<');
    expect(group(svg, 'legend')).toContain('无数据');
  });
  it('puts the missing slot where May belongs', () => {
    const slot = elements(group(svg, 'no-data'), 'rect')[0]!;
    const bars = elements(group(svg, 'series', 'pension'), 'rect');
    const centre = (r: Record<string, string>) => Number(r.x) + Number(r.width) / 2;
    // April is bars[3], June bars[4]: May's slot lies between them.
    expect(centre(slot)).toBeGreaterThan(centre(bars[3]!));
    expect(centre(slot)).toBeLessThan(centre(bars[4]!));
  });
  it('draws the reference line at the y of its value', () => {
    const line = elements(group(svg, 'reference'), 'line')[0]!;
    const tall = elements(group(svg, 'series', 'pension'), 'rect');
    // 2.5万 lies halfway between the 2万 and 3万 grid lines.
    const [y2, y3] = [textY(svg, '2万')[0]!, textY(svg, '3万')[0]!];
    expect(Number(line.y1)).toBeCloseTo((y2 + y3) / 2, 0);
    expect(tall.length).toBeGreaterThan(0);
  });
  it('shows no hatching or key when no month is missing', () => {
    const full = barChart({ ...newEnrolledWithGap, reference: undefined, points: MONTHS.map((x) => ({ x, y: 1000 })) });
    expect(full).not.toContain('<pattern');
    expect(group(full, 'legend')).toBe('');
  });
  it('writes no NaN, undefined or null, even with every month missing', () => {
    expect(svg).not.toMatch(BAD_VALUES);
    const empty = barChart({ id: 'e', title: 't', description: 'd', yFormat: wan, points: MONTHS.map((x) => ({ x, y: null })) });
    expect(empty).toContain('>无数据<');
    expect(empty).not.toMatch(BAD_VALUES);
  });
});
