/**
 * Priority groups (扩面工作重点, groups.csv): enrolment of each named group per
 * region, insurance and month, and the province as the sum of regions with the same
 * gap rule as the Model: a month any region that reports a group (for an insurance)
 * has missed is a gap for the province, never a partial sum.
 */
import type { GroupKey, GroupReport, Insurance, Month, Region } from '../data/types';
import { GROUP_KEYS } from '../data/types';
import { PROVINCE, type Area } from './model';

const GROUP_ORDER = new Map<GroupKey, number>(GROUP_KEYS.map((g, i) => [g, i]));

/** Indexes of groups.csv, built once; every lookup is a map access. */
export class GroupIndex {
  private readonly values = new Map<string, Map<Month, number>>();
  private readonly reporters = new Map<string, string[]>();
  private readonly byArea = new Map<string, GroupKey[]>();
  private readonly provinceCache = new Map<string, number | null>();

  constructor(reports: readonly GroupReport[], regions: readonly Region[]) {
    const order = new Map(regions.map((r, i) => [r.id, i]));
    const reporterSets = new Map<string, Set<string>>();
    for (const r of reports) {
      const key = `${r.region}|${r.insurance}|${r.group}`;
      let byMonth = this.values.get(key);
      if (!byMonth) this.values.set(key, (byMonth = new Map()));
      byMonth.set(r.month, r.enrolled);
      const gkey = `${r.insurance}|${r.group}`;
      let set = reporterSets.get(gkey);
      if (!set) reporterSets.set(gkey, (set = new Set()));
      set.add(r.region);
    }
    for (const [gkey, set] of reporterSets) {
      this.reporters.set(gkey, [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    }
    const groupsOf = new Map<string, Set<GroupKey>>();
    for (const r of reports) {
      for (const area of [r.region, PROVINCE]) {
        const k = `${area}|${r.insurance}`;
        let set = groupsOf.get(k);
        if (!set) groupsOf.set(k, (set = new Set()));
        set.add(r.group);
      }
    }
    for (const [k, set] of groupsOf) this.byArea.set(k, [...set].sort((a, b) => GROUP_ORDER.get(a)! - GROUP_ORDER.get(b)!));
  }

  /** The groups with any data for an area (a region, or PROVINCE for any region) and insurance, in contract order. */
  groups(area: Area, insurance: Insurance): GroupKey[] {
    return this.byArea.get(`${area}|${insurance}`) ?? [];
  }

  /** Region ids that report a group for an insurance at all (regions.csv order). */
  reportersOf(insurance: Insurance, group: GroupKey): string[] {
    return this.reporters.get(`${insurance}|${group}`) ?? [];
  }

  /** Enrolment of a group in an area and month; null when missing (province: when any reporting region lacks it). */
  value(area: Area, insurance: Insurance, group: GroupKey, month: Month): number | null {
    if (area !== PROVINCE) return this.values.get(`${area}|${insurance}|${group}`)?.get(month) ?? null;
    const key = `${insurance}|${group}|${month}`;
    const hit = this.provinceCache.get(key);
    if (hit !== undefined) return hit;
    const regions = this.reportersOf(insurance, group);
    let total: number | null = regions.length ? 0 : null;
    for (const id of regions) {
      const v = this.values.get(`${id}|${insurance}|${group}`)?.get(month);
      if (v == null) {
        total = null;
        break;
      }
      total! += v;
    }
    this.provinceCache.set(key, total);
    return total;
  }

  /** Regions (ids) whose missing report makes the province value a gap. */
  missing(insurance: Insurance, group: GroupKey, month: Month): string[] {
    return this.reportersOf(insurance, group).filter((id) => this.values.get(`${id}|${insurance}|${group}`)?.get(month) == null);
  }
}

/**
 * A group's enrolment at the latest of `months` that has a figure (for the province: a
 * month every reporting region reported), with that month; nulls when none has.
 */
export function latestGroupValue(
  index: GroupIndex,
  area: Area,
  insurance: Insurance,
  group: GroupKey,
  months: readonly Month[],
): { value: number | null; month: Month | null } {
  for (let i = months.length - 1; i >= 0; i--) {
    const value = index.value(area, insurance, group, months[i]!);
    if (value != null) return { value, month: months[i]! };
  }
  return { value: null, month: null };
}

/** share(part, whole): a group's share of the insurance's enrolment; null without both. */
export function share(part: number | null, whole: number | null): number | null {
  if (part == null || whole == null || whole === 0) return null;
  return part / whole;
}
