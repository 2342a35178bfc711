/**
 * Monthly column chart as an SVG string (e.g. new enrolments per month). A missing month
 * keeps its slot, filled with grey hatching and marked 无数据, so it never reads as zero.
 */
import {
  alignToDomain,
  DEFAULT_SIZE,
  type LabelPlacement,
  type MonthChartSpec,
  type MonthPoint,
  type MonthSeries,
  monthFrame,
  noDataLabel,
  noDataNotice,
  placeReferenceLabel,
  referenceLayer,
  referenceLegendItem,
  xDomainOf,
} from './frame';
import { MUTED, NO_DATA, seriesStyle } from './palette';
import { type Box, el, escapeXml, legend, type LegendItem, svgRoot } from './svg';

/** Input of `barChart`: one monthly series. The y domain always includes 0. */
export interface BarChartSpec extends MonthChartSpec {
  points: readonly MonthPoint[];
  /** Names the bars in the key shown when there are missing months, e.g. `新增参保人数`. */
  label?: string;
  /** An insurance key (`pension`…) colours the bars as that insurance; default blue. */
  key?: string;
  /** Overrides the bar colour (`#RRGGBB`, ≥3:1 on white). */
  color?: string;
}

const BAR_SHARE = 0.72;

/** Renders a monthly column chart to SVG markup (see src/charts/README.md). */
export function barChart(spec: BarChartSpec): string {
  const series: MonthSeries = { key: spec.key ?? 'value', label: spec.label ?? '', points: spec.points };
  const domain = xDomainOf(spec, [series]);
  const values = alignToDomain(series, domain);
  const style = seriesStyle(series.key, 0, spec.color);
  const present = values.filter((v): v is number => v !== null);
  const hasGap = present.length > 0 && values.some((v) => v === null);
  const width = spec.width ?? DEFAULT_SIZE.width;
  const patternId = `${spec.id}-nodata`;
  const NO_DATA_LABEL = noDataLabel(spec.lang);

  // The key only matters when there is a hatched slot (or a reference with no room) to explain.
  const items: LegendItem[] = hasGap
    ? [
        ...(series.label ? [{ label: series.label, swatch: (x: number, y: number) => el('rect', { x: x + 4, y: y - 7, width: 14, height: 14, fill: style.color }) }] : []),
        {
          label: NO_DATA_LABEL,
          swatch: (x, y) => el('rect', { x: x + 4, y: y - 7, width: 14, height: 14, fill: `url(#${patternId})`, stroke: NO_DATA.stroke }),
        },
      ]
    : [];

  const layout = (legendItems: readonly LegendItem[]) => {
    const top = legend(legendItems, 0, 0, width);
    const frame = monthFrame(spec, domain, present, { includeZero: true, top: top.height > 0 ? top.height + 12 : 12, right: 0 });
    const barWidth = Math.max(1, frame.step * BAR_SHARE);
    const y0 = frame.y(0);
    const boxes = values.map((v, i): Box | null => {
      if (v === null) return null;
      const cx = frame.x(i);
      const yv = frame.y(v);
      return { x0: cx - barWidth / 2, x1: cx + barWidth / 2, y0: Math.min(yv, y0), y1: Math.max(yv, y0) };
    });
    return { top, frame, boxes, y0 };
  };

  let { top, frame, boxes, y0 } = layout(items);
  let refLabel: LabelPlacement | null = null;
  if (spec.reference) {
    refLabel = placeReferenceLabel(frame, spec.reference, boxes.filter((b): b is Box => b !== null));
    // No free spot next to the line: name it in the legend, which needs a new layout.
    if (!refLabel) ({ top, frame, boxes, y0 } = layout([...items, referenceLegendItem(spec.reference)]));
  }

  const slotWidth = Math.max(1, frame.step * 0.92);
  const bars: string[] = [];
  const gaps: string[] = [];
  boxes.forEach((box, i) => {
    if (box === null) {
      if (present.length === 0) return;
      const cx = frame.x(i);
      gaps.push(el('rect', { x: cx - slotWidth / 2, y: frame.plot.y0, width: slotWidth, height: frame.plot.y1 - frame.plot.y0, fill: `url(#${patternId})` }));
      if (slotWidth >= 13) gaps.push(verticalLabel(NO_DATA_LABEL, cx, frame.plot.y1 - 6));
      return;
    }
    if (box.y1 - box.y0 <= 0) return;
    bars.push(el('rect', { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0, fill: style.color, 'shape-rendering': 'crispEdges' }));
  });

  const body: string[] = [];
  if (hasGap) body.push(el('defs', {}, hatchPattern(patternId)));
  body.push(frame.grid);
  if (present.length === 0) body.push(noDataNotice(frame));
  body.push(el('g', { class: 'no-data' }, gaps));
  body.push(el('g', { class: 'series', 'data-series': series.key }, bars));
  body.push(frame.xAxis);
  // Bars start at zero: draw the zero line over them when the axis goes below zero.
  if (y0 < frame.plot.y1 - 0.5) body.push(el('line', { class: 'zero', x1: frame.plot.x0, x2: frame.plot.x1, y1: y0, y2: y0, stroke: MUTED, 'shape-rendering': 'crispEdges' }));
  if (spec.reference) body.push(referenceLayer(frame, spec.reference, refLabel));
  if (top.markup) body.push(top.markup);
  return svgRoot(spec, frame.width, frame.height, body);
}

/** Grey diagonal hatching for missing months (ids are prefixed with the chart id). */
function hatchPattern(id: string): string {
  return el('pattern', { id, patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' }, [
    el('rect', { width: 5, height: 5, fill: NO_DATA.background }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: NO_DATA.stroke, 'stroke-width': 1.5 }),
  ]);
}

/** Chinese set vertically, one character per line, ending just above `bottom`. */
function verticalLabel(s: string, cx: number, bottom: number): string {
  const chars = [...s];
  const size = 11;
  const lines = chars.map((c, k) => el('tspan', { x: cx, y: bottom - (chars.length - 1 - k) * (size + 1) }, escapeXml(c)));
  const halo = { stroke: NO_DATA.background, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  return el('text', { 'font-size': size, fill: MUTED, 'text-anchor': 'middle', ...halo }, lines.join(''));
}
