/**
 * The year-end assessment (年底前专项检查评估): for each region and insurance, did
 * year-end enrolment reach the target, and was the contribution rate above its target?
 *
 * Rules (stated on the assessment page too):
 * - Enrolment target met when year-end enrolled ≥ target.
 * - Contribution-rate target met only when the rate is *above* it (the notice: 高于90%).
 * - No target set → 'no_target', never "not met".
 * - Target set but no year-end (December) report → 'no_data': cannot be assessed.
 * - Before December is reported by anyone the assessment is provisional: the same rules
 *   are applied to each area's latest month, and the page says so.
 * - The new enrolees' rate (new_paid / new_enrolled) is shown against the notice's 100%
 *   aim but is not one of the targets in targets.csv, so it does not enter a verdict.
 */
import type { Insurance, Month, Region } from '../data/types';
import { PROVINCE, type Area, type Model } from './model';

/** Outcome of one check. */
export type Verdict = 'met' | 'not_met' | 'no_target' | 'no_data';

/** One target checked against the figure. */
export interface Check {
  verdict: Verdict;
  target: number | null;
  actual: number | null;
  /** How far short: persons for enrolment, a ratio (0.018 = 1.8 points) for rates; only when not met. */
  shortfall: number | null;
}

/** Enrolment target: met when enrolled ≥ target. */
export function checkEnrolment(enrolled: number | null, target: number | null): Check {
  if (target == null) return { verdict: 'no_target', target, actual: enrolled, shortfall: null };
  if (enrolled == null) return { verdict: 'no_data', target, actual: enrolled, shortfall: null };
  if (enrolled >= target) return { verdict: 'met', target, actual: enrolled, shortfall: null };
  return { verdict: 'not_met', target, actual: enrolled, shortfall: target - enrolled };
}

/** Contribution-rate target: met only when the rate is strictly above it (高于). Both as ratios. */
export function checkRate(rate: number | null, target: number | null): Check {
  if (target == null) return { verdict: 'no_target', target, actual: rate, shortfall: null };
  if (rate == null) return { verdict: 'no_data', target, actual: rate, shortfall: null };
  if (rate > target) return { verdict: 'met', target, actual: rate, shortfall: null };
  return { verdict: 'not_met', target, actual: rate, shortfall: target - rate };
}

/**
 * Several checks as one verdict: not met if any is not met; otherwise cannot be
 * assessed if any lacks its figure; otherwise met if any target was set; else no target.
 */
export function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('not_met')) return 'not_met';
  if (verdicts.includes('no_data')) return 'no_data';
  if (verdicts.includes('met')) return 'met';
  return 'no_target';
}

/** One area and insurance, assessed. */
export interface InsuranceAssessment {
  area: Area;
  insurance: Insurance;
  /** The month the figures are from (the area's latest of the year); null without any. */
  month: Month | null;
  /** True when `month` is December: a year-end figure. */
  yearEnd: boolean;
  enrolled: number | null;
  /** enrolled / target. */
  completion: number | null;
  enrolment: Check;
  /** paid / due at `month` (shown even where it cannot count, e.g. a November figure after the year is complete). */
  contributionRate: number | null;
  rate: Check;
  /** new_paid / new_enrolled at `month`, shown against the 100% aim. */
  newContributionRate: number | null;
  verdict: Verdict;
}

/** A region's overall result. */
export type Overall = 'met_all' | 'not_met' | 'incomplete' | 'no_targets';

/** An area with every insurance assessed. */
export interface AreaAssessment {
  area: Area;
  region: Region | null;
  items: InsuranceAssessment[];
  overall: Overall;
  /** The insurances whose targets were not met. */
  missed: InsuranceAssessment[];
  /** The insurances with a target that cannot be assessed (no report). */
  unassessed: InsuranceAssessment[];
}

/** The assessment of a year. */
export interface Assessment {
  year: number;
  /** December reported (by any region): final. Otherwise provisional (初步). */
  final: boolean;
  /** The latest month of the year with any report. */
  month: Month | null;
  insurances: Insurance[];
  province: AreaAssessment;
  regions: AreaAssessment[];
}

/** Overall result of an area from its insurances' verdicts. */
export function overallOf(verdicts: readonly Verdict[]): Overall {
  const v = combine(verdicts);
  return v === 'met' ? 'met_all' : v === 'not_met' ? 'not_met' : v === 'no_data' ? 'incomplete' : 'no_targets';
}

/** Assesses one area and insurance for a year (figures exactly as on the progress pages). */
export function assessInsurance(model: Model, area: Area, insurance: Insurance, year: number, final: boolean): InsuranceAssessment {
  const p = model.progress(area, insurance, year);
  const yearEnd = p.month === `${year}-12`;
  // Once the year is complete only a December figure counts; a region that did not
  // report December cannot be assessed on an earlier month.
  const usable = final ? yearEnd : p.month != null;
  const enrolment = checkEnrolment(usable ? p.enrolled : null, p.target);
  const rate = checkRate(usable ? p.contributionRate : null, p.rateTarget);
  return {
    area,
    insurance,
    month: p.month,
    yearEnd,
    enrolled: p.enrolled,
    completion: p.completion,
    enrolment,
    contributionRate: p.contributionRate,
    rate,
    newContributionRate: p.newContributionRate,
    verdict: combine([enrolment.verdict, rate.verdict]),
  };
}

function assessArea(model: Model, area: Area, region: Region | null, insurances: Insurance[], year: number, final: boolean): AreaAssessment {
  const items = insurances.map((i) => assessInsurance(model, area, i, year, final));
  return {
    area,
    region,
    items,
    overall: overallOf(items.map((i) => i.verdict)),
    missed: items.filter((i) => i.verdict === 'not_met'),
    unassessed: items.filter((i) => i.verdict === 'no_data'),
  };
}

/** The assessment of every region (in regions.csv order) and of the province, for a year. */
export function assessYear(model: Model, year: number): Assessment {
  const final = model.isYearComplete(year);
  const insurances = model.insurances;
  return {
    year,
    final,
    month: model.lastMonthOf(year),
    insurances,
    province: assessArea(model, PROVINCE, null, insurances, year, final),
    regions: model.regions.map((r) => assessArea(model, r.id, r, insurances, year, final)),
  };
}
