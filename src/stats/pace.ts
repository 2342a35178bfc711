/**
 * Pace (时间进度): is an area on course to reach its annual target?
 *
 * The notice's plan is annual: a target for the number enrolled at year end. The
 * growth the plan asks for is `target − baseline` (baseline = enrolment in the
 * previous December). Pace assumes that growth is spread evenly over the year: at the
 * end of month m, the share of the year elapsed is m / 12 and an area is on pace when
 *
 *     enrolled − baseline ≥ (target − baseline) × m / 12
 *
 * i.e. when its growth-task progress (净增任务进度, gained / planned) is at least the
 * time elapsed (时间进度). An area that has already reached its target is never behind.
 * When the target is at or below the baseline the plan asks for no growth: the area is
 * behind only while it is below the target itself. Without a baseline, pace cannot be
 * judged (the target alone does not say how much growth was planned).
 */
import type { Month } from '../data/types';

/** Share of the year elapsed at the end of a month: month / 12 (March → 0.25). */
export function yearShareElapsed(month: Month): number {
  return Number(month.slice(5, 7)) / 12;
}

/** How an area stands against the pace needed to reach its annual target. */
export type PaceStatus =
  /** Enrolment has reached the annual target. */
  | 'met'
  /** On or ahead of the pace. */
  | 'on_pace'
  /** Behind the pace: enrolment is below `expected`. */
  | 'behind'
  /** No target for the year. */
  | 'no_target'
  /** No enrolment figure for the year so far. */
  | 'no_data'
  /** No figure for the previous December, so the planned growth is unknown. */
  | 'no_baseline';

/** Pace of one area and insurance at one month. */
export interface Pace {
  status: PaceStatus;
  /** The month the enrolment figure is from. */
  month: Month | null;
  /** month / 12. */
  share: number | null;
  enrolled: number | null;
  baseline: number | null;
  target: number | null;
  /** target − baseline: the year's planned net growth (may be ≤ 0). */
  planned: number | null;
  /** enrolled − baseline: net growth so far. */
  gained: number | null;
  /** gained / planned, when planned > 0 (净增任务进度). */
  growthCompletion: number | null;
  /** Enrolment that would be exactly on pace: baseline + planned × share, or the target when planned ≤ 0. */
  expected: number | null;
  /** Persons short of `expected` (rounded up), when behind. */
  shortfall: number | null;
}

/** Pace of an area from its enrolment at `month`, the previous December's and the annual target. */
export function pace(input: { month: Month | null; enrolled: number | null; baseline: number | null; target: number | null }): Pace {
  const { month, enrolled, baseline, target } = input;
  const share = month ? yearShareElapsed(month) : null;
  const planned = target != null && baseline != null ? target - baseline : null;
  const gained = enrolled != null && baseline != null ? enrolled - baseline : null;
  const base: Pace = {
    status: 'no_data',
    month,
    share,
    enrolled,
    baseline,
    target,
    planned,
    gained,
    growthCompletion: gained != null && planned != null && planned > 0 ? gained / planned : null,
    expected: null,
    shortfall: null,
  };
  if (target == null) return { ...base, status: 'no_target' };
  if (enrolled == null || share == null) return { ...base, status: 'no_data' };
  if (enrolled >= target) return { ...base, status: 'met' };
  if (baseline == null || planned == null) return { ...base, status: 'no_baseline' };
  const expected = planned > 0 ? baseline + planned * share : target;
  if (enrolled >= expected) return { ...base, status: 'on_pace', expected };
  return { ...base, status: 'behind', expected, shortfall: Math.ceil(expected - enrolled) };
}
