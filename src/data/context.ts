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

/**
 * Numbers for region ids, in regions.csv order; when that file could not be read, a region
 * gets the next number as it first appears. `count` is how many numbers are given out.
 */
export class RegionNumbers {
  private readonly numbers: Map<string, number>;
  constructor(order: ReadonlyMap<string, number> | undefined) {
    this.numbers = new Map(order ?? []);
  }
  of(region: string): number {
    let n = this.numbers.get(region);
    if (n === undefined) this.numbers.set(region, (n = this.numbers.size));
    return n;
  }
  get count(): number {
    return this.numbers.size;
  }
}

/**
 * Visits rows in the order of their numeric `keys`, where duplicates are neighbours:
 * `duplicate(i, firstLine)` for a row whose key an earlier row has (on `firstLine`),
 * `unique(i)` for the first row of each key. Much cheaper than hashing composite keys.
 */
export function visitByKey(keys: readonly number[], lines: readonly number[], unique: (i: number) => void, duplicate: (i: number, firstLine: number) => void): void {
  const order = sortedOrder(keys);
  for (let k = 0, firstLine = 0; k < order.length; k++) {
    const i = order[k]!;
    if (k > 0 && keys[i] === keys[order[k - 1]!]) {
      duplicate(i, firstLine);
      continue;
    }
    firstLine = lines[i]!;
    unique(i);
  }
}
