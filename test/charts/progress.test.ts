import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/charts/progress';
import { progressNoTarget, progressOver, progressUnder } from './examples';
import { BAD_VALUES, elements, itMatchesSnapshots } from './helpers';

const rect = (svg: string, cls: string) => elements(svg, 'rect').find((r) => r.class === cls);
const mark = (svg: string) => elements(svg, 'line').find((l) => l.class === 'target');

describe('progressBar(spec) snapshots', () => {
  itMatchesSnapshots(progressBar, [
    ['under target', progressUnder, 'progress-under'],
    ['over target', progressOver, 'progress-over'],
    ['no target', progressNoTarget, 'progress-no-target'],
  ]);
});

describe('progressBar(spec)', () => {
  it('fills the share of the target reached, the target mark at the end of the track', () => {
    const svg = progressBar(progressUnder);
    const track = Number(rect(svg, 'track')!.width);
    expect(Number(rect(svg, 'fill')!.width) / track).toBeCloseTo(7_205_000 / 7_500_000, 2);
    expect(Number(mark(svg)!.x1)).toBe(track);
    expect(svg).toContain('完成率 96.1%');
  });
  it('runs the fill past the target mark when the target is exceeded', () => {
    const svg = progressBar(progressOver);
    const fill = Number(rect(svg, 'fill')!.width);
    const at = Number(mark(svg)!.x1);
    expect(fill).toBeGreaterThan(at);
    expect(at / fill).toBeCloseTo(6_000_000 / 6_240_000, 2);
    expect(svg).toContain('完成率 104.0%');
  });
  it('keeps the target mark in place across bars given one scaleMax', () => {
    const a = progressBar({ ...progressUnder, scaleMax: 1.2 });
    const b = progressBar({ ...progressOver, scaleMax: 1.2 });
    expect(mark(a)!.x1).toBe(mark(b)!.x1);
  });
  it('draws no bar and no NaN when the target is missing or zero', () => {
    for (const target of [null, undefined, 0, Number.NaN]) {
      const svg = progressBar({ ...progressNoTarget, target });
      expect(rect(svg, 'fill')).toBeUndefined();
      expect(mark(svg)).toBeUndefined();
      expect(svg).toContain('未设目标');
      expect(svg).not.toMatch(BAD_VALUES);
    }
  });
  it('draws an empty bar for zero or negative values', () => {
    const svg = progressBar({ ...progressUnder, value: -5 });
    expect(rect(svg, 'fill')).toBeUndefined();
    expect(svg).not.toMatch(BAD_VALUES);
  });
  it('is an img with an escaped title and a generated description', () => {
    const svg = progressBar({ ...progressUnder, label: 'A&B<省>' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="bar-province-pension-2024-title">A&amp;B&lt;省&gt;完成率</title>');
    expect(svg).toContain('<desc id="bar-province-pension-2024-desc">A&amp;B&lt;省&gt;：720.5万，目标 750万，完成率 96.1%。</desc>');
  });
  it('shows only the bar and mark when compact', () => {
    const svg = progressBar({ ...progressUnder, compact: true });
    expect(svg).not.toContain('<text');
    expect(elements(svg, 'svg')[0]!.viewBox).toBe('0 0 400 20');
  });
});
