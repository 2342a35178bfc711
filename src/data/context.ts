/**
 * What the file modules share while one dataset is read: where problems go, the
 * build date, and the region ids other files may refer to.
 */
import type { Day, Problem } from './types';

/** State of one loadDataset() run, passed to every file module. */
export interface ReadContext {
  /** Every problem of every file; any problem fails the run. */
  problems: Problem[];
  /** Warnings for the build log; they never fail the run. */
  warnings: Problem[];
  /** The date "not after", embargo and expiry rules use. */
  buildDate: Day;
  /**
   * Valid region ids → position in regions.csv. Undefined when regions.csv could not be
   * read at all: reference checks are then skipped rather than failing every row of every file.
   */
  regionOrder: ReadonlyMap<string, number> | undefined;
}

/** Sorts by a numeric key computed once per item (the comparator runs n log n times; the key n times). */
export function sortByKey<T>(items: readonly T[], key: (item: T, index: number) => number): T[] {
  const keys = new Float64Array(items.length);
  let sorted = true;
  for (let i = 0; i < items.length; i++) {
    keys[i] = key(items[i]!, i);
    if (i > 0 && keys[i]! < keys[i - 1]!) sorted = false;
  }
  if (sorted) return items.slice();
  const order = Array.from({ length: items.length }, (_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return order.map((i) => items[i]!);
}
