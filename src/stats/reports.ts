/**
 * The figures of the monthly, quarterly and annual reports, from the model. Every
 * figure uses the area's own latest reported month and says which (a province month
 * any region missed is a gap, as in the Model), and never fills a gap with an estimate.
 */
import type { Insurance, Month } from '../data/types';
import { completion, type Area, type Model, type Point } from './model';
import { baselineMonth, monthRange, previousMonth, yearOf } from './months';
import { pace, type Pace } from './pace';
import { previousQuarterEnd, quarterMonths } from './periods';

/** One area's line of a monthly report. */
export interface MonthFigures {
  month: Month;
  point: Point;
  /** enrolled − previous month's enrolled; null when either is missing. */
  change: number | null;
  /** Whether the month was reported (for the province: by every region). */
  reported: boolean;
  /** Annual target of the month's year, and enrolled / target. */
  target: number | null;
  completion: number | null;
  rateTarget: number | null;
}

/** An area's figures for a monthly report. */
export function monthFigures(model: Model, area: Area, insurance: Insurance, month: Month): MonthFigures {
  const point = model.point(area, insurance, month);
  const before = model.point(area, insurance, previousMonth(month));
  const { target, rateTarget } = model.targetFigures(area, insurance, yearOf(month));
  return {
    month,
    point,
    change: point.enrolled != null && before.enrolled != null ? point.enrolled - before.enrolled : null,
    reported: point.enrolled != null,
    target,
    completion: completion(point.enrolled, target),
    rateTarget,
  };
}

/** Sum of new enrolments over months; null unless every month has the figure. */
export function newEnrolledOver(model: Model, area: Area, insurance: Insurance, months: readonly Month[]): number | null {
  if (!months.length) return null;
  let total = 0;
  for (const m of months) {
    const v = model.point(area, insurance, m).newEnrolled;
    if (v == null) return null;
    total += v;
  }
  return total;
}

/**
 * New enrolments of a year so far: the sum over January to the year's last reported month,
 * with that month; null when any of those months lacks the figure.
 */
export function newEnrolledInYear(model: Model, area: Area, insurance: Insurance, year: number): { value: number | null; month: Month | null } {
  const last = model.lastMonthOf(year);
  if (!last) return { value: null, month: null };
  return { value: newEnrolledOver(model, area, insurance, monthRange(`${year}-01`, last)), month: last };
}

/** One area's figures for a quarterly stage report. */
export interface QuarterFigures {
  year: number;
  quarter: number;
  /** The area's latest point up to the quarter's end (possibly before the quarter if it reported nothing in it). */
  point: Point | null;
  /** True when `point` is earlier than the latest month the quarter covers. */
  stale: boolean;
  /** The end of the previous quarter and enrolment then. */
  startMonth: Month;
  startEnrolled: number | null;
  /** Net growth during the quarter (to `point`); null without both ends or without a report in the quarter. */
  growth: number | null;
  /** New enrolments over the quarter's covered months; null when any month lacks the figure. */
  newEnrolled: number | null;
  target: number | null;
  rateTarget: number | null;
  completion: number | null;
  pace: Pace;
}

/** An area's standing at the end of a quarter (or at `latest`, while the quarter is in progress). */
export function quarterFigures(model: Model, area: Area, insurance: Insurance, year: number, quarter: number, latest: Month): QuarterFigures {
  const months = quarterMonths(year, quarter);
  const end = latest < months[2]! ? latest : months[2]!;
  const point = model.standing(area, insurance, end);
  const startMonth = previousQuarterEnd(year, quarter);
  const startEnrolled = model.point(area, insurance, startMonth).enrolled;
  const inQuarter = point != null && point.month >= months[0]!;
  const { target, rateTarget } = model.targetFigures(area, insurance, year);
  const enrolled = point?.enrolled ?? null;
  return {
    year,
    quarter,
    point,
    stale: point != null && point.month !== end,
    startMonth,
    startEnrolled,
    growth: inQuarter && startEnrolled != null ? enrolled! - startEnrolled : null,
    newEnrolled: newEnrolledOver(model, area, insurance, monthRange(months[0]!, end)),
    target,
    rateTarget,
    completion: completion(enrolled, target),
    pace: pace({
      month: point?.month ?? null,
      enrolled,
      baseline: model.point(area, insurance, baselineMonth(year)).enrolled,
      target,
    }),
  };
}

/** Change of enrolment over a year: the area's year-end (or latest) figure against the previous December. */
export interface YearChange {
  year: number;
  /** The month the figure is from: December, or the area's latest month of the year. */
  month: Month | null;
  enrolled: number | null;
  /** Always the previous December: year-end against year-end. */
  previousMonth: Month;
  previous: number | null;
  change: number | null;
  /** change / previous. */
  changeRatio: number | null;
  /** True when enrolment is below the previous year-end; null when it cannot be said. */
  fell: boolean | null;
}

/** Year-over-year change of an area's enrolment (December against the previous December). */
export function yearChange(model: Model, area: Area, insurance: Insurance, year: number): YearChange {
  const last = model.lastMonthOf(year);
  const point = last ? model.standing(area, insurance, last) : null;
  const previousMonth = baselineMonth(year);
  const previous = model.point(area, insurance, previousMonth).enrolled;
  const enrolled = point?.enrolled ?? null;
  const change = enrolled != null && previous != null ? enrolled - previous : null;
  return {
    year,
    month: point?.month ?? null,
    enrolled,
    previousMonth,
    previous,
    change,
    changeRatio: change != null && previous ? change / previous : null,
    fell: change == null ? null : change < 0,
  };
}
