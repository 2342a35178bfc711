/**
 * Monthly line chart as an SVG string: one line per series, missing months left as gaps
 * (never interpolated), an optional dashed target line, legend or direct labels.
 */
import { line } from 'd3';
import {
  alignToDomain,
  DEFAULT_SIZE,
  type Frame,
  type LabelPlacement,
  type MonthChartSpec,
  type MonthSeries,
  monthFrame,
  noDataNotice,
  placeReferenceLabel,
  polylineObstacles,
  referenceLayer,
  referenceLegendItem,
  xDomainOf,
} from './frame';
import { seriesStyle, type SeriesStyle } from './palette';
import { el, FONT, HALO, legend, type LegendItem, marker, spread, svgRoot, text, textWidth } from './svg';

/** Input of `lineChart`. */
export interface LineChartSpec extends MonthChartSpec {
  series: readonly MonthSeries[];
  /**
   * How series are named when there is more than one: `direct` labels at the line ends,
   * `top` legend above the plot, `auto` (default) direct when every series reaches the
   * last month and the labels fit, else top; `none` when the caller shows its own legend.
   */
  legend?: 'auto' | 'direct' | 'top' | 'none';
}

const MARKER_SIZE = 8;
const LABEL_GAP = 15;

interface Placed {
  series: MonthSeries;
  style: SeriesStyle;
  values: (number | null)[];
  /** Pixel position per slot, null where the month is missing. */
  points: ([number, number] | null)[];
}

/** Renders a monthly line chart to SVG markup (see src/charts/README.md). */
export function lineChart(spec: LineChartSpec): string {
  const domain = xDomainOf(spec, spec.series);
  const width = spec.width ?? DEFAULT_SIZE.width;
  const styled = spec.series.map((s, i) => {
    const style = seriesStyle(s.key, i, s.color);
    // Dashes tell series apart; a lone series stays solid so it never reads as a projection.
    return { series: s, style: spec.series.length > 1 ? style : { ...style, dash: '' }, values: alignToDomain(s, domain) };
  });
  const allValues = styled.flatMap((s) => s.values.filter((v): v is number => v !== null));

  const mode = labelMode(spec, styled, width);
  const labelWidth = Math.max(0, ...spec.series.map((s) => textWidth(s.label, FONT.tick)));
  const seriesItems: LegendItem[] = mode === 'top' ? styled.map(({ series, style }) => ({ label: series.label, swatch: lineSwatch(style) })) : [];

  const layout = (items: readonly LegendItem[]) => {
    const top = legend(items, 0, 0, width);
    const frame = monthFrame(spec, domain, allValues, {
      // An explicit domain may start above zero (e.g. a rate axis from 80%).
      includeZero: spec.yDomain === undefined,
      top: top.height > 0 ? top.height + 12 : 12,
      right: mode === 'direct' ? labelWidth + 16 : 0,
    });
    const placed: Placed[] = styled.map((s) => ({
      ...s,
      points: s.values.map((v, i) => (v === null ? null : ([frame.x(i), frame.y(v)] as [number, number]))),
    }));
    return { top, frame, placed };
  };

  let { top, frame, placed } = layout(seriesItems);
  let refLabel: LabelPlacement | null = null;
  if (spec.reference) {
    refLabel = placeReferenceLabel(frame, spec.reference, placed.flatMap((p) => polylineObstacles(p.points)));
    // No free spot next to the line: name it in the legend, which needs a new layout.
    if (!refLabel) ({ top, frame, placed } = layout([...seriesItems, referenceLegendItem(spec.reference)]));
  }

  const body: string[] = [frame.grid, frame.xAxis];
  if (domain.length === 0 || allValues.length === 0) body.push(noDataNotice(frame));
  for (const p of placed) body.push(seriesLayer(p));
  if (spec.reference) body.push(referenceLayer(frame, spec.reference, refLabel));
  if (mode === 'direct') body.push(directLabels(placed, frame));
  if (top.markup) body.push(top.markup);
  return svgRoot(spec, frame.width, frame.height, body);
}

function labelMode(spec: LineChartSpec, styled: readonly { series: MonthSeries; values: (number | null)[] }[], width: number): 'direct' | 'top' | 'none' {
  const wanted = spec.legend ?? 'auto';
  if (wanted === 'none' || styled.length === 0) return 'none';
  if (wanted === 'top' || wanted === 'direct') return wanted;
  if (styled.length < 2) return 'none';
  const labelWidth = Math.max(...styled.map((s) => textWidth(s.series.label, FONT.tick)));
  const allReachEnd = styled.every((s) => s.values.length > 0 && s.values[s.values.length - 1] !== null);
  return allReachEnd && styled.length <= 5 && labelWidth + 16 <= width * 0.28 ? 'direct' : 'top';
}

function lineSwatch(style: SeriesStyle): (x: number, y: number) => string {
  return (x, y) =>
    [
      el('line', { x1: x, x2: x + 22, y1: y, y2: y, stroke: style.color, 'stroke-width': 2, 'stroke-dasharray': style.dash || undefined }),
      marker(style.marker, x + 11, y, MARKER_SIZE, style.color),
    ].join('\n');
}

function seriesLayer(p: Placed): string {
  const path = line<[number, number] | null>()
    .defined((d) => d !== null)
    .x((d) => d![0])
    .y((d) => d![1])
    .digits(1)(p.points);
  const parts: string[] = [];
  if (path) {
    parts.push(
      el('path', {
        d: path,
        fill: 'none',
        stroke: p.style.color,
        'stroke-width': 2,
        'stroke-dasharray': p.style.dash || undefined,
        'stroke-linejoin': 'round',
      }),
    );
  }
  // A month with no neighbour on either side has no segment: show it as a marker.
  const lastIndex = p.points.reduce((last, pt, i) => (pt ? i : last), -1);
  p.points.forEach((pt, i) => {
    if (!pt) return;
    const isolated = !p.points[i - 1] && !p.points[i + 1];
    if (isolated || i === lastIndex) parts.push(marker(p.style.marker, pt[0], pt[1], MARKER_SIZE, p.style.color));
  });
  return el('g', { class: 'series', 'data-series': p.series.key }, parts);
}

function directLabels(placed: readonly Placed[], frame: Frame): string {
  const ends = placed
    .map((p) => {
      const last = [...p.points].reverse().find((pt) => pt !== null);
      return last ? { p, last } : null;
    })
    .filter((e): e is NonNullable<typeof e> => e !== null)
    .sort((a, b) => a.last[1] - b.last[1]);
  const ys = spread(
    ends.map((e) => e.last[1]),
    LABEL_GAP,
    frame.plot.y0,
    frame.plot.y1 - 4,
  );
  const parts: string[] = [];
  const lx = frame.plot.x1 + 8;
  ends.forEach((e, i) => {
    const ly = ys[i]!;
    if (Math.abs(ly - e.last[1]) > 2) {
      parts.push(el('line', { x1: e.last[0] + 5, x2: lx - 2, y1: e.last[1], y2: ly, stroke: e.p.style.color, 'stroke-width': 1 }));
    }
    parts.push(text(e.p.series.label, { x: lx, y: ly, dy: '0.35em', fill: e.p.style.textColor, 'font-weight': 600, ...HALO }));
  });
  return el('g', { class: 'direct-labels' }, parts);
}
