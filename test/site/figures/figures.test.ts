import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, withChart } from '../../../src/site/figures/figures';

describe('withChart(figure, draw)', () => {
  const figure = () => {
    const calls: string[] = [];
    const spec = withChart(
      { id: 'f', title: 'T', description: 'D', table: { caption: 'C', columns: [], rows: [] }, notes: [], csv: '/data/figures/f.csv', measures: [] },
      (width, chartId) => {
        calls.push(`${chartId}@${width}`);
        return `<svg id="${chartId}" width="${width}"></svg>`;
      },
    );
    return { spec, calls };
  };

  it('draws each width only when it is first read, with its own id, and keeps it', () => {
    const { spec, calls } = figure();
    expect(calls).toEqual([]);
    expect(spec.svgNarrow).toBe(`<svg id="f-narrow" width="${CHART_WIDTH.narrow}"></svg>`);
    expect(calls).toEqual([`f-narrow@${CHART_WIDTH.narrow}`]);
    expect(spec.svg).toBe(`<svg id="f" width="${CHART_WIDTH.wide}"></svg>`);
    expect(spec.svg).toBe(spec.svg);
    expect(spec.svgNarrow).toBe(`<svg id="f-narrow" width="${CHART_WIDTH.narrow}"></svg>`);
    expect(calls).toEqual([`f-narrow@${CHART_WIDTH.narrow}`, `f@${CHART_WIDTH.wide}`]);
  });

  it('keeps the figure\'s other fields as given', () => {
    const { spec } = figure();
    expect([spec.id, spec.title, spec.description, spec.csv]).toEqual(['f', 'T', 'D', '/data/figures/f.csv']);
  });
});
