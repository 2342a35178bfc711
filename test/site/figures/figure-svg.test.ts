import { describe, expect, it } from 'vitest';
import { SVG_FONTS, standaloneSvg, wrapText } from '../../../src/site/figures/figure-svg';
import type { FigureSpec } from '../../../src/site/figures/figures';
import { textWidth } from '../../../src/charts/svg';

const figure: FigureSpec = {
  id: 'enrolled-shenyang-pension-2005',
  title: '沈阳市养老保险参保人数（2005年）',
  description: '由194.8万人变为203.7万人。',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 400 260" class="chart"><title>t</title><rect width="1" height="1"/></svg>\n',
  table: { caption: 'c', columns: [], rows: [] },
  notes: ['2005年4月无数据，图中留空，未作估算。'],
  csv: '/data/figures/enrolled-shenyang-pension-2005.csv',
  measures: ['enrolled'],
};
const source = { publisher: '示例局 & 合作方', version: '20051231-1a2b3c4d', asOf: '2005年12月31日', url: 'https://kuomian.example.org/cities/shenyang/#x', sample: true };
const svg = standaloneSvg(figure, source);

describe('standaloneSvg(figure, source)', () => {
  it('is a standalone SVG document with a namespace, size and named fonts', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="720" height="')).toBe(true);
    expect(svg).toContain(`font-family="${SVG_FONTS.replace(/'/g, '&apos;')}"`);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
  it('paints a white background first', () => {
    expect(svg).toMatch(/<\/desc>\n<rect x="0" y="0" width="720" height="[\d.]+" fill="#ffffff"\/>/);
  });
  it('carries the title, the notes and an escaped source line with version, as-of date and URL', () => {
    expect(svg).toContain('>沈阳市养老保险参保人数（2005年）</text>');
    expect(svg).toContain('注：2005年4月无数据');
    expect(svg).toContain('来源：示例局 &amp; 合作方 · 数据版本 20051231-1a2b3c4d · 数据截至2005年12月31日');
    expect(svg).toContain('>https://kuomian.example.org/cities/shenyang/#x</text>');
    expect(svg).toContain('示例数据');
  });
  it('places the chart as a nested, sized SVG', () => {
    expect(svg).toMatch(/<svg x="24" y="[\d.]+" width="672" height="436.8" xmlns="http:\/\/www.w3.org\/2000\/svg" role="img"/);
  });
  it('keeps the proportions of a taller chart (one bar per region), so it is not shrunk to fit', () => {
    const tall = standaloneSvg({ ...figure, svg: figure.svg.replace('viewBox="0 0 400 260"', 'viewBox="0 0 400 402"') }, source);
    expect(tall).toMatch(/<svg x="24" y="[\d.]+" width="672" height="675.4" /);
  });
});

describe('wrapText(text, size, width)', () => {
  it('breaks CJK text by width and keeps every character', () => {
    const s = '全省企业职工基本养老保险参保人数按月变化（2005年）';
    const lines = wrapText(s, 20, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(s);
  });

  it('breaks exactly where measuring each line again would, for mixed text, spaces and characters beyond the BMP', () => {
    // The reference: the line measured whole with textWidth at every character.
    const naive = (t: string, size: number, width: number) => {
      const out: string[] = [];
      let line = '';
      for (const ch of t) {
        if (line && textWidth(line + ch, size) > width) {
          out.push(line);
          line = ch.trim() ? ch : '';
        } else line += ch;
      }
      if (line) out.push(line);
      return out;
    };
    const texts = [
      '来源：辽宁省劳动和社会保障厅 · 数据版本 20051231-ab12cd34 · 数据截至2005年12月31日',
      'https://kuomian.example.org/cities/shenyang/2005/#rate-shenyang-pension-2005',
      'A 𠀀𠀁 mixed, TEXT: 45.6% of 𡃁 workers 参保 in 2005 ' .repeat(4),
    ];
    for (const t of texts) for (const [size, width] of [[13, 672], [20, 300], [13, 97]] as const) {
      expect(wrapText(t, size, width), `${t} at ${size}/${width}`).toEqual(naive(t, size, width));
    }
  });
});
