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
  listEn,
  ordinalEn,
} from '../../src/format/en';

describe('formatNumberEn(n)', () => {
  it.each([
    // Millions with three or four significant digits, exact counts below a million.
    [7_605_000, '7.605 million'],
    [7_500_000, '7.5 million'],
    [12_345_678, '12.35 million'],
    [123_456_789, '123.5 million'],
    [1_234_567_890, '1.235 billion'],
    [812_345, '812,345'],
    [-2_100, '−2,100'],
    // Exact halves round up, as the Chinese edition does.
    [4_239_500, '4.24 million'],
    [1_000_500, '1.001 million'],
  ])('%d → %s', (n, text) => expect(formatNumberEn(n)).toBe(text));
});

describe.each<[string, (n: number) => string, [number, string][]]>([
  ['formatPersonsEn says people, or person for one', formatPersonsEn, [[1, '1 person'], [8_100, '8,100 people'], [7_605_000, '7.605 million people']]],
  ['formatChangeEn signs changes', formatChangeEn, [[12_300, '+12,300'], [-1_200_000, '−1.2 million'], [0, '0']]],
  ['formatAxisEn keeps axis labels short', formatAxisEn, [[7_500_000, '7.5m'], [800_000, '800k'], [5_000, '5,000'], [0, '0']]],
  ['formatBytesEn writes sizes', formatBytesEn, [[812, '812 bytes'], [23_456, '22.9 KB']]],
  ['countWordEn writes small counts in words', countWordEn, [[4, 'four'], [14, '14']]],
])('%s', (_, format, cases) => {
  it.each(cases)('%d → %s', (n, text) => expect(format(n)).toBe(text));
});

describe('English words', () => {
  it('writes ordinals and lists', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinalEn)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st']);
    expect(listEn(['Pension'])).toBe('Pension');
    expect(listEn(['Pension', 'Medical'])).toBe('Pension and Medical');
    expect(listEn(['Pension', 'Medical', 'Work injury'])).toBe('Pension, Medical and Work injury');
  });
});

describe('English dates, as British statistics offices write them', () => {
  it.each([
    ['formatMonthEn', '2005-06', 'June 2005', formatMonthEn],
    ['formatMonthShortEn', '2005-12', 'Dec', formatMonthShortEn],
    ['formatDayEn', '2005-06-30', '30 June 2005', formatDayEn],
    ['formatDayEn', '2006-01-01', '1 January 2006', formatDayEn],
  ])('%s(%s) → %s', (_, date, text, format) => expect(format(date)).toBe(text));
});
