/** Dates and months in Chinese: "2005年6月", "2005年6月30日". */
import type { Day, Month } from '../data/types';

/** "2005-06" → "2005年6月". */
export function formatMonth(month: Month): string {
  return remembered(MONTHS, month, () => {
    const [y, m] = month.split('-');
    return `${y}年${Number(m)}月`;
  });
}

/** "2005-06-30" → "2005年6月30日". */
export function formatDay(day: Day): string {
  return remembered(DAYS, day, () => {
    const [y, m, d] = day.split('-');
    return `${y}年${Number(m)}月${Number(d)}日`;
  });
}

// A large build formats the same few hundred months and few thousand days millions of
// times, so each is formatted once. Past the limit (far more days than a decade has)
// nothing more is kept, so memory stays bounded whatever the input.
const MONTHS = new Map<string, string>();
const DAYS = new Map<string, string>();
const REMEMBER_AT_MOST = 20_000;

function remembered(known: Map<string, string>, key: string, format: () => string): string {
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const text = format();
  if (known.size < REMEMBER_AT_MOST) known.set(key, text);
  return text;
}
