/**
 * The duplicate-key check of the files whose rows are identified by month, region and
 * insurance (monthly.csv; groups.csv adds the group). Each row's key is one number, and the
 * check runs once the whole file is read: sorted by key, duplicates are neighbours, which is
 * much cheaper than hashing composite string keys.
 */
import { sortedOrder } from './context';
import { EXPECTED } from './fields';
import type { RowReader } from './table';
import { INSURANCES, type Insurance } from './types';

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

  /** `perPair`: how many rows one region × insurance pair may have per month (one per group, say). */
  constructor(
    regionOrder: ReadonlyMap<string, number> | undefined,
    private readonly perPair = 1,
  ) {
    this.regions = new RegionNumbers(regionOrder);
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
   * (in `keyColumns` order) and the first row's line.
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
