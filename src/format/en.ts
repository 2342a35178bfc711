/**
 * Numbers and dates for the English edition: millions with three or four significant digits
 * ("7.605 million"), exact counts with commas below a million, percentages with one decimal
 * ("96.1%"), months and days as British statistics offices write them ("June 2005", "30 June
 * 2005"). The same roundings as the Chinese formats (number.ts), so both editions agree.
 */
import type { Day, Month } from '../data/types';
import { formatBytes, formatCount, formatScaled, trim, type Scale } from './number';

export { formatCount };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Millions with three or four significant digits, as the Chinese edition's 万; exact below a million. */
const MILLIONS: readonly Scale[] = [
  [1e9, 1e9, 3, ' billion'],
  [1e8, 1e6, 1, ' million'],
  [1e7, 1e6, 2, ' million'],
  [1e6, 1e6, 3, ' million'],
];

/** A count: exact with commas under a million, else in millions (billions): 7605000 → "7.605 million". */
export function formatNumberEn(n: number): string {
  return formatScaled(n, MILLIONS);
}

/** A count of people: "7.605 million people", "1 person", "8,100 people". */
export function formatPersonsEn(n: number): string {
  return `${formatNumberEn(n)} ${Math.abs(n) === 1 ? 'person' : 'people'}`;
}

/** Signed change: "+12,300", "−1.2 million", "0". */
export function formatChangeEn(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${formatNumberEn(n)}` : formatNumberEn(n);
}

/** Axis ticks, short: "7.5m", "800k", "0". */
export function formatAxisEn(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e6) return `${sign}${trim((a / 1e6).toFixed(2))}m`;
  if (a >= 1e4) return `${sign}${trim((a / 1e3).toFixed(1))}k`;
  return `${sign}${formatCount(a)}`;
}

/** A file size: "812 bytes", "22.9 KB", "3.3 MB". */
export function formatBytesEn(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : formatBytes(bytes);
}

/** "2005-06" → "June 2005". */
export function formatMonthEn(month: Month): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** "2005-06" → "Jun" (axes and narrow tables). */
export function formatMonthShortEn(month: Month): string {
  return MONTH_NAMES[Number(month.slice(5, 7)) - 1]!.slice(0, 3);
}

/** "2005-06-30" → "30 June 2005". */
export function formatDayEn(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "a", "a and b", "a, b and c". */
export function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Small counts in words, as English prose writes them: 4 → "four", 12 → "12". */
export function countWordEn(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n] ?? String(n);
}
