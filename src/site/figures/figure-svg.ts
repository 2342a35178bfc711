/**
 * A figure as a standalone SVG file (/data/figures/<id>.svg): white background, the
 * title above, the chart, its notes, and a source line (publisher, dataset version,
 * as-of date, URL) below, so the image still says what it is and where it came from
 * when it is pasted into an article. Fonts are named (the page's chart inherits
 * them; a file cannot), with a CJK list that covers Windows, macOS, Android and Linux.
 * The same file is what the PNG button draws onto a canvas.
 */
import { el, escapeXml, num, text, textEm } from '../../charts/svg';
import type { FigureSpec } from './figures';

/** What the source line says. */
export interface SvgSource {
  publisher: string;
  version: string;
  /** Formatted, e.g. 2005年12月31日. */
  asOf: string;
  /** Absolute URL of the page that shows the figure. */
  url: string;
  sample: boolean;
}

/** Fonts named in the file, most specific first. */
export const SVG_FONTS = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";

const WIDTH = 720;
const PAD = 24;
const CHART_W = 400;
const CHART_H = 260;

/** Splits text into lines no wider than `width` at `size` (greedy, by character: CJK has no spaces). */
export function wrapText(s: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // The width of `line` in em, summed as textWidth sums it, so the breaks are the same.
  let em = 0;
  for (const ch of s) {
    const chEm = textEm(ch);
    if (line && (em + chEm) * size > width) {
      lines.push(line);
      line = ch.trim() ? ch : '';
      em = line ? chEm : 0;
    } else {
      line += ch;
      em += chEm;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A chart's own width and height (its root viewBox): month charts are 400×260, one-bar-per-region charts grow with the regions. */
function chartSize(svg: string): [number, number] {
  const m = /^\s*<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const w = m ? Number(m[1]) : 0;
  const h = m ? Number(m[2]) : 0;
  return w > 0 && h > 0 ? [w, h] : [CHART_W, CHART_H];
}

/** The standalone SVG of a chart figure. */
export function standaloneSvg(f: FigureSpec, src: SvgSource): string {
  const inner = WIDTH - 2 * PAD;
  const [chartW, chartH] = chartSize(f.svg);
  const scale = inner / chartW;
  const body: string[] = [];
  let y = PAD;
  for (const line of wrapText(f.title, 20, inner)) {
    y += 26;
    body.push(text(line, { x: PAD, y, 'font-size': 20, 'font-weight': 700, fill: '#1b1b1b' }));
  }
  y += 12;
  // The chart's own width and height give way to the size it takes in the file.
  const chart = f.svg
    .trim()
    .replace(/^<svg\b[^>]*>/, (tag) => tag.replace(/ (?:width|height)="[^"]*"/g, ''))
    .replace(/^<svg /, `<svg x="${num(PAD)}" y="${num(y)}" width="${num(inner)}" height="${num(chartH * scale)}" `);
  body.push(chart);
  y += chartH * scale + 8;
  const small = (s: string, fill = '#4f4f4f') => {
    for (const line of wrapText(s, 13, inner)) {
      y += 19;
      body.push(text(line, { x: PAD, y, 'font-size': 13, fill }));
    }
  };
  for (const n of f.notes) small(`注：${n}`);
  y += 6;
  small(`来源：${src.publisher} · 数据版本 ${src.version} · 数据截至${src.asOf}`);
  small(src.url, '#0a58a8');
  if (src.sample) small('示例数据：数字用于演示，不是官方统计。', '#8a4b00');
  const height = y + PAD;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${num(height)}" viewBox="0 0 ${WIDTH} ${num(height)}" font-family="${escapeXml(SVG_FONTS)}" role="img" aria-label="${escapeXml(f.title)}">`,
    el('title', {}, escapeXml(f.title)),
    el('desc', {}, escapeXml(f.description)),
    el('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#ffffff' }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
