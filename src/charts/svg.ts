/**
 * Shared helpers for the build-time SVG charts: escaping, stable number output, element
 * markup, text-width estimates and the pieces every chart draws (root, legend, markers).
 * No DOM: everything is string composition so charts stay pure and snapshot-testable.
 */
import { INK, type MarkerShape } from './palette';

/** Escapes text and attribute values for XML (`&`, `<`, `>`, quotes). */
export function escapeXml(text: string): string {
  // Most texts and values of a chart have nothing to escape: tested once, returned as they are.
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, (c) => XML_ENTITIES[c]!) : text;
}
const XML_SPECIAL = /[&<>"']/;
const XML_SPECIALS = /[&<>"']/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A number as it appears in markup: rounded to one decimal, no `-0`, no trailing `.0`.
 * Throws on NaN/Infinity so a bad value stops the build instead of reaching a page.
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`chart: non-finite number ${String(n)} in SVG output`);
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Attribute values: numbers go through `num`, strings are escaped; nullish/false are left out. */
export type Attrs = Record<string, string | number | null | undefined | false>;

function openTag(tag: string, attrs: Attrs): string {
  let open = `<${tag}`;
  // for…in rather than Object.entries: the same order (attrs are plain literals), no array per element.
  for (const name in attrs) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) continue;
    open += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return open;
}

/** One element as markup. `children` is markup (already escaped); use `escapeXml` for text. */
export function el(tag: string, attrs: Attrs = {}, children?: string | readonly string[]): string {
  const open = openTag(tag, attrs);
  if (children === undefined) return `${open}/>`;
  const inner = typeof children === 'string' ? children : children.join('\n');
  return `${open}>${inner}</${tag}>`;
}

/** A `<text>` element holding escaped `content`. */
export function text(content: string, attrs: Attrs): string {
  return el('text', attrs, escapeXml(content));
}

/** Attributes that give text a white outline so it stays readable over lines and bars. */
export const HALO: Attrs = {
  stroke: '#ffffff',
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
};

/**
 * Approximate advance width of `s` at `fontSize` in a CJK sans (Noto Sans SC, PingFang,
 * Microsoft YaHei): ideographs are 1em, digits and Latin about 0.55em. Deliberately a little
 * generous, because layout only uses it to avoid overlaps.
 */
export function textWidth(s: string, fontSize: number): number {
  return textEm(s) * fontSize;
}

/**
 * textWidth with room for fonts whose digits run wider than the estimate (DejaVu's are
 * 0.64em): for labels that sit against the chart's edge, which must never be cut off.
 */
export function edgeTextWidth(s: string, fontSize: number): number {
  return textWidth(s, fontSize) * 1.15;
}

/** textWidth in em (at font size 1), summed character by character from the left. */
export function textEm(s: string): number {
  let em = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character (≥ U+10000, so 1em like the ideographs).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    em += charEm(c);
  }
  return em;
}

function charEm(c: number): number {
  if (c >= 0x2e80) return 1;
  if (c === 0x20) return 0.28;
  if (c === 0x2e || c === 0x2c || c === 0x3a || c === 0xb7) return 0.3; // . , : ·
  if (c === 0x25) return 0.85; // %
  if (c >= 0x41 && c <= 0x5a) return 0.65; // A-Z
  return 0.56;
}

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Checks a chart id: it prefixes element ids and goes into `aria-labelledby`. */
export function assertId(id: string): void {
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `chart: id "${id}" must start with a letter and hold only letters, digits, "-" or "_" (it becomes an element id)`,
    );
  }
}

/** What every chart's root needs: its id, accessible name and text alternative. */
export interface ChartIdentity {
  /** Unique on the page; prefixes every element id inside the chart. */
  id: string;
  /** Accessible name (`<title>`). The visible heading is the caller's. */
  title: string;
  /** Text alternative (`<desc>`): one or two sentences saying what the chart shows. */
  description: string;
}

/**
 * The `<svg>` root: `role="img"` named by its `<title>` and `<desc>`, sized only by its
 * viewBox (CSS gives it `width: 100%`), fonts inherited from the page.
 */
export function svgRoot(who: ChartIdentity, width: number, height: number, body: readonly string[]): string {
  assertId(who.id);
  const head = openTag('svg', {
      xmlns: 'http://www.w3.org/2000/svg',
      role: 'img',
      'aria-labelledby': `${who.id}-title ${who.id}-desc`,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      // Shown at its own size (CSS may only shrink it), so text keeps the size it is drawn at.
      width: num(width),
      height: num(height),
      class: 'chart',
      'font-size': FONT.tick,
      fill: INK,
  });
  return [
    `${head}>`,
    el('title', { id: `${who.id}-title` }, escapeXml(who.title)),
    el('desc', { id: `${who.id}-desc` }, escapeXml(who.description)),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Font sizes in viewBox units, which are CSS pixels: a chart is drawn for the width it is shown at. */
export const FONT = { tick: 12, label: 13 } as const;

/** A marker of `shape` centred at (cx, cy); `size` is its approximate diameter. */
export function marker(shape: MarkerShape, cx: number, cy: number, size: number, fill: string): string {
  const r = size / 2;
  const common: Attrs = { fill, stroke: '#ffffff', 'stroke-width': 1 };
  switch (shape) {
    case 'circle':
      return el('circle', { cx, cy, r, ...common });
    case 'square':
      return el('rect', { x: cx - r * 0.9, y: cy - r * 0.9, width: r * 1.8, height: r * 1.8, ...common });
    case 'triangle': {
      const h = r * 1.15;
      return el('path', { d: `M${num(cx)},${num(cy - h)}L${num(cx + h)},${num(cy + h * 0.8)}L${num(cx - h)},${num(cy + h * 0.8)}Z`, ...common });
    }
    case 'diamond': {
      const h = r * 1.3;
      return el('path', { d: `M${num(cx)},${num(cy - h)}L${num(cx + h)},${num(cy)}L${num(cx)},${num(cy + h)}L${num(cx - h)},${num(cy)}Z`, ...common });
    }
  }
}

/** One entry of a legend: a swatch drawn at (x, centre y) 22 units wide, and a label. */
export interface LegendItem {
  label: string;
  swatch: (x: number, y: number) => string;
}

const LEGEND_SWATCH = 22;
const LEGEND_ROW = 20;

/** Lays legend items out in rows that wrap within `width`; returns markup and the height used. */
export function legend(items: readonly LegendItem[], x0: number, y0: number, width: number): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const parts: string[] = [];
  let x = x0;
  let row = 0;
  for (const item of items) {
    const w = LEGEND_SWATCH + 6 + textWidth(item.label, FONT.label);
    if (x > x0 && x + w > x0 + width) {
      row += 1;
      x = x0;
    }
    const cy = y0 + row * LEGEND_ROW + LEGEND_ROW / 2;
    parts.push(item.swatch(x, cy));
    parts.push(text(item.label, { x: x + LEGEND_SWATCH + 6, y: cy, dy: '0.35em', 'font-size': FONT.label }));
    x += w + 16;
  }
  return { markup: el('g', { class: 'legend' }, parts), height: (row + 1) * LEGEND_ROW };
}

/** An axis-aligned box, used to keep labels off lines, bars and each other. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** True when two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Spreads label centres (already sorted by wish position) so they are at least `gap`
 * apart and within [min, max], moving each as little as the order allows.
 */
export function spread(wishes: readonly number[], gap: number, min: number, max: number): number[] {
  const out = wishes.map((w) => Math.min(max, Math.max(min, w)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  const last = out.length - 1;
  if (last >= 0 && out[last]! > max) {
    out[last] = max;
    for (let i = last - 1; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap);
  }
  return out;
}
