/**
 * Month arithmetic and month-axis ticks for the monthly charts. Months are `YYYY-MM`
 * strings (validated upstream); here they become a running count so gaps keep their slot.
 */
import type { Month } from '../data/types';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` → months since year 0, so consecutive months differ by 1. */
export function monthNumber(month: Month): number {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`chart: month "${month}" is not YYYY-MM`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Months since year 0 → `YYYY-MM`. */
export function monthString(n: number): Month {
  const year = Math.floor(n / 12);
  return `${String(year).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Every month from the earliest to the latest of `months`, in order (empty for none). */
export function monthSpan(months: Iterable<Month>): Month[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of months) {
    const n = monthNumber(m);
    lo = Math.min(lo, n);
    hi = Math.max(hi, n);
  }
  const out: Month[] = [];
  for (let n = lo; n <= hi; n++) out.push(monthString(n));
  return out;
}

/** A labelled tick on the month axis. */
export interface MonthTick {
  /** Slot index in the x domain. */
  index: number;
  /** First line, e.g. `3月`; when ticks are yearly, the year itself, e.g. `2024年`. */
  label: string;
  /** Second line, e.g. `2024年`: under the first tick and the first tick of each new year. */
  year?: string;
}

const INTERVALS = [1, 2, 3, 6, 12, 24, 60, 120];

/** How tick labels read: a month of the year (1–12) and a year. */
export interface TickWords {
  month: (m: number) => string;
  year: (y: number) => string;
}

/** Chinese ticks: `3月`, `2024年`. */
export const TICKS_ZH: TickWords = { month: (m) => `${m}月`, year: (y) => `${y}年` };

/** English ticks: `Mar`, `2024`. */
export const TICKS_EN: TickWords = {
  month: (m) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!,
  year: (y) => String(y),
};

/**
 * Chooses month ticks whose labels (of width `labelWidth(s)`) do not collide at slot
 * spacing `step`: every month; every other month counted back from the last (so the
 * latest month is always labelled); quarters or half years on calendar boundaries; or
 * every N years at January. Months read `1月`…`12月` with the year under the first tick
 * and the first tick of each new year; yearly ticks read `2024年`.
 */
export function monthTicks(domain: readonly Month[], step: number, labelWidth: (s: string) => number, words: TickWords = TICKS_ZH): MonthTick[] {
  if (domain.length === 0) return [];
  const numbers = domain.map(monthNumber);
  const last = numbers[numbers.length - 1]!;
  const monthGap = Math.max(labelWidth(words.month(12)), labelWidth(words.month(5))) + 10;
  const yearGap = labelWidth(words.year(2024)) + 10;
  const yearOf = (n: number) => Math.floor(n / 12);
  for (const interval of INTERVALS) {
    const on = (n: number) => {
      if (interval === 2) return (last - n) % 2 === 0;
      if (interval < 12) return (n % 12) % interval === 0;
      return n % 12 === 0 && yearOf(n) % (interval / 12) === 0;
    };
    const picked = numbers.flatMap((n, i) => (on(n) ? [i] : []));
    if (picked.length === 0) continue;
    const gap = interval < 12 ? monthGap : yearGap;
    if (!picked.every((idx, k) => k === 0 || (idx - picked[k - 1]!) * step >= gap)) continue;
    if (interval >= 12) return picked.map((index) => ({ index, label: words.year(yearOf(numbers[index]!)) }));

    const ticks: MonthTick[] = picked.map((index, k) => {
      const n = numbers[index]!;
      const tick: MonthTick = { index, label: words.month((n % 12) + 1) };
      if (k === 0 || yearOf(n) !== yearOf(numbers[picked[k - 1]!]!)) tick.year = words.year(yearOf(n));
      return tick;
    });
    // The first tick's year would run into the next year's: drop that tick rather than
    // show a month without its year (the months before it read from the next label).
    const next = ticks.find((t, k) => k > 0 && t.year !== undefined);
    if (next && (next.index - ticks[0]!.index) * step < yearGap) ticks.shift();
    return ticks;
  }
  // Too little room for even yearly ticks: label the first month only.
  const n = numbers[0]!;
  return [{ index: 0, label: words.month((n % 12) + 1), year: words.year(yearOf(n)) }];
}
