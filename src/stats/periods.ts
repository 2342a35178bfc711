/**
 * The reporting cycle of the notice (按月报表, 每季度末阶段报告, 年末总结): which
 * monthly, quarterly and annual reports the data supports, and whether each is
 * complete or still in progress. Pure functions over `YYYY-MM` strings.
 */
import type { Month } from '../data/types';
import { yearOf } from './months';

/** A report's kind: the monthly report, the quarterly stage report, the annual summary. */
export type ReportKind = 'month' | 'quarter' | 'year';

/** One report of the cycle. */
export interface ReportPeriod {
  kind: ReportKind;
  /** The stable URL segment: `2005-06`, `2005-q2`, `2005`. */
  slug: string;
  year: number;
  /** 1–4 for quarterly reports, else null. */
  quarter: number | null;
  /** First and last month the period spans (a whole quarter or year even while in progress). */
  first: Month;
  last: Month;
  /** The latest month of the period with any report: what the report covers so far. */
  latest: Month;
  /** True when the period's last month has been reported (by any region). */
  complete: boolean;
}

/** The months of quarter `q` (1–4) of `year`. */
export function quarterMonths(year: number, q: number): Month[] {
  if (!Number.isInteger(q) || q < 1 || q > 4) throw new Error(`quarter must be 1–4, got ${q}`);
  return [1, 2, 3].map((i) => `${year}-${String((q - 1) * 3 + i).padStart(2, '0')}`);
}

/** The month before a quarter starts: the end of the previous quarter (December of the year before for Q1). */
export function previousQuarterEnd(year: number, q: number): Month {
  return q === 1 ? `${year - 1}-12` : `${year}-${String((q - 1) * 3).padStart(2, '0')}`;
}

/**
 * Where a quarter stands given the months that have any report: complete once its
 * third month is reported; otherwise in progress, covered up to its latest reported
 * month; null when none of its months has a report.
 */
export function quarterStatus(year: number, q: number, reported: ReadonlySet<Month>): { complete: boolean; latest: Month } | null {
  const months = quarterMonths(year, q);
  const present = months.filter((m) => reported.has(m));
  if (!present.length) return null;
  return { complete: reported.has(months[2]!), latest: present.at(-1)! };
}

const KIND_ORDER: Record<ReportKind, number> = { year: 0, quarter: 1, month: 2 };

/**
 * The years that get quarterly and annual reports: every year with a report, except
 * a year whose only report is the December that opens the data and that has no
 * target — that December is only the baseline of the following year.
 */
export function reportYears(months: readonly Month[], targetYears: Iterable<number>): number[] {
  const targets = new Set(targetYears);
  const byYear = new Map<number, Month[]>();
  for (const m of months) {
    const y = yearOf(m);
    const list = byYear.get(y);
    if (list) list.push(m);
    else byYear.set(y, [m]);
  }
  const first = [...months].sort()[0];
  const years: number[] = [];
  for (const [y, ms] of byYear) {
    const onlyOpeningDecember = ms.length === 1 && ms[0] === `${y}-12` && ms[0] === first;
    if (onlyOpeningDecember && !targets.has(y)) continue;
    years.push(y);
  }
  return years.sort((a, b) => a - b);
}

/**
 * Every report the data supports, newest first: a monthly report for each month with
 * any report; for each report year (see `reportYears`) an annual summary and a stage
 * report for each quarter with any reported month. At equal coverage the annual
 * summary comes before the quarter, and the quarter before its last month.
 */
export function reportPeriods(months: readonly Month[], targetYears: Iterable<number>): ReportPeriod[] {
  const reported = new Set(months);
  const out: ReportPeriod[] = [];
  for (const m of reported) {
    out.push({ kind: 'month', slug: m, year: yearOf(m), quarter: null, first: m, last: m, latest: m, complete: true });
  }
  for (const year of reportYears([...reported], targetYears)) {
    let latestOfYear: Month | null = null;
    for (let q = 1; q <= 4; q++) {
      const status = quarterStatus(year, q, reported);
      if (!status) continue;
      const months = quarterMonths(year, q);
      out.push({ kind: 'quarter', slug: `${year}-q${q}`, year, quarter: q, first: months[0]!, last: months[2]!, ...status });
      latestOfYear = status.latest;
    }
    if (latestOfYear) {
      out.push({ kind: 'year', slug: String(year), year, quarter: null, first: `${year}-01`, last: `${year}-12`, latest: latestOfYear, complete: reported.has(`${year}-12`) });
    }
  }
  return out.sort((a, b) => (a.latest === b.latest ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] : a.latest < b.latest ? 1 : -1));
}

/** The report before and after one of the same kind (for prev/next links), from a newest-first list. */
export function neighbours(periods: readonly ReportPeriod[], slug: string): { previous: ReportPeriod | null; next: ReportPeriod | null } {
  const self = periods.find((p) => p.slug === slug);
  if (!self) return { previous: null, next: null };
  const same = periods.filter((p) => p.kind === self.kind);
  const i = same.indexOf(self);
  return { previous: same[i + 1] ?? null, next: same[i - 1] ?? null };
}

/** Years that get a year-end assessment: years with a target and with any report in the year. */
export function assessmentYears(months: readonly Month[], targetYears: Iterable<number>): number[] {
  const withData = new Set(months.map(yearOf));
  return [...new Set(targetYears)].filter((y) => withData.has(y)).sort((a, b) => a - b);
}
