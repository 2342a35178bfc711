import { describe, expect, it } from 'vitest';
import { lineChart, type LineChartSpec } from '../../src/charts/line-chart';
import { contributionRate, enrolledWithGaps, enrolledWithTarget, fourInsurances, pct, wan, YEAR_2024 } from './examples';
import { BAD_VALUES, elements, group, moveCount, textY, itMatchesSnapshots } from './helpers';

const seriesPath = (svg: string, key: string) => elements(group(svg, 'series', key), 'path')[0]?.d ?? '';

describe('lineChart(spec) snapshots', () => {
  itMatchesSnapshots(lineChart, [
    ['one series with an annual target', enrolledWithTarget, 'line-target'],
    ['missing months, one of them leaving an isolated point', enrolledWithGaps, 'line-gaps'],
    ['four insurances with direct labels', fourInsurances, 'line-four-insurances'],
    ['a percent axis from 80% with a 90% target and a legend', contributionRate, 'line-rate'],
  ]);
});

describe('lineChart(spec) accessibility markup', () => {
  const svg = lineChart({ ...enrolledWithTarget, title: '参保 <人数> & 目标', description: '"引号" & <尖括号>' });
  it('is an img named by its title and described by its desc', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="enrolled-province-pension-2024-title enrolled-province-pension-2024-desc"/);
    expect(svg).toContain('<title id="enrolled-province-pension-2024-title">参保 &lt;人数&gt; &amp; 目标</title>');
    expect(svg).toContain('<desc id="enrolled-province-pension-2024-desc">&quot;引号&quot; &amp; &lt;尖括号&gt;</desc>');
  });
  it('is shown at the size it is drawn (width and height equal the viewBox), with no script, style or external reference', () => {
    const root = elements(svg, 'svg')[0]!;
    expect(root.viewBox).toBe('0 0 400 260');
    expect(root.width).toBe('400');
    expect(root.height).toBe('260');
    expect(svg).not.toMatch(/<script|<style|href=|style=|url\((?!#)/);
  });
  it('escapes series labels too', () => {
    const two = lineChart({ ...fourInsurances, series: fourInsurances.series.map((s, i) => (i === 0 ? { ...s, label: 'A&B<C>' } : s)) });
    expect(two).toContain('A&amp;B&lt;C&gt;');
    expect(two).not.toContain('A&B');
  });
});

describe('lineChart(spec) gaps', () => {
  it('breaks the line at each missing month instead of joining across it', () => {
    const svg = lineChart(enrolledWithGaps);
    // Runs: Dec–Feb, Apr alone, Jun–Dec.
    expect(moveCount(seriesPath(svg, 'medical'))).toBe(3);
  });
  it('draws a lone month between two gaps as a marker', () => {
    const svg = lineChart(enrolledWithGaps);
    const g = group(svg, 'series', 'medical');
    // One marker for April (isolated), one for December (the latest value).
    expect(elements(g, 'path').length - 1).toBe(2);
  });
  it('treats a month left out of the points like a null', () => {
    const left = { ...enrolledWithGaps, series: enrolledWithGaps.series.map((s) => ({ ...s, points: s.points.filter((p) => p.y !== null) })) };
    expect(lineChart(left)).toBe(lineChart(enrolledWithGaps));
  });
  it('keeps one unbroken path when nothing is missing', () => {
    expect(moveCount(seriesPath(lineChart(enrolledWithTarget), 'pension'))).toBe(1);
  });
  it('writes no NaN, undefined or null for any example', () => {
    for (const spec of [enrolledWithTarget, enrolledWithGaps, fourInsurances, contributionRate]) expect(lineChart(spec)).not.toMatch(BAD_VALUES);
  });
});

describe('lineChart(spec) reference line', () => {
  it('is drawn dashed at the y of its value, on the 750万 grid line', () => {
    const svg = lineChart(enrolledWithTarget);
    const lines = elements(group(svg, 'reference'), 'line');
    const dashed = lines.find((l) => l['stroke-dasharray'])!;
    expect(dashed.y1).toBe(dashed.y2);
    expect(Number(dashed.y1)).toBe(textY(svg, '750万')[0]);
    // y = 222 (bottom) − (750 − 700)/(760 − 700) × (222 − 12).
    expect(Number(dashed.y1)).toBe(47);
    expect(textY(svg, '年度目标 750万')).toHaveLength(1);
  });
  it('widens a y domain that would leave the target off the chart', () => {
    const svg = lineChart({ ...enrolledWithTarget, yDomain: [7_000_000, 7_400_000], reference: { value: 8_000_000, label: '目标 800万' } });
    const y = Number(elements(group(svg, 'reference'), 'line')[0]!.y1);
    expect(y).toBeGreaterThanOrEqual(12);
    expect(textY(svg, '800万')[0]).toBe(y);
  });
  it('keeps an explicit y domain that already holds everything (rate axis from 80%)', () => {
    const svg = lineChart(contributionRate);
    expect(textY(svg, '80%')).toHaveLength(1);
    expect(textY(svg, '0%')).toHaveLength(0);
    expect(Number(elements(group(svg, 'reference'), 'line')[0]!.y1)).toBe(textY(svg, '90%')[0]);
  });
  it('starts at zero when no y domain is given', () => {
    expect(textY(lineChart({ ...enrolledWithTarget, yDomain: undefined }), '0')).toHaveLength(1);
  });
  it('moves the label into the legend when the lines leave it no room next to the target', () => {
    const flat: LineChartSpec = {
      ...enrolledWithTarget,
      series: [{ key: 'pension', label: '参保人数', points: YEAR_2024.map((x, i) => ({ x, y: i % 2 ? 7_560_000 : 7_440_000 })) }],
    };
    const svg = lineChart(flat);
    expect(group(svg, 'reference')).not.toContain('年度目标');
    expect(group(svg, 'legend')).toContain('年度目标 750万');
  });
});

describe('lineChart(spec) legend', () => {
  it('labels line ends directly when every series reaches the last month', () => {
    const svg = lineChart(fourInsurances);
    expect(group(svg, 'direct-labels')).toContain('医疗保险');
    expect(group(svg, 'legend')).toBe('');
  });
  it('uses a legend above the plot when a label is too long for the margin', () => {
    const svg = lineChart(contributionRate);
    expect(group(svg, 'legend')).toContain('新增参保人员缴费率');
    expect(group(svg, 'direct-labels')).toBe('');
  });
  it('names no series when there is only one', () => {
    const svg = lineChart(enrolledWithTarget);
    expect(group(svg, 'legend')).toBe('');
    expect(group(svg, 'direct-labels')).toBe('');
  });
  it('draws a lone series solid and several with distinct dash patterns', () => {
    expect(elements(lineChart(enrolledWithGaps), 'path')[0]!['stroke-dasharray']).toBeUndefined();
    const svg = lineChart(fourInsurances);
    const dashes = ['pension', 'unemployment', 'medical', 'work_injury'].map((k) => elements(group(svg, 'series', k), 'path')[0]!['stroke-dasharray'] ?? '');
    expect(new Set(dashes).size).toBe(4);
  });
});

describe('lineChart(spec) edge cases', () => {
  const base = { id: 'e', title: 't', description: 'd', yFormat: wan };
  it('says 无数据 when every value is missing', () => {
    const svg = lineChart({ ...base, series: [{ key: 'pension', label: 'x', points: YEAR_2024.map((x) => ({ x, y: null })) }] });
    expect(svg).toContain('>无数据<');
    expect(svg).not.toMatch(BAD_VALUES);
  });
  it('renders with no series and no months', () => {
    const svg = lineChart({ ...base, series: [] });
    expect(svg).toContain('>无数据<');
    expect(svg).not.toMatch(BAD_VALUES);
  });
  it('handles a single month and a flat series', () => {
    const one = lineChart({ ...base, yFormat: pct, series: [{ key: 'a', label: 'a', points: [{ x: '2024-06', y: 0.9 }] }] });
    expect(one).not.toMatch(BAD_VALUES);
    expect(elements(group(one, 'series', 'a'), 'circle')).toHaveLength(1);
  });
  it('rejects an id that cannot be an element id', () => {
    expect(() => lineChart({ ...enrolledWithTarget, id: 'two words' })).toThrow(/must start with a letter/);
  });
  it('rejects a month that is not YYYY-MM', () => {
    expect(() => lineChart({ ...base, series: [{ key: 'a', label: 'a', points: [{ x: '2024-6', y: 1 }] }] })).toThrow(/"2024-6" is not YYYY-MM/);
  });
});
