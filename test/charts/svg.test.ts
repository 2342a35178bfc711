import { describe, expect, it } from 'vitest';
import { assertId, escapeXml, el, num, spread, textWidth } from '../../src/charts/svg';

describe('escapeXml(text)', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
  });
  it('leaves Chinese text alone', () => expect(escapeXml('年度目标 750万')).toBe('年度目标 750万'));
});

describe('num(n)', () => {
  it('rounds to one decimal without trailing zeros', () => {
    expect(num(12.345)).toBe('12.3');
    expect(num(12.96)).toBe('13');
    expect(num(0.1 + 0.2)).toBe('0.3');
  });
  it('never prints -0', () => expect(num(-0.04)).toBe('0'));
  it('refuses NaN and Infinity instead of writing them', () => {
    expect(() => num(Number.NaN)).toThrow(/non-finite/);
    expect(() => num(Infinity)).toThrow(/non-finite/);
  });
});

describe('el(tag, attrs, children)', () => {
  it('rounds numbers, escapes strings and drops empty attributes', () => {
    expect(el('rect', { x: 1.26, fill: 'a"b', stroke: undefined, hidden: false })).toBe('<rect x="1.3" fill="a&quot;b"/>');
  });
});

describe('assertId(id)', () => {
  it('accepts ids usable in aria-labelledby', () => expect(() => assertId('enrolled-province-pension_2024')).not.toThrow());
  it('rejects spaces and markup', () => {
    expect(() => assertId('a b')).toThrow(/must start with a letter/);
    expect(() => assertId('x"><script>')).toThrow();
  });
});

describe('textWidth(s, fontSize)', () => {
  it('counts ideographs as one em and digits as about half', () => {
    expect(textWidth('养老保险', 12)).toBe(48);
    expect(textWidth('750', 10)).toBeCloseTo(16.8);
  });
  it('gives capitals, spaces, punctuation and % their own widths, and a character beyond the BMP one em', () => {
    expect(textWidth('AB', 10)).toBeCloseTo(13);
    expect(textWidth(' ', 10)).toBeCloseTo(2.8);
    expect(textWidth('.,:·', 10)).toBeCloseTo(12);
    expect(textWidth('%', 10)).toBeCloseTo(8.5);
    expect(textWidth('𠀀', 10)).toBe(10);
    expect(textWidth('a𠀀b', 10)).toBeCloseTo(21.2);
  });
});

describe('spread(wishes, gap, min, max)', () => {
  it('pushes crowded labels apart, keeping their order', () => {
    expect(spread([100, 104, 106], 15, 0, 300)).toEqual([100, 115, 130]);
  });
  it('pulls labels back inside the bottom edge', () => {
    expect(spread([190, 195], 15, 0, 200)).toEqual([185, 200]);
  });
});
