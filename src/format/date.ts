/** Dates and months in Chinese: "2005年6月", "2005年6月30日". */
import type { Day, Month } from '../data/types';

/** "2005-06" → "2005年6月". */
export function formatMonth(month: Month): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** "2005-06-30" → "2005年6月30日". */
export function formatDay(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** Short month for axes: "6月". */
export function formatMonthShort(month: Month): string {
  return `${Number(month.slice(5, 7))}月`;
}
