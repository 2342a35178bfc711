/** Month arithmetic on `YYYY-MM` strings (no Date objects, no time zones). */
import type { Month } from '../data/types';

/** The month after `m`. */
export function nextMonth(m: Month): Month {
  let y = Number(m.slice(0, 4));
  let mo = Number(m.slice(5, 7)) + 1;
  if (mo === 13) {
    mo = 1;
    y += 1;
  }
  return `${y}-${String(mo).padStart(2, '0')}`;
}

/** The month before `m`. */
export function previousMonth(m: Month): Month {
  let y = Number(m.slice(0, 4));
  let mo = Number(m.slice(5, 7)) - 1;
  if (mo === 0) {
    mo = 12;
    y -= 1;
  }
  return `${y}-${String(mo).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when from > to). */
export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** The year of a month. */
export function yearOf(m: Month): number {
  return Number(m.slice(0, 4));
}

/** December of the year before: the baseline a year's growth is measured from. */
export function baselineMonth(year: number): Month {
  return `${year - 1}-12`;
}

/** The quarter (1–4) a month falls in. */
export function quarterOf(m: Month): number {
  return Math.ceil(Number(m.slice(5, 7)) / 3);
}
