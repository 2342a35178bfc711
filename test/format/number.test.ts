import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatPercent, formatPersons, formatPoints, formatWan, formatAxisWan } from '../../src/format/number';
import { formatDay, formatMonth } from '../../src/format/date';
import { formatPercentAgainst, formatSignedCount, formatSignedPercent } from '../../src/format/number';

describe('formatWan(n)', () => {
  it('shows millions in 万 with one decimal', () => {
    expect(formatWan(7_605_000)).toBe('760.5万');
    expect(formatWan(7_500_000)).toBe('750万');
  });
  it('rounds exact halves up, as a person would', () => {
    expect(formatWan(4_239_500)).toBe('424万');
    expect(formatWan(12_345)).toBe('1.23万');
    expect(formatWan(12_355)).toBe('1.24万');
  });
  it('keeps two decimals between 1万 and 100万', () => {
    expect(formatWan(23_456)).toBe('2.35万');
    expect(formatWan(123_456)).toBe('12.35万');
  });
  it('keeps counts under 1万 exact', () => {
    expect(formatWan(812)).toBe('812');
    expect(formatWan(9_999)).toBe('9,999');
  });
  it('uses 亿 from a hundred million', () => {
    expect(formatWan(174_440_000)).toBe('1.74亿');
  });
  it('signs negatives with a true minus', () => {
    expect(formatWan(-45_000)).toBe('−4.5万');
  });
});

describe('other number formats', () => {
  it('formatCount gives exact counts with separators', () => expect(formatCount(7_605_000)).toBe('7,605,000'));
  it('formatPersons appends 人', () => expect(formatPersons(6_951_000)).toBe('695.1万人'));
  it('formatPercent has one decimal', () => {
    expect(formatPercent(0.92345)).toBe('92.3%');
    expect(formatPercent(1)).toBe('100.0%');
  });
  it('formatChange signs increases', () => {
    expect(formatChange(123_000)).toBe('+12.3万');
    expect(formatChange(-5_000)).toBe('−5,000');
    expect(formatChange(0)).toBe('0');
  });
  it('formatPoints speaks in percentage points', () => {
    expect(formatPoints(0.012)).toBe('+1.2个百分点');
    expect(formatPoints(-0.003)).toBe('−0.3个百分点');
    expect(formatPoints(0)).toBe('持平');
  });
  it('formatAxisWan gives short axis labels', () => {
    expect(formatAxisWan(7_500_000)).toBe('750万');
    expect(formatAxisWan(0)).toBe('0');
  });
});

describe('dates', () => {
  it('formats months and days the Chinese way', () => {
    expect(formatMonth('2005-06')).toBe('2005年6月');
    expect(formatDay('2005-12-01')).toBe('2005年12月1日');
  });
});

describe('signed and comparative formats (reports)', () => {
  it('signs exact counts with a true minus', () => {
    expect(formatSignedCount(8100)).toBe('+8,100');
    expect(formatSignedCount(-2100)).toBe('−2,100');
    expect(formatSignedCount(0)).toBe('0');
  });
  it('signs percentages with one decimal', () => {
    expect(formatSignedPercent(0.0123)).toBe('+1.2%');
    expect(formatSignedPercent(-0.004)).toBe('−0.4%');
    expect(formatSignedPercent(0.00001)).toBe('0.0%');
  });
  it('shows a rate just above or below its target with enough decimals to tell them apart', () => {
    expect(formatPercentAgainst(0.9234, 0.9)).toBe('92.3%');
    expect(formatPercentAgainst(0.90004, 0.9)).toBe('90.004%');
    expect(formatPercentAgainst(0.89996, 0.9)).toBe('89.996%');
    expect(formatPercentAgainst(0.9, 0.9)).toBe('90.0%');
    expect(formatPercentAgainst(0.9, null)).toBe('90.0%');
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
