/**
 * The figures the site shows, computed from validated records. Plain TypeScript:
 * no Astro, no I/O, so every rule here is unit-tested with tiny tables.
 *
 * Province figures are the sum of all regions. A month for which any region that
 * reports an insurance has no report is a gap for the province too: a partial sum
 * would understate the province, and we never invent the missing value.
 */
import type { Dataset, Insurance, Month, MonthlyReport, Region, Target } from '../data/types';
import { INSURANCES } from '../data/types';
import { baselineMonth, monthRange, previousMonth, yearOf } from './months';
import type { RevisionIndex } from './revisions';

/** `province`, or a region id. */
export type Area = string;
export const PROVINCE: Area = 'province';

/** One month of one area and insurance; null where the figure is missing. */
export interface Point {
  month: Month;
  enrolled: number | null;
  due: number | null;
  paid: number | null;
  newEnrolled: number | null;
  newPaid: number | null;
  /** paid / due */
  contributionRate: number | null;
  /** newPaid / newEnrolled */
  newContributionRate: number | null;
}

/** Where an area stands against its annual target. */
export interface Progress {
  area: Area;
  insurance: Insurance;
  year: number;
  target: number | null;
  /** Contribution-rate target as a ratio (0.9), or null. */
  rateTarget: number | null;
  /** The month the figures are from: the latest one of the year with a report. */
  month: Month | null;
  enrolled: number | null;
  /** enrolled / target */
  completion: number | null;
  /** target − enrolled, never below zero. */
  remaining: number | null;
  contributionRate: number | null;
  newContributionRate: number | null;
  /** Enrolment at the end of the previous year. */
  baseline: number | null;
  /** True when `month` is earlier than the latest month of the year with data. */
  stale: boolean;
}

/** contributionRate(paid, due): the share of liable persons who paid; null when undefined. */
export function contributionRate(paid: number | null | undefined, due: number | null | undefined): number | null {
  if (paid == null || due == null || due === 0) return null;
  return paid / due;
}

/** completion(enrolled, target): progress toward a target; null without both. */
export function completion(enrolled: number | null, target: number | null): number | null {
  if (enrolled == null || target == null || target === 0) return null;
  return enrolled / target;
}

function pointOf(month: Month, r: Pick<MonthlyReport, 'enrolled' | 'due' | 'paid' | 'newEnrolled' | 'newPaid'> | undefined): Point {
  if (!r) {
    return { month, enrolled: null, due: null, paid: null, newEnrolled: null, newPaid: null, contributionRate: null, newContributionRate: null };
  }
  const due = r.due ?? null;
  const paid = r.paid ?? null;
  const newEnrolled = r.newEnrolled ?? null;
  const newPaid = r.newPaid ?? null;
  return {
    month,
    enrolled: r.enrolled,
    due,
    paid,
    newEnrolled,
    newPaid,
    contributionRate: contributionRate(paid, due),
    newContributionRate: contributionRate(newPaid, newEnrolled),
  };
}

/** Sum a field over reports; null when any report lacks it. */
function sumOrNull(reports: MonthlyReport[], field: 'due' | 'paid' | 'newEnrolled' | 'newPaid'): number | null {
  let total = 0;
  for (const r of reports) {
    const v = r[field];
    if (v == null) return null;
    total += v;
  }
  return total;
}

/** Ranks 1…n by a value, highest first; ties share a rank; nulls get no rank. */
export function rankDescending<T>(items: T[], value: (t: T) => number | null): Map<T, number> {
  const ranked = new Map<T, number>();
  // Sorted once, so the rank (1 + how many are higher) is a binary search rather than a
  // pairwise count, which grows with the square of the regions on every page.
  const values = items.map(value);
  const sorted = values.filter((v): v is number => v != null).sort((a, b) => b - a);
  for (let i = 0; i < items.length; i++) {
    const v = values[i];
    if (v == null) continue;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! > v) lo = mid + 1;
      else hi = mid;
    }
    ranked.set(items[i]!, 1 + lo);
  }
  return ranked;
}

/** The computed model of a dataset: indexes built once, figures on request. */
export class Model {
  readonly regions: Region[];
  readonly regionById: Map<string, Region>;
  /** Every month with any report, ascending. */
  readonly months: Month[];
  /** The latest month with any report: what "current" means on the site. */
  readonly latestMonth: Month | null;
  /** Years with reports or targets, ascending. */
  readonly years: number[];
  private readonly reports = new Map<string, Map<Month, MonthlyReport>>();
  private readonly targets = new Map<string, Target>();
  private readonly reporting = new Map<Insurance, Region[]>();
  private readonly provinceCache = new Map<string, Point>();
  private readonly lastMonthByYear = new Map<number, Month>();
  // Figures asked for again and again while pages render (every region page ranks all
  // regions): computed once per build. The model is immutable, so caching is safe.
  private readonly regionProgressCache = new Map<string, { region: Region; progress: Progress; rank: number | null }[]>();
  private insuranceList: Insurance[] | undefined;
  private progressYearList: { list: readonly number[]; set: ReadonlySet<number> } | undefined;
  /** The figures this release revised from the previous one (src/stats/revisions.ts); null without a previous release. */
  revisions: RevisionIndex | null = null;

  constructor(readonly dataset: Dataset) {
    this.regions = dataset.regions;
    this.regionById = new Map(dataset.regions.map((r) => [r.id, r]));
    const monthSet = new Set<Month>();
    for (const r of dataset.monthly) {
      const key = `${r.region}|${r.insurance}`;
      let byMonth = this.reports.get(key);
      if (!byMonth) this.reports.set(key, (byMonth = new Map()));
      byMonth.set(r.month, r);
      monthSet.add(r.month);
    }
    this.months = [...monthSet].sort();
    this.latestMonth = this.months.at(-1) ?? null;
    for (const m of this.months) this.lastMonthByYear.set(yearOf(m), m);
    for (const t of dataset.targets) this.targets.set(`${t.year}|${t.region}|${t.insurance}`, t);
    for (const ins of INSURANCES) {
      this.reporting.set(ins, dataset.regions.filter((reg) => this.reports.has(`${reg.id}|${ins}`)));
    }
    const years = new Set<number>(this.months.map(yearOf));
    for (const t of dataset.targets) years.add(t.year);
    this.years = [...years].sort((a, b) => a - b);
  }

  /** The insurances with any report or target, in display order. */
  get insurances(): Insurance[] {
    this.insuranceList ??= INSURANCES.filter(
      (i) => (this.reporting.get(i)?.length ?? 0) > 0 || this.dataset.targets.some((t) => t.insurance === i),
    );
    return this.insuranceList.slice();
  }

  /** Regions that report an insurance at all. */
  regionsReporting(insurance: Insurance): Region[] {
    return this.reporting.get(insurance) ?? [];
  }

  /** The latest year with reports (the year progress pages default to). */
  get latestYear(): number | null {
    return this.latestMonth ? yearOf(this.latestMonth) : (this.years.at(-1) ?? null);
  }

  /**
   * Years that get their own progress pages, ascending: those with targets, and the latest
   * year with reports, if the year has any report at all.
   */
  get progressYears(): readonly number[] {
    return this.progressYearIndex().list;
  }

  /** Whether a year has progress pages. */
  hasProgressYear(year: number): boolean {
    return this.progressYearIndex().set.has(year);
  }

  private progressYearIndex(): { list: readonly number[]; set: ReadonlySet<number> } {
    if (!this.progressYearList) {
      const ys = new Set(this.dataset.targets.map((t) => t.year));
      if (this.latestYear != null) ys.add(this.latestYear);
      const list = Object.freeze([...ys].filter((y) => this.lastMonthOf(y) != null).sort((a, b) => a - b));
      this.progressYearList = { list, set: new Set(list) };
    }
    return this.progressYearList;
  }

  /** The months a year's charts cover: the previous December (baseline) to the year's last reported month. */
  chartMonths(year: number): Month[] {
    const end = this.lastMonthOf(year);
    if (!end) return [];
    return monthRange(baselineMonth(year), end);
  }

  /** The latest month of a year with any report (December once the year is complete). */
  lastMonthOf(year: number): Month | null {
    return this.lastMonthByYear.get(year) ?? null;
  }

  /** Whether the year's December has been reported by anyone. */
  isYearComplete(year: number): boolean {
    return this.lastMonthOf(year) === `${year}-12`;
  }

  /** A region's report for a month, if any. */
  report(region: string, insurance: Insurance, month: Month): MonthlyReport | undefined {
    return this.reports.get(`${region}|${insurance}`)?.get(month);
  }

  /** One month of an area (a region, or the province as the sum of regions). */
  point(area: Area, insurance: Insurance, month: Month): Point {
    if (area !== PROVINCE) return pointOf(month, this.report(area, insurance, month));
    const key = `${insurance}|${month}`;
    const cached = this.provinceCache.get(key);
    if (cached) return cached;
    const regions = this.regionsReporting(insurance);
    const reports: MonthlyReport[] = [];
    for (const reg of regions) {
      const r = this.report(reg.id, insurance, month);
      if (!r) break;
      reports.push(r);
    }
    const complete = regions.length > 0 && reports.length === regions.length;
    const p = complete
      ? pointOf(month, {
          enrolled: reports.reduce((s, r) => s + r.enrolled, 0),
          due: sumOrNull(reports, 'due') ?? undefined,
          paid: sumOrNull(reports, 'paid') ?? undefined,
          newEnrolled: sumOrNull(reports, 'newEnrolled') ?? undefined,
          newPaid: sumOrNull(reports, 'newPaid') ?? undefined,
        })
      : pointOf(month, undefined);
    this.provinceCache.set(key, p);
    return p;
  }

  /** Regions of the province that lack a report for a month (why a province figure is a gap). */
  missingReports(insurance: Insurance, month: Month): Region[] {
    return this.regionsReporting(insurance).filter((r) => !this.report(r.id, insurance, month));
  }

  /** An area's points over a run of months. */
  series(area: Area, insurance: Insurance, months: Month[]): Point[] {
    return months.map((m) => this.point(area, insurance, m));
  }

  /** The annual target of an area, if set. */
  target(area: Area, insurance: Insurance, year: number): Target | undefined {
    return this.targets.get(`${year}|${area}|${insurance}`);
  }

  /**
   * An area's two targets for a year as figures use them: the persons insured, and the
   * contribution rate as a ratio (targets.csv gives it in per cent); null where not set.
   */
  targetFigures(area: Area, insurance: Insurance, year: number): { target: number | null; rateTarget: number | null } {
    const t = this.target(area, insurance, year);
    return { target: t?.enrolled ?? null, rateTarget: t?.contributionRate != null ? t.contributionRate / 100 : null };
  }

  /**
   * The latest point of an area at or before `asOf`, within `asOf`'s year, that has an
   * enrolment figure; null when the area has none that year so far.
   */
  standing(area: Area, insurance: Insurance, asOf: Month): Point | null {
    const from = `${yearOf(asOf)}-01`;
    for (let m = asOf; m >= from; m = previousMonth(m)) {
      const p = this.point(area, insurance, m);
      if (p.enrolled != null) return p;
    }
    return null;
  }

  /** Where an area stands against its target for a year, at the latest reported month of that year. */
  progress(area: Area, insurance: Insurance, year: number): Progress {
    const { target, rateTarget } = this.targetFigures(area, insurance, year);
    const last = this.lastMonthOf(year);
    const point = last ? this.standing(area, insurance, last) : null;
    const enrolled = point?.enrolled ?? null;
    return {
      area,
      insurance,
      year,
      target,
      rateTarget,
      month: point?.month ?? null,
      enrolled,
      completion: completion(enrolled, target),
      remaining: enrolled != null && target != null ? Math.max(target - enrolled, 0) : null,
      contributionRate: point?.contributionRate ?? null,
      newContributionRate: point?.newContributionRate ?? null,
      baseline: this.point(area, insurance, baselineMonth(year)).enrolled,
      stale: point != null && point.month !== last,
    };
  }

  /** Every region's progress for an insurance and year, in file order, with its completion rank. Do not modify the result: it is shared. */
  regionProgress(insurance: Insurance, year: number): readonly { region: Region; progress: Progress; rank: number | null }[] {
    const key = `${insurance}|${year}`;
    const cached = this.regionProgressCache.get(key);
    if (cached) return cached;
    const rows = this.regions.map((region) => ({ region, progress: this.progress(region.id, insurance, year) }));
    const ranks = rankDescending(rows, (r) => r.progress.completion);
    const result = rows.map((r) => ({ ...r, rank: ranks.get(r) ?? null }));
    this.regionProgressCache.set(key, result);
    return result;
  }
}

/** Years that get their own progress pages, ascending (Model.progressYears). */
export function progressYears(model: Model): number[] {
  return [...model.progressYears];
}
