import { describe, expect, it } from 'vitest';
import { INSURANCES } from '../../src/data/types';
import { AXIS, contrastRatio, INK, INSURANCE_COLORS, MUTED, REFERENCE, SERIES_COLORS, seriesStyle } from '../../src/charts/palette';

const WHITE = '#FFFFFF';

describe('palette contrast on white', () => {
  it('gives every insurance and series colour at least 3:1 (WCAG 1.4.11)', () => {
    for (const c of [...Object.values(INSURANCE_COLORS), ...SERIES_COLORS, AXIS, REFERENCE]) {
      expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(3);
    }
  });
  it('gives text colours, including each series label colour, at least 4.5:1 (WCAG 1.4.3)', () => {
    const texts = [INK, MUTED, ...INSURANCES.map((k, i) => seriesStyle(k, i).textColor), ...SERIES_COLORS.map((_, i) => seriesStyle(`s${i}`, i).textColor)];
    for (const c of texts) expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(4.5);
  });
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('seriesStyle(key, index)', () => {
  it('gives each insurance its own colour, dash and marker whatever its position', () => {
    const styles = INSURANCES.map((k) => seriesStyle(k, 7));
    for (const prop of ['color', 'dash', 'marker'] as const) expect(new Set(styles.map((s) => s[prop])).size).toBe(INSURANCES.length);
    expect(seriesStyle('medical', 0)).toEqual(seriesStyle('medical', 3));
  });
  it('takes other series from the palette in order', () => {
    expect(seriesStyle('rate', 0).color).toBe(SERIES_COLORS[0]);
    expect(seriesStyle('new-rate', 1).color).toBe(SERIES_COLORS[1]);
  });
  it('falls back to the text colour for a caller colour too light for text', () => {
    expect(seriesStyle('x', 0, '#E69F00').textColor).toBe(INK);
  });
});
