/**
 * Revisions (修订): what this release changed in the figures a previous release published.
 * Every published figure of monthly.csv, targets.csv and groups.csv is compared by its key.
 * A figure that differs, or that was published and is gone (an emptied cell, a removed row), is
 * a revision. A figure the previous release did not have is not: a month missing then and
 * reported now is "newly reported", and months after the previous release's latest are new data.
 */
import { GROUP_KEYS, INSURANCES, type GroupReport, type Insurance, type Month, type MonthlyReport, type Target } from '../data/types';

/** The figures compared: those of the three files of counts. */
export interface ReleaseFigures {
  monthly: readonly MonthlyReport[];
  targets: readonly Target[];
  groups: readonly GroupReport[];
}

/** The file a figure comes from. */
export type RevisionTable = 'monthly' | 'targets' | 'groups';

/** The measures of each file, with the contract's column name. */
export const REVISED_MEASURES = {
  monthly: [
    ['enrolled', 'enrolled'],
    ['due', 'due'],
    ['paid', 'paid'],
    ['newEnrolled', 'new_enrolled'],
    ['newPaid', 'new_paid'],
  ],
  targets: [
    ['enrolled', 'enrolled'],
    ['contributionRate', 'contribution_rate'],
  ],
  groups: [['enrolled', 'enrolled']],
} as const;

/** A measure's record field, e.g. `newEnrolled`. */
export type RevisedMeasure = 'enrolled' | 'due' | 'paid' | 'newEnrolled' | 'newPaid' | 'contributionRate';

/** Where a figure is: file, region (or `province` for a province target), month or year, insurance, group. */
export interface FigureKey {
  table: RevisionTable;
  region: string;
  /** `YYYY-MM` for monthly and groups, `YYYY` for targets. */
  period: string;
  insurance: Insurance;
  group?: string;
}

/** One revised figure. */
export interface Revision extends FigureKey {
  measure: RevisedMeasure;
  /** The contract's column name of the measure (`new_enrolled`). */
  column: string;
  previous: number;
  /** Null when the figure was removed (its row, or its cell). */
  current: number | null;
  /** True when the whole row is gone from this release (every figure of it is then a revision). */
  rowRemoved: boolean;
}

/** The comparison of two releases. */
export interface RevisionReport {
  /** Changed and removed figures, in file order (monthly, targets, groups), then by period, region, insurance. */
  revisions: Revision[];
  /** Rows for a month (or year) the previous release had missing and this one reports. */
  newlyReported: FigureKey[];
  /** Months after the previous release's latest month: the new data of this release. */
  newMonths: Month[];
  counts: { changed: number; removed: number; newlyReported: number };
}

type Row = { region: string; insurance: Insurance } & Record<string, unknown>;

const INSURANCE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(INSURANCES.map((k, i) => [k, i]));
const GROUP_INDEX: Readonly<Record<string, number>> = Object.fromEntries(GROUP_KEYS.map((k, i) => [k, i]));

/**
 * Visits the rows of two releases matched by key: `both(old, cur)` for a key in both,
 * `both(old, undefined)` for one gone, `added(cur)` for one new. Both files come sorted by the
 * loader (period, region, insurance, group), so a merge of the two lists does it without a key
 * string per row; when either list is not in that order (regions.csv reordered, say) a map of
 * keys does it instead.
 */
function join<R extends Row>(
  before: readonly R[],
  after: readonly R[],
  period: (r: R) => string,
  group: (r: R) => string | undefined,
  both: (old: R, cur: R | undefined) => void,
  added: (cur: R) => void,
): void {
  const rank = new Map<string, number>();
  for (const list of [after, before]) for (const r of list) if (!rank.has(r.region)) rank.set(r.region, rank.size);
  const cmp = (a: R, b: R): number => {
    const pa = period(a);
    const pb = period(b);
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (a.region !== b.region) return rank.get(a.region)! - rank.get(b.region)!;
    if (a.insurance !== b.insurance) return INSURANCE_INDEX[a.insurance]! - INSURANCE_INDEX[b.insurance]!;
    const ga = group(a);
    const gb = group(b);
    return ga === gb ? 0 : (GROUP_INDEX[ga ?? ''] ?? -1) - (GROUP_INDEX[gb ?? ''] ?? -1);
  };
  const sorted = (list: readonly R[]) => {
    for (let i = 1; i < list.length; i++) if (cmp(list[i - 1]!, list[i]!) >= 0) return false;
    return true;
  };
  if (sorted(before) && sorted(after)) {
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
      const c = i >= before.length ? 1 : j >= after.length ? -1 : cmp(before[i]!, after[j]!);
      if (c === 0) both(before[i++]!, after[j++]!);
      else if (c < 0) both(before[i++]!, undefined);
      else added(after[j++]!);
    }
    return;
  }
  const keyOf = (r: R) => `${period(r)}|${r.region}|${r.insurance}|${group(r) ?? ''}`;
  const now = new Map<string, R>();
  for (const r of after) now.set(keyOf(r), r);
  const seen = new Set<string>();
  for (const old of before) {
    const key = keyOf(old);
    seen.add(key);
    both(old, now.get(key));
  }
  for (const r of after) if (!seen.has(keyOf(r))) added(r);
}

/** Compares every published figure of `previous` with `current`. */
export function compareReleases(previous: ReleaseFigures, current: ReleaseFigures): RevisionReport {
  const revisions: Revision[] = [];
  const newlyReported: FigureKey[] = [];
  const previousLatest = previous.monthly.reduce<Month>((m, r) => (r.month > m ? r.month : m), '');
  const compare = <R extends Row>(table: RevisionTable, before: readonly R[], after: readonly R[], period: (r: R) => string, group: (r: R) => string | undefined, isNew: (r: R) => boolean) => {
    const measures = REVISED_MEASURES[table];
    const both = (old: R, cur: R | undefined) => {
      for (const [measure, column] of measures) {
        const was = old[measure] as number | undefined;
        if (was === undefined) continue;
        const is = cur === undefined ? undefined : (cur[measure] as number | undefined);
        if (is === was) continue;
        revisions.push({ ...figureKey(table, old.region, period(old), old.insurance, group(old)), measure, column, previous: was, current: is ?? null, rowRemoved: cur === undefined });
      }
    };
    const added = (r: R) => {
      if (isNew(r)) newlyReported.push(figureKey(table, r.region, period(r), r.insurance, group(r)));
    };
    join(before, after, period, group, both, added);
  };
  // A row for a month up to the previous release's latest was missing then: newly reported.
  const wasDue = (month: Month) => previousLatest !== '' && month <= previousLatest;
  compare('monthly', previous.monthly as unknown as Row[], current.monthly as unknown as Row[], (r) => r.month as string, () => undefined, (r) => wasDue(r.month as string));
  const previousYears = new Set(previous.targets.map((t) => t.year));
  compare('targets', previous.targets as unknown as Row[], current.targets as unknown as Row[], (r) => String(r.year), () => undefined, (r) => previousYears.has(r.year as number));
  compare('groups', previous.groups as unknown as Row[], current.groups as unknown as Row[], (r) => r.month as string, (r) => r.group as string, (r) => wasDue(r.month as string));
  const newMonths = [...new Set(current.monthly.map((r) => r.month).filter((m) => m > previousLatest))].sort();
  const removed = revisions.filter((r) => r.current === null).length;
  return { revisions, newlyReported, newMonths, counts: { changed: revisions.length - removed, removed, newlyReported: newlyReported.length } };
}

function figureKey(table: RevisionTable, region: string, period: string, insurance: Insurance, group: string | undefined): FigureKey {
  return group === undefined ? { table, region, period, insurance } : { table, region, period, insurance, group };
}

/** True when the two releases publish exactly the same figures. */
export function sameFigures(r: RevisionReport): boolean {
  return r.revisions.length === 0 && r.newlyReported.length === 0 && r.newMonths.length === 0;
}

/** Revisions looked up by the figure they concern: `table|region|period|insurance|group|measure`. */
export class RevisionIndex {
  private readonly byFigure = new Map<string, Revision>();
  private readonly byRow = new Map<string, Revision[]>();

  constructor(
    readonly report: RevisionReport,
    /** The version of the release compared with. */
    readonly previousVersion: string,
  ) {
    for (const r of report.revisions) {
      this.byFigure.set(`${rowKey(r)}|${r.measure}`, r);
      const row = this.byRow.get(rowKey(r));
      if (row) row.push(r);
      else this.byRow.set(rowKey(r), [r]);
    }
  }

  /** The revision of one figure, if it was revised. */
  get(key: FigureKey, measure: RevisedMeasure): Revision | undefined {
    return this.byFigure.get(`${rowKey(key)}|${measure}`);
  }

  /** Every revised figure of one row (a region's month of one insurance, say). */
  row(key: FigureKey): readonly Revision[] {
    return this.byRow.get(rowKey(key)) ?? [];
  }
}

function rowKey(k: FigureKey): string {
  return `${k.table}|${k.region}|${k.period}|${k.insurance}|${k.group ?? ''}`;
}
