/**
 * The duplicate-key check of the files whose rows are identified by month, region and
 * insurance (monthly.csv; groups.csv adds the group). Each row's key is one number, and the
 * check runs once the whole file is read: sorted by key, duplicates are neighbours, which is
 * much cheaper than hashing composite string keys.
 */
import type { ReadContext } from './context';
import { EXPECTED } from './fields';
import type { RowReader } from './table';
import { INSURANCES, type Insurance, type Problem } from './types';

const INSURANCE_INDEX: ReadonlyMap<Insurance, number> = new Map(INSURANCES.map((k, i) => [k, i]));

/** The keys of a file's rows, in file order, collected while the file is read. */
export class MonthKeys {
  /** Month index of each row. */
  readonly months: number[] = [];
  /**
   * Each row's region × insurance pair (regions.csv order, then insurance order), times
   * `perPair`, plus the row's `sub` key: the pair itself where `perPair` is 1.
   */
  readonly slots: number[] = [];
  /** Line of each row. */
  readonly lines: number[] = [];
  private readonly regions: RegionNumbers;
  private readonly problems: Problem[];
  private readonly problemsBefore: number;

  /**
   * Made before the file's rows are read. `perPair`: how many rows one region × insurance pair
   * may have per month (one per group, say).
   */
  constructor(ctx: ReadContext, private readonly perPair = 1) {
    this.regions = new RegionNumbers(ctx.regionOrder);
    this.problems = ctx.problems;
    this.problemsBefore = ctx.problems.length;
  }

  /** The key of the row on `line`; `sub` (below `perPair`) tells apart the rows of one pair and month. */
  add(line: number, month: number, region: string, insurance: Insurance, sub = 0): void {
    this.months.push(month);
    this.slots.push((this.regions.of(region) * INSURANCES.length + INSURANCE_INDEX.get(insurance)!) * this.perPair + sub);
    this.lines.push(line);
  }

  /**
   * Visits the rows in key order: `unique(i)` for the first row of each key; every later row
   * with that key is a problem on `keyColumns`, naming its key cells as `written(i)` gives them
   * (in `keyColumns` order) and the first row's line. The file's problems are then put back
   * in line order.
   */
  check<K extends string>(r: RowReader<K>, keyColumns: readonly K[], written: (i: number) => readonly string[], unique: (i: number) => void): void {
    const slotCount = this.regions.count * INSURANCES.length * this.perPair;
    const keys = this.months.map((month, i) => month * slotCount + this.slots[i]!);
    const order = sortedOrder(keys);
    for (let k = 0, firstLine = 0; k < order.length; k++) {
      const i = order[k]!;
      if (k > 0 && keys[i] === keys[order[k - 1]!]) {
        r.failRow(this.lines[i]!, keyColumns, written(i), EXPECTED.unique(firstLine));
        continue;
      }
      firstLine = this.lines[i]!;
      unique(i);
    }
    sortProblemsByLine(this.problems, this.problemsBefore);
  }
}

/**
 * Numbers for region ids, in regions.csv order; when that file could not be read, a region
 * gets the next number as it first appears. `count` is how many numbers are given out.
 */
class RegionNumbers {
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

/** Indices of `keys` in ascending key order, ties in index order; skips the sort when already in order. */
function sortedOrder(keys: readonly number[]): number[] {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i]! < keys[i - 1]!) return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
  return order;
}

/** Keeps a file's problems in line order after checks that run once the whole file is read. */
function sortProblemsByLine(problems: Problem[], from: number): void {
  const tail = problems.splice(from).sort((a, b) => a.line - b.line);
  for (const p of tail) problems.push(p);
}
