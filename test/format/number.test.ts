import { describe, expect, it } from 'vitest';
import { formatAxisWan, formatChange, formatCount, formatPercent, formatPercentAgainst, formatPersons, formatSignedCount, formatSignedPercent, formatWan } from '../../src/format/number';
import { formatDay, formatMonth } from '../../src/format/date';

describe('formatWan(n)', () => {
  it.each([
    // Millions in 万 with one decimal.
    [7_605_000, '760.5万'],
    [7_500_000, '750万'],
    // Exact halves round up, as a person would.
    [4_239_500, '424万'],
    [12_345, '1.23万'],
    [12_355, '1.24万'],
    // Two decimals between 1万 and 100万.
    [23_456, '2.35万'],
    [123_456, '12.35万'],
    // Counts under 1万 stay exact.
    [812, '812'],
    [9_999, '9,999'],
    // 亿 from a hundred million.
    [174_440_000, '1.74亿'],
    // Negatives with a true minus.
    [-45_000, '−4.5万'],
  ])('%d → %s', (n, text) => expect(formatWan(n)).toBe(text));
});

describe.each<[string, (n: number) => string, [number, string][]]>([
  ['formatCount gives exact counts with separators', formatCount, [[7_605_000, '7,605,000']]],
  ['formatPersons appends 人', formatPersons, [[6_951_000, '695.1万人']]],
  ['formatPercent has one decimal', formatPercent, [[0.92345, '92.3%'], [1, '100.0%']]],
  ['formatChange signs increases', formatChange, [[123_000, '+12.3万'], [-5_000, '−5,000'], [0, '0']]],
  ['formatAxisWan gives short axis labels', formatAxisWan, [[7_500_000, '750万'], [0, '0']]],
  ['formatSignedCount signs exact counts with a true minus', formatSignedCount, [[8100, '+8,100'], [-2100, '−2,100'], [0, '0']]],
  ['formatSignedPercent signs percentages with one decimal', formatSignedPercent, [[0.0123, '+1.2%'], [-0.004, '−0.4%'], [0.00001, '0.0%']]],
])('%s', (_, format, cases) => {
  it.each(cases)('%d → %s', (n, text) => expect(format(n)).toBe(text));
});

describe('formatPercentAgainst(ratio, target)', () => {
  it.each([
    [0.9234, 0.9, '92.3%'],
    // Just above or below its target: enough decimals to tell them apart.
    [0.90004, 0.9, '90.004%'],
    [0.89996, 0.9, '89.996%'],
    [0.9, 0.9, '90.0%'],
    [0.9, null, '90.0%'],
  ])('%d against %s → %s', (ratio, target, text) => expect(formatPercentAgainst(ratio, target)).toBe(text));
});

describe('dates', () => {
  it('formats months and days the Chinese way', () => {
    expect(formatMonth('2005-06')).toBe('2005年6月');
    expect(formatDay('2005-12-01')).toBe('2005年12月1日');
  });
});

describe('formatCount(n) fast path', () => {
  it('writes integers exactly as Intl does', () => {
    const intl = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0, useGrouping: true });
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 7605000, 123456789012, -1, -2100, -1234567, Number.MAX_SAFE_INTEGER]) {
      expect(formatCount(n)).toBe(intl.format(n));
    }
  });
});

describe('formatDay and formatMonth, remembered', () => {
  it('give the same text on every call, also past the number of values they keep', () => {
    const reference = (day: string) => {
      const [y, m, d] = day.split('-');
      return `${y}年${Number(m)}月${Number(d)}日`;
    };
    // 25,000 distinct days (more than are kept), each asked twice.
    const start = Date.UTC(1990, 0, 1);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 25_000; i++) {
        const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
        expect(formatDay(day)).toBe(reference(day));
        if (day.endsWith('-01')) expect(formatMonth(day.slice(0, 7))).toBe(reference(day).replace(/1日$/, ''));
      }
    }
  });
});
