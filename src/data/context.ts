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

/** Indices of `keys` in ascending key order, ties in index order; skips the sort when already in order. */
export function sortedOrder(keys: readonly number[]): number[] {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i]! < keys[i - 1]!) return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
  return order;
}

/** Keeps a file's problems in line order after checks that run once the whole file is read. */
export function sortProblemsByLine(problems: Problem[], from: number): void {
  const tail = problems.splice(from).sort((a, b) => a.line - b.line);
  for (const p of tail) problems.push(p);
}
