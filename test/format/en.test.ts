import { describe, expect, it } from 'vitest';
import {
  countWordEn,
  formatAxisEn,
  formatBytesEn,
  formatChangeEn,
  formatDayEn,
  formatMonthEn,
  formatMonthShortEn,
  formatNumberEn,
  formatPersonsEn,
  formatPointsEn,
  listEn,
  ordinalEn,
} from '../../src/format/en';

describe('English number formats', () => {
  it('writes millions with three or four significant digits, exact counts below a million', () => {
    expect(formatNumberEn(7_605_000)).toBe('7.605 million');
    expect(formatNumberEn(7_500_000)).toBe('7.5 million');
    expect(formatNumberEn(12_345_678)).toBe('12.35 million');
    expect(formatNumberEn(123_456_789)).toBe('123.5 million');
    expect(formatNumberEn(1_234_567_890)).toBe('1.235 billion');
    expect(formatNumberEn(812_345)).toBe('812,345');
    expect(formatNumberEn(-2_100)).toBe('−2,100');
  });
  it('rounds exact halves up, as the Chinese edition does', () => {
    expect(formatNumberEn(4_239_500)).toBe('4.24 million');
    expect(formatNumberEn(1_000_500)).toBe('1.001 million');
  });
  it('says people, or person for one', () => {
    expect(formatPersonsEn(1)).toBe('1 person');
    expect(formatPersonsEn(8_100)).toBe('8,100 people');
    expect(formatPersonsEn(7_605_000)).toBe('7.605 million people');
  });
  it('signs changes and points', () => {
    expect(formatChangeEn(12_300)).toBe('+12,300');
    expect(formatChangeEn(-1_200_000)).toBe('−1.2 million');
    expect(formatChangeEn(0)).toBe('0');
    expect(formatPointsEn(0.0123)).toBe('+1.2 percentage points');
    expect(formatPointsEn(-0.004)).toBe('−0.4 percentage points');
    expect(formatPointsEn(0.0004)).toBe('unchanged');
  });
  it('keeps axis labels short', () => {
    expect(formatAxisEn(7_500_000)).toBe('7.5m');
    expect(formatAxisEn(800_000)).toBe('800k');
    expect(formatAxisEn(5_000)).toBe('5,000');
    expect(formatAxisEn(0)).toBe('0');
  });
  it('writes sizes, ordinals, lists and small counts', () => {
    expect(formatBytesEn(812)).toBe('812 bytes');
    expect(formatBytesEn(23_456)).toBe('22.9 KB');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinalEn)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st']);
    expect(listEn(['Pension'])).toBe('Pension');
    expect(listEn(['Pension', 'Medical'])).toBe('Pension and Medical');
    expect(listEn(['Pension', 'Medical', 'Work injury'])).toBe('Pension, Medical and Work injury');
    expect(countWordEn(4)).toBe('four');
    expect(countWordEn(14)).toBe('14');
  });
});

describe('English dates', () => {
  it('writes months and days as British statistics offices do', () => {
    expect(formatMonthEn('2005-06')).toBe('June 2005');
    expect(formatMonthShortEn('2005-12')).toBe('Dec');
    expect(formatDayEn('2005-06-30')).toBe('30 June 2005');
    expect(formatDayEn('2006-01-01')).toBe('1 January 2006');
  });
});
