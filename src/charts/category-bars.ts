/**
 * Horizontal bars, one per category (e.g. one per region), as an SVG string: a
 * comparison across regions at one moment, such as completion at a quarter's end
 * against the pace line. Negative values extend left of zero; a missing value keeps
 * its row with a note (无数据), so it never reads as zero.
 */
import { scaleLinear } from 'd3';
import { AXIS, GRID, INK, MUTED, NO_DATA, OKABE_ITO, REFERENCE } from './palette';
import { type ChartIdentity, el, FONT, HALO, legend, type LegendItem, svgRoot, text, textWidth, edgeTextWidth } from './svg';

/** One bar. */
export interface CategoryBar {
  /** The category, e.g. `沈阳市`. */
  label: string;
  /** null: no bar, `note` instead. */
  value: number | null;
  /** Draw in the highlight style (e.g. behind pace, or a fall). */
  highlight?: boolean;
  /** Text shown where a missing value's bar would be; default 无数据. */
  note?: string;
  /** The label's language when it differs from the page's (a Chinese name on an English page: `zh-CN`). */
  labelLang?: string;
}

/** Input of `categoryBarChart`. */
export interface CategoryBarSpec extends ChartIdentity {
  bars: readonly CategoryBar[];
  /** Value labels at the bar ends, e.g. `52.3%`. */
  format: (n: number) => string;
  /** Axis ticks; default `format`. */
  axisFormat?: (n: number) => string;
  /** A vertical dashed line, e.g. the pace (时间进度) or 100%. */
  reference?: { value: number; label: string };
  /** The least x domain; widened to fit every value and the reference. Always includes the baseline. */
  domain?: readonly [number, number];
  /**
   * Where bars start; default 0. Completion uses 1 (the target): bars run left of the 100%
   * line when short of it and right when past it, on an axis spanning only the values, so
   * differences of a few points show, and no bar's length pretends to be the whole amount.
   */
  baseline?: number;
  /** Legend names of the plain and highlighted bars (the legend is drawn when any bar is highlighted). */
  barLabel?: string;
  highlightLabel?: string;
  /** viewBox width; default 400. */
  width?: number;
}

const ROW = 22;
const BAR = 14;
const AXIS_H = 24;
/** Least room right of the plot for the value labels of the longest bars. */
const VALUE_ROOM = 46;
const NO_DATA_LABEL = '无数据';
const PLAIN = OKABE_ITO.blue;
const HIGHLIGHT = OKABE_ITO.vermillion;
const REFERENCE_LINE = { stroke: REFERENCE, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' } as const;

function fit(label: string, room: number): string {
  if (textWidth(label, FONT.tick) <= room) return label;
  let s = label;
  while (s.length > 1 && textWidth(`${s}…`, FONT.tick) > room) s = s.slice(0, -1);
  return `${s}…`;
}

/** The x domain a chart of `spec` draws: every value, the baseline, the reference and the least domain, rounded to nice ticks. */
export function categoryDomain(spec: Pick<CategoryBarSpec, 'bars' | 'reference' | 'domain' | 'baseline'>): [number, number] {
  const values = spec.bars.map((b) => b.value).filter((v): v is number => v != null && Number.isFinite(v));
  const all = [spec.baseline ?? 0, ...values];
  if (spec.reference) all.push(spec.reference.value);
  if (spec.domain) all.push(...spec.domain);
  return scaleLinear().domain([Math.min(...all), Math.max(...all)]).nice().domain() as [number, number];
}

/** Renders horizontal category bars to SVG markup (see src/charts/README.md). */
export function categoryBarChart(spec: CategoryBarSpec): string {
  const width = spec.width ?? 400;
  const axisFormat = spec.axisFormat ?? spec.format;
  const patternId = `${spec.id}-hl`;
  const [lo, hi] = categoryDomain(spec);
  const base = spec.baseline ?? 0;
  // Room for the widest value label past the end of the longest bar, so no label is cut off.
  const valueRoom = Math.max(VALUE_ROOM, ...spec.bars.map((b) => (b.value != null && Number.isFinite(b.value) && b.value >= base ? edgeTextWidth(spec.format(b.value), FONT.tick) + 8 : 0)));

  const labelRoom = Math.min(width * 0.34, Math.max(24, ...spec.bars.map((b) => edgeTextWidth(b.label, FONT.tick))));
  const anyHighlight = spec.bars.some((b) => b.highlight && b.value != null);
  const items: LegendItem[] = anyHighlight
    ? ([
        { label: spec.barLabel ?? '', swatch: (x, y) => el('rect', { x: x + 4, y: y - 7, width: 14, height: 14, fill: PLAIN }) },
        { label: spec.highlightLabel ?? '', swatch: (x, y) => el('rect', { x: x + 4, y: y - 7, width: 14, height: 14, fill: `url(#${patternId})` }) },
      ] satisfies LegendItem[]).filter((i) => i.label)
    : [];
  const key = legend(items, 0, 0, width);
  const refRow = spec.reference ? 18 : 0;
  const top = (key.height ? key.height + 6 : 0) + refRow + 4;
  const plot = { x0: labelRoom + 8, x1: width - valueRoom, y0: top, y1: top + spec.bars.length * ROW };
  const height = plot.y1 + AXIS_H;
  const x = scaleLinear().domain([lo, hi]).range([plot.x0, plot.x1]);
  const zero = x(base);

  const body: string[] = [];
  body.push(
    el('defs', {}, [
      el('pattern', { id: patternId, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' }, [
        el('rect', { x: 0, y: 0, width: 6, height: 6, fill: HIGHLIGHT }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#ffffff', 'stroke-width': 1.5 }),
      ]),
    ]),
  );
  if (key.markup) body.push(key.markup);

  const ticks = x.ticks(Math.max(2, Math.floor((plot.x1 - plot.x0) / 70)));
  body.push(
    el(
      'g',
      { class: 'x-axis' },
      ticks.map((t) =>
        [
          el('line', { x1: x(t), x2: x(t), y1: plot.y0, y2: plot.y1, stroke: t === base ? AXIS : GRID, 'shape-rendering': 'crispEdges' }),
          text(axisFormat(t), { x: x(t), y: plot.y1 + 16, 'text-anchor': 'middle', fill: MUTED }),
        ].join(''),
      ),
    ),
  );

  // Bars first, then the reference line, then every text on top (with a halo), so the
  // dashed line never strikes through a value.
  const barMarks: string[] = [];
  const labels: string[] = [];
  spec.bars.forEach((b, i) => {
    const cy = plot.y0 + i * ROW + ROW / 2;
    labels.push(text(fit(b.label, labelRoom), { x: labelRoom, y: cy, dy: '0.35em', 'text-anchor': 'end', ...(b.labelLang ? { lang: b.labelLang } : {}) }));
    if (b.value == null || !Number.isFinite(b.value)) {
      barMarks.push(el('rect', { class: 'no-data', x: zero, y: cy - BAR / 2, width: 3, height: BAR, fill: NO_DATA.stroke }));
      // The note goes right of the baseline, or left of it where it would run past the chart's edge.
      const note = b.note ?? NO_DATA_LABEL;
      const fits = zero + 7 + edgeTextWidth(note, FONT.tick) <= width;
      labels.push(text(note, { x: fits ? zero + 7 : zero - 7, y: cy, dy: '0.35em', fill: MUTED, ...(fits ? {} : { 'text-anchor': 'end' }), ...HALO }));
      return;
    }
    const xv = x(b.value);
    barMarks.push(
      el('rect', {
        class: b.highlight ? 'value highlight' : 'value',
        x: Math.min(zero, xv),
        y: cy - BAR / 2,
        width: Math.max(Math.abs(xv - zero), 1),
        height: BAR,
        fill: b.highlight ? `url(#${patternId})` : PLAIN,
      }),
    );
    // Values past the baseline are labelled past the bar's end; the others just right of the baseline.
    const lx = b.value >= base ? xv + 4 : zero + 4;
    labels.push(text(spec.format(b.value), { x: lx, y: cy, dy: '0.35em', fill: INK, ...HALO }));
  });
  body.push(el('g', { class: 'bars' }, barMarks));

  if (spec.reference) {
    const rx = x(spec.reference.value);
    body.push(el('line', { class: 'reference', x1: rx, x2: rx, y1: plot.y0 - 4, y2: plot.y1, ...REFERENCE_LINE }));
    const half = edgeTextWidth(spec.reference.label, FONT.tick) / 2;
    const lx = Math.min(width - half, Math.max(half, rx));
    labels.push(text(spec.reference.label, { x: lx, y: plot.y0 - 8, 'text-anchor': 'middle', fill: INK }));
  }
  body.push(el('g', { class: 'labels' }, labels));
  return svgRoot(spec, width, height, body);
}
