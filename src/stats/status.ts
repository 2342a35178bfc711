/**
 * The one status vocabulary of the site: where an area stands on an insurance in a year,
 * computed here once and shown the same on cards, tables, reports, the assessment, the
 * tile map, share images and downloads.
 *
 * - A year whose December is reported has ended (已结束): each insurance is met or missed
 *   exactly as the year-end assessment (assessment.ts) rules, both the enrolment target and
 *   the contribution-rate target counting; "no target" and "cannot be assessed" are states
 *   of their own.
 * - A year in progress (进行中): enrolment is compared with the time pace (时间进度, pace.ts):
 *   ahead of, on or behind it by so many persons, or the annual target already reached.
 *   A contribution rate not above its target is said beside it.
 * - The period's own state (进行中 / 已结束) has words of its own, never 已完成.
 */
import type { Insurance } from '../data/types';
import { PERIOD_NAMES, STATUS_NAMES } from '../i18n/glossary';
import { assessYear, type Assessment, type Check, type InsuranceAssessment, type Overall, type Verdict } from './assessment';
import { PROVINCE, type Area, type Model, type Progress } from './model';
import { pace, type Pace } from './pace';
import { formatPercentAgainst, formatPercentValue, formatPersons } from '../format/number';
import { formatPersonsEn } from '../format/en';
import type { Lang } from '../i18n/lang';
import { PERIOD_NAMES_EN, STATUS_NAMES_EN } from '../i18n/en';

/** The state of a year (or any reporting period): still running, or over. */
export type PeriodState = 'in_progress' | 'ended';

/** Every status an insurance of an area can have in a year. */
export type StatusKey =
  /** Year ended: every target met. */
  | 'met'
  /** Year ended: a target (enrolment or contribution rate) missed. */
  | 'missed'
  /** Year in progress: enrolment has already reached the annual target. */
  | 'reached'
  /** Year in progress: enrolment above the pace line. */
  | 'ahead'
  /** Year in progress: enrolment exactly on the pace line (less than one person either way). */
  | 'on_pace'
  /** Year in progress: enrolment below the pace line. */
  | 'behind'
  /** No target set for the year. */
  | 'no_target'
  /** A target, but no figure to judge it by (ended: no December report). */
  | 'no_data'
  /** Year in progress: no previous December, so the planned growth and the pace are unknown. */
  | 'no_baseline';

/** How a status is marked besides its words (a colour and a pattern, never alone). */
export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

/** One insurance of one area in one year. */
export interface InsuranceStatus {
  area: Area;
  insurance: Insurance;
  year: number;
  period: PeriodState;
  key: StatusKey;
  /** The status in words, e.g. 未完成, 落后于时间进度. */
  label: string;
  tone: Tone;
  /**
   * Persons: ahead of (+) or behind (−) the pace line in a year in progress; short of the
   * enrolment target (−) in an ended year. Null when not applicable.
   */
  persons: number | null;
  /** The verdict of the assessment for the insurance (provisional in a year in progress). */
  verdict: Verdict;
  enrolment: Check;
  rate: Check;
  /** The pace of enrolment in a year in progress; null once the year has ended. */
  pace: Pace | null;
  progress: Progress;
  assessment: InsuranceAssessment;
}

/** All insurances of one area in one year, with the assessment's overall verdict. */
export interface AreaStatus {
  area: Area;
  year: number;
  period: PeriodState;
  items: InsuranceStatus[];
  /** Exactly the assessment's overall result for the area. */
  overall: Overall;
  /** The overall result in words (ended years); in a year in progress a count of the pace states. */
  overallLabel: string;
  overallTone: Tone;
}

/** The words of a period's state. */
export function periodName(period: PeriodState, lang: Lang = 'zh'): string {
  return (lang === 'en' ? PERIOD_NAMES_EN : PERIOD_NAMES)[period];
}

/** The tone of a status key. */
export function toneOf(key: StatusKey): Tone {
  switch (key) {
    case 'met':
    case 'reached':
    case 'ahead':
    case 'on_pace':
      return 'good';
    case 'missed':
    case 'behind':
      return 'bad';
    case 'no_data':
    case 'no_baseline':
      return 'warn';
    case 'no_target':
      return 'neutral';
  }
}

/** The words of a status key (no_data reads differently in an ended year: it cannot be assessed). */
export function statusName(key: StatusKey, period: PeriodState, lang: Lang = 'zh'): string {
  const names = lang === 'en' ? STATUS_NAMES_EN : STATUS_NAMES;
  if (key === 'no_data') return period === 'ended' ? names.no_data : names.no_data_yet;
  return names[key];
}

/** The key of an ended year's insurance from the assessment's verdict. */
export function endedKey(v: Verdict): StatusKey {
  return v === 'met' ? 'met' : v === 'not_met' ? 'missed' : v;
}

/** The key of a year in progress from the pace of enrolment. */
export function pacedKey(p: Pace): { key: StatusKey; persons: number | null } {
  switch (p.status) {
    case 'met':
      return { key: 'reached', persons: null };
    case 'behind':
      return { key: 'behind', persons: -(p.shortfall ?? 0) };
    case 'on_pace': {
      const margin = p.expected != null && p.enrolled != null ? Math.floor(p.enrolled - p.expected) : 0;
      return margin >= 1 ? { key: 'ahead', persons: margin } : { key: 'on_pace', persons: 0 };
    }
    default:
      return { key: p.status, persons: null };
  }
}

/** The status of one assessed insurance (the assessment's own item, so the two cannot differ). */
export function statusOfAssessed(model: Model, a: InsuranceAssessment, year: number, final: boolean): InsuranceStatus {
  const progress = model.progress(a.area, a.insurance, year);
  const period: PeriodState = final ? 'ended' : 'in_progress';
  let key: StatusKey;
  let persons: number | null = null;
  let paceOf: Pace | null = null;
  if (final) {
    key = endedKey(a.verdict);
    if (a.enrolment.verdict === 'not_met' && a.enrolment.shortfall != null) persons = -a.enrolment.shortfall;
  } else {
    paceOf = pace({ month: progress.month, enrolled: progress.enrolled, baseline: progress.baseline, target: progress.target });
    ({ key, persons } = pacedKey(paceOf));
  }
  return {
    area: a.area,
    insurance: a.insurance,
    year,
    period,
    key,
    label: statusName(key, period),
    tone: toneOf(key),
    persons,
    verdict: a.verdict,
    enrolment: a.enrolment,
    rate: a.rate,
    pace: paceOf,
    progress,
    assessment: a,
  };
}

const CACHE = new WeakMap<Model, Map<string, AreaStatus>>();
const ASSESSMENTS = new WeakMap<Model, Map<number, Assessment>>();

/** The assessment of a year, made once per model. */
export function assessmentOfYear(model: Model, year: number): Assessment {
  let byYear = ASSESSMENTS.get(model);
  if (!byYear) ASSESSMENTS.set(model, (byYear = new Map()));
  let a = byYear.get(year);
  if (!a) byYear.set(year, (a = assessYear(model, year)));
  return a;
}

/** Every insurance of an area (PROVINCE or a region id) in a year. */
export function areaStatus(model: Model, area: Area, year: number): AreaStatus {
  let cache = CACHE.get(model);
  if (!cache) CACHE.set(model, (cache = new Map()));
  const cacheKey = `${area}|${year}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const assessment = assessmentOfYear(model, year);
  const assessed = area === PROVINCE ? assessment.province : assessment.regions.find((r) => r.area === area);
  if (!assessed) throw new Error(`areaStatus: unknown area "${area}"`);
  const items = assessed.items.map((a) => statusOfAssessed(model, a, year, assessment.final));
  const period: PeriodState = assessment.final ? 'ended' : 'in_progress';
  const result: AreaStatus = { area, year, period, items, overall: assessed.overall, ...overallWords(assessed.overall, items, period) };
  cache.set(cacheKey, result);
  return result;
}

/** One insurance's status (see areaStatus). */
export function insuranceStatus(model: Model, area: Area, insurance: Insurance, year: number): InsuranceStatus {
  const s = areaStatus(model, area, year).items.find((i) => i.insurance === insurance);
  if (!s) throw new Error(`insuranceStatus: no insurance "${insurance}" in the data`);
  return s;
}

function overallWords(overall: Overall, items: InsuranceStatus[], period: PeriodState): { overallLabel: string; overallTone: Tone } {
  if (period === 'ended') {
    const tone: Tone = overall === 'met_all' ? 'good' : overall === 'not_met' ? 'bad' : overall === 'incomplete' ? 'warn' : 'neutral';
    return { overallLabel: STATUS_NAMES.overall[overall], overallTone: tone };
  }
  const behind = items.filter((i) => i.key === 'behind').length;
  const judged = items.filter((i) => i.key !== 'no_target').length;
  if (!judged) return { overallLabel: STATUS_NAMES.overall.no_targets, overallTone: 'neutral' };
  if (behind) return { overallLabel: `${behind}项${STATUS_NAMES.behind}`, overallTone: 'bad' };
  if (items.some((i) => i.key === 'no_data' || i.key === 'no_baseline')) return { overallLabel: STATUS_NAMES.overall.incomplete, overallTone: 'warn' };
  return { overallLabel: STATUS_NAMES.noneBehind, overallTone: 'good' };
}

/**
 * The status with its reason, the same sentence fragment everywhere: 落后于时间进度1,234人,
 * 快于时间进度2.1万人, 未完成（参保人数差7,347人；缴费率86.6%，未高于90%）, 已完成.
 */
export function statusText(s: InsuranceStatus): string {
  if (s.period === 'in_progress') {
    if ((s.key === 'behind' || s.key === 'ahead') && s.persons != null) return `${s.label}${formatPersons(Math.abs(s.persons))}`;
    if (s.rate.verdict === 'not_met' && s.rate.actual != null && s.rate.target != null) {
      return `${s.label}；缴费率${formatPercentAgainst(s.rate.actual, s.rate.target)}，未高于${formatPercentValue(s.rate.target * 100)}`;
    }
    return s.label;
  }
  return s.key === 'missed' ? `${s.label}（${missedReasons(s).join('；')}）` : s.label;
}

/** Why an ended year's insurance was missed: each target not met, with its gap. */
export function missedReasons(s: InsuranceStatus): string[] {
  const reasons: string[] = [];
  if (s.enrolment.verdict === 'not_met' && s.enrolment.shortfall != null) reasons.push(`参保人数差${formatPersons(s.enrolment.shortfall)}`);
  if (s.rate.verdict === 'not_met' && s.rate.actual != null && s.rate.target != null) {
    reasons.push(`缴费率${formatPercentAgainst(s.rate.actual, s.rate.target)}，未高于${formatPercentValue(s.rate.target * 100)}`);
  }
  return reasons;
}

/** statusText without the label: the persons or the reasons alone (null when there are none). */
export function statusDetail(s: InsuranceStatus): string | null {
  const text = statusText(s);
  if (text === s.label) return null;
  return text.slice(s.label.length).replace(/^[（；]/, '').replace(/）$/, '');
}

/** The English edition's words for an area's overall result (what overallLabel says in Chinese). */
export function overallLabelEn(a: AreaStatus): string {
  if (a.period === 'ended') return STATUS_NAMES_EN.overall[a.overall];
  const behind = a.items.filter((i) => i.key === 'behind').length;
  if (!a.items.some((i) => i.key !== 'no_target')) return STATUS_NAMES_EN.overall.no_targets;
  if (behind) return `${behind} ${STATUS_NAMES_EN.behind.toLowerCase()}`;
  if (a.items.some((i) => i.key === 'no_data' || i.key === 'no_baseline')) return STATUS_NAMES_EN.overall.incomplete;
  return STATUS_NAMES_EN.noneBehind;
}

/** statusText in English: "Behind pace by 1,234 people", "Missed (2,100 people short of the target; contribution rate 86.6%, not above 90%)". */
export function statusTextEn(s: InsuranceStatus): string {
  const label = statusName(s.key, s.period, 'en');
  if (s.period === 'in_progress') {
    if ((s.key === 'behind' || s.key === 'ahead') && s.persons != null) return `${label} by ${formatPersonsEn(Math.abs(s.persons))}`;
    if (s.rate.verdict === 'not_met' && s.rate.actual != null && s.rate.target != null) return `${label}; ${rateReasonEn(s.rate.actual, s.rate.target)}`;
    return label;
  }
  return s.key === 'missed' ? `${label} (${missedReasonsEn(s).join('; ')})` : label;
}

/** missedReasons in English: each target not met, with its gap. */
export function missedReasonsEn(s: InsuranceStatus): string[] {
  const reasons: string[] = [];
  if (s.enrolment.verdict === 'not_met' && s.enrolment.shortfall != null) reasons.push(`${formatPersonsEn(s.enrolment.shortfall)} short of the enrolment target`);
  if (s.rate.verdict === 'not_met' && s.rate.actual != null && s.rate.target != null) reasons.push(rateReasonEn(s.rate.actual, s.rate.target));
  return reasons;
}

/** statusDetail in English: the persons or the reasons without the label (null when there are none). */
export function statusDetailEn(s: InsuranceStatus): string | null {
  const label = statusName(s.key, s.period, 'en');
  const text = statusTextEn(s);
  if (text === label) return null;
  return text.slice(label.length).replace(/^ by /, '').replace(/^(; | \()/, '').replace(/\)$/, '');
}

function rateReasonEn(actual: number, target: number): string {
  return `contribution rate ${formatPercentAgainst(actual, target)}, not above ${formatPercentValue(target * 100)}`;
}
