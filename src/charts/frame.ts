/**
 * The frame shared by the monthly charts: one slot per month of the x domain (so a
 * missing month keeps its place), a y scale, grid, axes and the reference (target) line.
 */
import { scaleLinear } from 'd3';
import type { Month } from '../data/types';
import { monthNumber, monthSpan, monthTicks, TICKS_EN, TICKS_ZH } from './months';
import { AXIS, GRID, INK, MUTED, REFERENCE } from './palette';
import { type Box, type ChartIdentity, el, FONT, HALO, type LegendItem, num, overlaps, text, textWidth, edgeTextWidth } from './svg';

/** One month's value; `null` (or a month left out) is a missing month, drawn as a gap. */
export interface MonthPoint {
  /** `YYYY-MM`. */
  x: Month;
  y: number | null;
}

/** A named monthly series. */
export interface MonthSeries {
  /** Identifies the series; an insurance key (`pension`…) gets that insurance's colour. */
  key: string;
  /** What readers see in legends and direct labels, e.g. `养老保险`. */
  label: string;
  points: readonly MonthPoint[];
  /** Overrides the palette colour (`#RRGGBB`, ≥3:1 on white). */
  color?: string;
}

/** A horizontal target line, e.g. `{ value: 7_500_000, label: '年度目标 750万' }`. */
export interface ReferenceLine {
  value: number;
  label: string;
}

/** Options every monthly chart takes. */
export interface MonthChartSpec extends ChartIdentity {
  /** Months to show, in order; defaults to every month from the first to the last point. */
  xDomain?: readonly Month[];
  /** Formats y tick values, e.g. `n => `${n / 10_000}万``. */
  yFormat: (n: number) => string;
  /**
   * The least y domain. It is widened (and then rounded to nice ticks) when a value or
   * the reference falls outside it, so nothing is ever clipped.
   */
  yDomain?: readonly [number, number];
  /** A dashed, labelled target line; the y domain always includes it. */
  reference?: ReferenceLine;
  /** viewBox width; default 400 (legible when scaled down to a 340px phone). */
  width?: number;
  /** viewBox height; default 260. */
  height?: number;
  /** The language of the chart's own words (month ticks, 无数据); default Chinese. */
  lang?: 'zh' | 'en';
}

/** The chart's own word for a missing value. */
export function noDataLabel(lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'en' ? 'No data' : '无数据';
}

/** Default viewBox size of the monthly charts. */
export const DEFAULT_SIZE = { width: 400, height: 260 } as const;

/** The months a chart shows: the given domain, or the full span of the series' months. */
export function xDomainOf(spec: { xDomain?: readonly Month[] }, series: readonly MonthSeries[]): Month[] {
  if (spec.xDomain) {
    spec.xDomain.forEach(monthNumber);
    return [...spec.xDomain];
  }
  return monthSpan(series.flatMap((s) => s.points.map((p) => p.x)));
}

/** The series' values slot by slot; months absent from the series, and non-finite values, are null. */
export function alignToDomain(series: MonthSeries, domain: readonly Month[]): (number | null)[] {
  const byMonth = new Map<Month, number | null>();
  for (const p of series.points) byMonth.set(p.x, p.y !== null && Number.isFinite(p.y) ? p.y : null);
  return domain.map((m) => byMonth.get(m) ?? null);
}

/** A laid-out monthly chart: scales and the static layers (grid, axes). */
export interface Frame {
  width: number;
  height: number;
  /** The plotting area. */
  plot: Box;
  domain: readonly Month[];
  /** Width of one month's slot. */
  step: number;
  /** Centre of slot `i`. */
  x: (i: number) => number;
  y: (v: number) => number;
  /** Grid lines and y tick labels (drawn first). */
  grid: string;
  /** x axis line, ticks and two-line month labels. */
  xAxis: string;
  lang: 'zh' | 'en';
}

const BOTTOM = 38;
const RIGHT_MIN = 14;

/**
 * Lays out a monthly chart. `values` are all plotted values (for the y domain); `top`
 * is the room above the plot (legend); `right` the room for direct labels.
 */
export function monthFrame(
  spec: MonthChartSpec,
  domain: readonly Month[],
  values: readonly number[],
  options: { includeZero: boolean; top: number; right: number },
): Frame {
  const width = spec.width ?? DEFAULT_SIZE.width;
  const height = spec.height ?? DEFAULT_SIZE.height;
  const top = Math.max(options.top, 12);
  const plotTop = top;
  const plotBottom = height - BOTTOM;

  const y = scaleLinear().range([plotBottom, plotTop]).domain(yDomainOf(spec, values, options.includeZero));
  const ticks = y.ticks(Math.max(2, Math.floor((plotBottom - plotTop) / 40)));
  const tickLabels = ticks.map((t) => spec.yFormat(t));
  const left = Math.ceil(Math.max(24, ...tickLabels.map((l) => edgeTextWidth(l, FONT.tick))) + 8);
  const right = Math.max(options.right, RIGHT_MIN);
  const plot: Box = { x0: left, x1: width - right, y0: plotTop, y1: plotBottom };
  const step = domain.length > 0 ? (plot.x1 - plot.x0) / domain.length : 0;
  const x = (i: number) => plot.x0 + (i + 0.5) * step;

  const grid = el(
    'g',
    { class: 'y-axis' },
    ticks.map((t, i) =>
      [
        // The x axis line already marks the bottom tick.
        Math.abs(y(t) - plot.y1) < 0.5 ? '' : el('line', { x1: plot.x0, x2: plot.x1, y1: y(t), y2: y(t), stroke: GRID, 'shape-rendering': 'crispEdges' }) + '\n',
        text(tickLabels[i]!, { x: plot.x0 - 6, y: y(t), dy: '0.35em', 'text-anchor': 'end', fill: MUTED }),
      ].join(''),
    ),
  );

  const axisParts = [el('line', { x1: plot.x0, x2: plot.x1, y1: plot.y1, y2: plot.y1, stroke: AXIS, 'shape-rendering': 'crispEdges' })];
  for (const tick of monthTicks(domain, step, (s) => textWidth(s, FONT.tick), spec.lang === 'en' ? TICKS_EN : TICKS_ZH)) {
    const tx = x(tick.index);
    axisParts.push(el('line', { x1: tx, x2: tx, y1: plot.y1, y2: plot.y1 + 4, stroke: AXIS }));
    for (const [line, s] of [[0, tick.label], [1, tick.year]] as const) {
      if (s === undefined) continue;
      const half = edgeTextWidth(s, FONT.tick) / 2;
      const cx = Math.min(width - half, Math.max(half, tx));
      axisParts.push(text(s, { x: cx, y: plot.y1 + 17 + line * 15, 'text-anchor': 'middle', fill: MUTED }));
    }
  }
  const xAxis = el('g', { class: 'x-axis' }, axisParts);

  return { width, height, plot, domain, step, x, y, grid, xAxis, lang: spec.lang ?? 'zh' };
}

function yDomainOf(spec: MonthChartSpec, values: readonly number[], includeZero: boolean): [number, number] {
  const all = [...values];
  if (spec.reference) all.push(spec.reference.value);
  if (includeZero) all.push(0);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (spec.yDomain) {
    const [a, b] = spec.yDomain;
    if (all.length === 0 || (lo >= a && hi <= b)) return [a, b];
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (all.length === 0) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo = includeZero && lo >= 0 ? 0 : lo - pad;
    hi += pad;
  }
  const nice = scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
  return nice;
}

/** Where a reference label goes: inside the plot, next to its line. */
export interface LabelPlacement {
  x: number;
  baseline: number;
  anchor: 'start' | 'end';
}

/**
 * Finds a spot for the reference label above (or below) its line at the left (or right)
 * end that touches none of `obstacles`; null when every spot does, and the caller then
 * names the line in the legend instead.
 */
export function placeReferenceLabel(frame: Frame, ref: ReferenceLine, obstacles: readonly Box[]): LabelPlacement | null {
  const { plot } = frame;
  const ry = frame.y(ref.value);
  const w = textWidth(ref.label, FONT.tick);
  const above = ry - 5;
  const below = ry + 5 + FONT.tick * 0.85;
  const candidates: LabelPlacement[] = [
    { x: plot.x0 + 4, baseline: above, anchor: 'start' },
    { x: plot.x1 - 4, baseline: above, anchor: 'end' },
    { x: plot.x0 + 4, baseline: below, anchor: 'start' },
    { x: plot.x1 - 4, baseline: below, anchor: 'end' },
  ];
  return (
    candidates.find((c) => {
      const x0 = c.anchor === 'start' ? c.x : c.x - w;
      const box: Box = { x0: x0 - 2, x1: x0 + w + 2, y0: c.baseline - FONT.tick * 0.9, y1: c.baseline + 3 };
      const inside = box.y0 >= plot.y0 - 2 && box.y1 <= plot.y1;
      return inside && !obstacles.some((o) => overlaps(o, box));
    }) ?? null
  );
}

const REFERENCE_LINE = { stroke: REFERENCE, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' } as const;

/** The reference line across the plot, dashed, labelled at `placement` (or in the legend when null). */
export function referenceLayer(frame: Frame, ref: ReferenceLine, placement: LabelPlacement | null): string {
  const { plot } = frame;
  const ry = frame.y(ref.value);
  // A white casing keeps the dashes readable where they cross bars or lines.
  const parts = [
    el('line', { x1: plot.x0, x2: plot.x1, y1: ry, y2: ry, stroke: '#ffffff', 'stroke-width': 3.5 }),
    el('line', { x1: plot.x0, x2: plot.x1, y1: ry, y2: ry, ...REFERENCE_LINE }),
  ];
  if (placement) parts.push(text(ref.label, { x: placement.x, y: placement.baseline, 'text-anchor': placement.anchor, fill: INK, ...HALO }));
  return el('g', { class: 'reference', 'data-value': num(ref.value) }, parts);
}

/** Legend entry for a reference line whose label found no room inside the plot. */
export function referenceLegendItem(ref: ReferenceLine): LegendItem {
  return { label: ref.label, swatch: (x, y) => el('line', { x1: x, x2: x + 22, y1: y, y2: y, ...REFERENCE_LINE }) };
}

/** Small boxes along a polyline, for keeping labels off it. */
export function polylineObstacles(points: readonly (readonly [number, number] | null)[]): Box[] {
  const boxes: Box[] = [];
  const r = 2.5;
  const add = (px: number, py: number) => boxes.push({ x0: px - r, x1: px + r, y0: py - r, y1: py + r });
  points.forEach((p, i) => {
    if (!p) return;
    add(p[0], p[1]);
    const next = points[i + 1];
    if (!next) return;
    for (let k = 1; k < 8; k++) add(p[0] + ((next[0] - p[0]) * k) / 8, p[1] + ((next[1] - p[1]) * k) / 8);
  });
  return boxes;
}

/** Centred notice for a chart with nothing to draw. */
export function noDataNotice(frame: Frame): string {
  return text(noDataLabel(frame.lang), {
    x: (frame.plot.x0 + frame.plot.x1) / 2,
    y: (frame.plot.y0 + frame.plot.y1) / 2,
    dy: '0.35em',
    'text-anchor': 'middle',
    'font-size': FONT.label,
    fill: MUTED,
  });
}
