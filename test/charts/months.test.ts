import { describe, expect, it } from 'vitest';
import { monthNumber, monthSpan, monthString, monthTicks } from '../../src/charts/months';
import { textWidth } from '../../src/charts/svg';

const width = (s: string) => textWidth(s, 12);
const labels = (from: string, to: string, plotWidth: number) => {
  const domain = monthSpan([from, to]);
  return monthTicks(domain, plotWidth / domain.length, width).map((t) => t.label + (t.year ? `/${t.year}` : ''));
};

describe('monthNumber / monthString', () => {
  it('makes consecutive months differ by one across a year end', () => {
    expect(monthNumber('2024-01') - monthNumber('2023-12')).toBe(1);
    expect(monthString(monthNumber('2005-09'))).toBe('2005-09');
  });
  it('rejects a month that is not YYYY-MM', () => expect(() => monthNumber('2024-13')).toThrow(/not YYYY-MM/));
});

describe('monthSpan(months)', () => {
  it('fills the months between the first and last, in order', () => {
    expect(monthSpan(['2024-03', '2023-12', '2024-01'])).toEqual(['2023-12', '2024-01', '2024-02', '2024-03']);
  });
  it('is empty for no months', () => expect(monthSpan([])).toEqual([]));
});

describe('monthTicks(domain, step, labelWidth)', () => {
  it('labels a year every other month counted back from the latest, with each year under its first tick', () => {
    expect(labels('2023-12', '2024-12', 340)).toEqual(['12月/2023年', '2月/2024年', '4月', '6月', '8月', '10月', '12月']);
    expect(labels('2024-01', '2024-12', 340)).toEqual(['2月/2024年', '4月', '6月', '8月', '10月', '12月']);
  });
  it('labels every month when there is room', () => {
    expect(labels('2024-02', '2024-05', 340)).toEqual(['2月/2024年', '3月', '4月', '5月']);
  });
  it('steps by quarters or half years over two and a half years, marking each January', () => {
    expect(labels('2022-07', '2024-12', 400)).toEqual(['7月/2022年', '10月', '1月/2023年', '4月', '7月', '10月', '1月/2024年', '4月', '7月', '10月']);
    expect(labels('2022-07', '2024-12', 340)).toEqual(['7月/2022年', '1月/2023年', '7月', '1月/2024年', '7月']);
  });
  it('shows only years over long spans', () => {
    expect(labels('2019-01', '2024-12', 340)).toEqual(['2019年', '2020年', '2021年', '2022年', '2023年', '2024年']);
    expect(labels('2005-01', '2024-12', 340)).toEqual(['2005年', '2010年', '2015年', '2020年']);
  });
  it('drops a first tick whose year would collide with the next year’s rather than leave it without a year', () => {
    expect(labels('2024-12', '2026-06', 340).slice(0, 2)).toEqual(['2月/2025年', '4月']);
  });
});
