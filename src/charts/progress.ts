/**
 * Compact horizontal progress bar as an SVG string: value against target, with the
 * target mark at 100% and any excess drawn beyond it.
 */
import { MEASURE_NAMES } from '../i18n/glossary';
import { INK, MUTED, OKABE_ITO, TRACK } from './palette';
import { el, FONT, svgRoot, text, textWidth } from './svg';

/** Input of `progressBar`. */
export interface ProgressSpec {
  /** Unique on the page; prefixes element ids. */
  id: string;
  /** Achieved so far, e.g. enrolled. Values below 0 draw as an empty bar. */
  value: number;
  /** The target. Missing, 0 or negative: no bar is drawn and the text says 未设目标. */
  target?: number | null;
  /** Shown at the top left, e.g. `沈阳市` or `养老保险`. */
  label?: string;
  /** Formats value and target, e.g. `n => `${n / 10_000}万``; default `7,605,000`. */
  format?: (n: number) => string;
  /** Only the bar and the target mark, for cards that print the numbers themselves. */
  compact?: boolean;
  /** Formats completion (value / target); default one decimal percent, `96.0%`. */
  formatCompletion?: (ratio: number) => string;
  /** Accessible name; default `<label>完成率`. */
  title?: string;
  /** Text alternative; default says value, target and completion in one sentence. */
  description?: string;
  /** Fill colour; default Okabe–Ito blue (pass INSURANCE_COLORS[insurance] for an insurance). */
  color?: string;
  /**
   * Completion at the right end of the bar. Default max(1, completion): the target sits
   * at the right end unless exceeded. Pass one value (e.g. 1.2) to every bar of a list
   * so their target marks line up; completion above it fills the bar to the end.
   */
  scaleMax?: number;
  /** viewBox width; default 400. */
  width?: number;
}

/** Words the progress bar shows that are not measures of the glossary. */
const NO_TARGET = '未设目标';

const BAR_H = 12;
/** Layout of the full bar (label row, bar, value row) and of the compact one (bar only). */
const LAYOUT = { full: { height: 60, barY: 24 }, noTarget: { height: 42, barY: 24 }, compact: { height: 20, barY: 4 } } as const;

const countFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** Default completion format: one-decimal percent. */
export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** Renders a progress bar to SVG markup (see src/charts/README.md). */
export function progressBar(spec: ProgressSpec): string {
  const width = spec.width ?? 400;
  const format = spec.format ?? ((n: number) => countFormat.format(n));
  const fmtCompletion = spec.formatCompletion ?? percent;
  const target = spec.target !== null && spec.target !== undefined && Number.isFinite(spec.target) && spec.target > 0 ? spec.target : null;
  const value = Math.max(0, spec.value);
  const label = spec.label ?? '';
  const completion = target === null ? null : value / target;
  const status = completion === null ? NO_TARGET : `${MEASURE_NAMES.completion} ${fmtCompletion(completion)}`;
  const valueText = format(spec.value);
  const targetText = target === null ? '' : `${MEASURE_NAMES.target} ${format(target)}`;
  const { height, barY } = spec.compact ? LAYOUT.compact : completion === null ? LAYOUT.noTarget : LAYOUT.full;

  const title = spec.title ?? `${label}${MEASURE_NAMES.completion}`;
  const lead = label ? `${label}：` : '';
  const description =
    spec.description ?? (completion === null ? `${lead}${valueText}，${NO_TARGET}。` : `${lead}${valueText}，${targetText}，${status}。`);

  const body: string[] = [];
  if (!spec.compact) {
    if (label) body.push(text(label, { x: 0, y: 15, 'font-size': FONT.label, 'font-weight': 600 }));
    body.push(text(status, { x: width, y: 15, 'text-anchor': 'end', 'font-size': FONT.label, 'font-weight': 600 }));
    body.push(text(valueText, { x: 0, y: completion === null ? 36 : 55, fill: MUTED }));
  }
  if (completion !== null) {
    const scaleMax = spec.scaleMax !== undefined && spec.scaleMax > 0 ? spec.scaleMax : Math.max(1, completion);
    // Inset by the mark's half width so a mark at the right end is not clipped.
    const barWidth = width - 1;
    const xOf = (ratio: number) => (Math.min(ratio, scaleMax) / scaleMax) * barWidth;
    const xTarget = xOf(1);
    const xValue = xOf(completion);
    const mark = { x1: xTarget, x2: xTarget, y1: barY - 4, y2: barY + BAR_H + 4 };
    body.push(el('rect', { class: 'track', x: 0, y: barY, width: xTarget, height: BAR_H, fill: TRACK }));
    if (xValue > 0) body.push(el('rect', { class: 'fill', x: 0, y: barY, width: xValue, height: BAR_H, fill: spec.color ?? OKABE_ITO.blue }));
    // White either side keeps the mark visible where it crosses the fill.
    body.push(el('line', { ...mark, stroke: '#ffffff', 'stroke-width': 4 }));
    body.push(el('line', { ...mark, class: 'target', stroke: INK, 'stroke-width': 2 }));
    if (!spec.compact) {
      // Target text ends at the mark, unless that would run into the value text.
      const minEnd = textWidth(valueText, FONT.tick) + 12 + textWidth(targetText, FONT.tick);
      body.push(text(targetText, { x: Math.max(xTarget, minEnd), y: 55, 'text-anchor': 'end', fill: MUTED }));
    }
  }
  return svgRoot({ id: spec.id, title, description }, width, height, body);
}
