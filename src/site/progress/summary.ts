/**
 * The answer at the top of a progress page: two to four computed sentences in the manner
 * of a statistics bulletin's main points, and one tile per insurance (figure, % of target,
 * status) that fits a phone's first screen. Every word of status comes from
 * src/stats/status.ts, so the summary says what the cards, tables and assessment say.
 */
import type { Insurance } from '../../data/types';
import { formatMonth } from '../../format/date';
import { formatCount, formatPercent, formatPersons } from '../../format/number';
import { INSURANCE_NAMES, PERIOD_NAMES, STATUS_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, STATUS_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { countWordEn, formatMonthEn, formatNumberEn, formatPersonsEn, listEn, ordinalEn } from '../../format/en';
import { PROVINCE, type Model } from '../../stats/model';
import { yearShareElapsed } from '../../stats/pace';
import {
  areaStatus,
  missedReasons,
  missedReasonsEn,
  periodName,
  statusDetail,
  statusDetailEn,
  statusName,
  type AreaStatus,
  type InsuranceStatus,
  type PeriodState,
  type StatusKey,
  type Tone,
} from '../../stats/status';
import type { AreaRef } from '../figures/figures';

/** One insurance in the summary grid. */
export interface SummaryTile {
  insurance: Insurance;
  /** Short name: 养老保险. */
  name: string;
  /** Where the insurance's section is on the page. */
  href: string;
  /** Enrolment in 万 (exact in `title`), or 无数据. */
  figure: string;
  title: string | null;
  /** "完成年度目标97.1%", or 未设目标. */
  completion: string;
  key: StatusKey;
  status: string;
  tone: Tone;
  /** The status with its persons or reasons, for the line under it. */
  detail: string | null;
}

/** The summary of a progress page. */
export interface ProgressSummary {
  /** 进行中 / 已结束 and the month. */
  period: PeriodState;
  periodLabel: string;
  sentences: string[];
  tiles: SummaryTile[];
}

const NUMBERS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const count = (n: number) => NUMBERS[n] ?? String(n);

function names(items: InsuranceStatus[]): string {
  return items.map((i) => INSURANCE_NAMES[i.insurance].short).join('、');
}

/** The summary of an area (PROVINCE or a region) for a year, in either edition. */
export function progressSummary(model: Model, where: AreaRef, year: number, lang: Lang = 'zh'): ProgressSummary {
  if (lang === 'en') return englishSummary(model, where, year);
  const status = areaStatus(model, where.area, year);
  const month = model.lastMonthOf(year);
  const asOf = month ? `截至${formatMonth(month)}` : `${year}年`;
  const items = status.items;
  const judged = items.filter((i) => i.key !== 'no_target');
  const sentences: string[] = [];
  const n = judged.length;
  if (status.period === 'ended') {
    const missed = judged.filter((i) => i.key === 'missed');
    const met = judged.filter((i) => i.key === 'met');
    const unassessed = judged.filter((i) => i.key === 'no_data');
    let first: string;
    if (!n) first = `${asOf}，${where.name}${year}年未设扩面目标。`;
    else if (met.length === n) first = `${asOf}，${where.name}${count(n)}项扩面目标全部完成。`;
    else if (missed.length === n) first = `${asOf}，${where.name}${count(n)}项扩面目标均未完成。`;
    else {
      first = `${asOf}，${where.name}${count(n)}项扩面目标中，${met.length ? `${names(met)}已完成` : ''}${met.length && missed.length ? '，' : ''}${missed.length ? `${names(missed)}未完成` : ''}${unassessed.length ? `，${names(unassessed)}无法评定（缺12月报表）` : ''}。`;
    }
    sentences.push(first);
    const short = missed.filter((i) => i.enrolment.shortfall != null).sort((a, b) => (b.enrolment.shortfall ?? 0) - (a.enrolment.shortfall ?? 0));
    const worst = short[0];
    if (worst) sentences.push(`参保人数差距最大的是${INSURANCE_NAMES[worst.insurance].short}（差${formatPersons(worst.enrolment.shortfall!)}，完成年度目标的${formatPercent(worst.progress.completion!)}）。`);
    const rateMissed = missed.filter((i) => i.rate.verdict === 'not_met' && i.enrolment.verdict !== 'not_met');
    if (rateMissed.length) sentences.push(`${rateMissed.map((i) => `${INSURANCE_NAMES[i.insurance].short}参保人数达到目标，但${missedReasons(i).join('，')}`).join('；')}，按考核规则仍为未完成。`);
  } else {
    const share = month ? yearShareElapsed(month) : null;
    const behind = judged.filter((i) => i.key === 'behind').sort((a, b) => (a.persons ?? 0) - (b.persons ?? 0));
    const reached = judged.filter((i) => i.key === 'reached');
    const pace = share != null ? `（时间进度${formatPercent(share)}）` : '';
    if (!n) sentences.push(`${asOf}，${where.name}${year}年未设扩面目标。`);
    else if (!behind.length) sentences.push(`${asOf}${pace}，${where.name}${count(n)}个有目标的险种均不落后于时间进度${reached.length ? `，其中${names(reached)}已达年度目标` : ''}。`);
    else {
      const worst = behind[0]!;
      sentences.push(`${asOf}${pace}，${where.name}${count(n)}个有目标的险种中${behind.length === n ? '全部' : `${count(behind.length)}个`}落后于时间进度，落后最多的是${INSURANCE_NAMES[worst.insurance].short}（${formatPersons(Math.abs(worst.persons ?? 0))}）。`);
    }
    sentences.push(`${year}年尚未结束，年度目标是否完成以12月数字为准。`);
  }
  if (where.area === PROVINCE) {
    const regions = model.regions.map((r) => areaStatus(model, r.id, year));
    const withTargets = regions.filter((r) => r.overall !== 'no_targets');
    if (withTargets.length) {
      if (status.period === 'ended') {
        const all = withTargets.filter((r) => r.overall === 'met_all').length;
        const n = withTargets.length;
        // "0个完成" reads as a slip of the pen: say 均 when none or all met every target.
        sentences.push(
          all === 0 ? `${n}个有目标的地区均没有完成全部目标。`
          : all === n ? `${n}个有目标的地区均${STATUS_NAMES.overall.met_all}。`
          : `${n}个有目标的地区中，${all}个${STATUS_NAMES.overall.met_all}，${n - all}个没有全部完成。`,
        );
      } else {
        const behind = withTargets.filter((r) => r.items.some((i) => i.key === 'behind')).length;
        sentences.push(
          behind === 0
            ? `${withTargets.length}个有目标的地区均没有落后于时间进度的险种。`
            : `${withTargets.length}个有目标的地区中，${behind}个至少有一个险种落后于时间进度。`,
        );
      }
    }
  } else {
    const rank = rankSentence(model, where.area, year);
    if (rank) sentences.push(rank);
  }
  return { period: status.period, periodLabel: PERIOD_NAMES[status.period], sentences: sentences.slice(0, 4), tiles: tilesOf(items, 'zh') };
}

/** One tile per insurance: the same figures in either edition's words. */
function tilesOf(items: InsuranceStatus[], lang: Lang): SummaryTile[] {
  const en = lang === 'en';
  return items.map((s): SummaryTile => {
    const p = s.progress;
    const completion = p.completion != null ? formatPercent(p.completion) : null;
    return {
      insurance: s.insurance,
      name: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[s.insurance].short,
      href: `#${s.insurance}`,
      figure: p.enrolled != null ? (en ? formatNumberEn : formatPersons)(p.enrolled) : en ? 'No data' : '无数据',
      title: p.enrolled != null ? (en ? `${formatCount(p.enrolled)} people` : `${formatCount(p.enrolled)}人`) : null,
      completion: completion != null ? (en ? `${completion} of annual target` : `完成年度目标${completion}`) : p.target == null ? (en ? 'No annual target' : '未设年度目标') : '—',
      key: s.key,
      status: en ? statusName(s.key, s.period, 'en') : s.label,
      tone: s.tone,
      detail: en ? statusDetailEn(s) : statusDetail(s),
    };
  });
}

/** Where a region stands among the regions, by the completion of the first insurance with ranks. */
export function rankSentence(model: Model, area: string, year: number, lang: Lang = 'zh', name?: string): string | null {
  for (const insurance of model.insurances) {
    const rows = model.regionProgress(insurance, year);
    const mine = rows.find((r) => r.region.id === area);
    if (mine?.rank == null) continue;
    const ranked = rows.filter((r) => r.rank != null).length;
    if (lang === 'en') {
      return `On the share of its ${insuranceEn([insurance])} target reached, ${name ?? (mine.region.nameEn || mine.region.name)} ranks ${ordinalEn(mine.rank)} of the ${ranked} regions with a target.`;
    }
    return `${INSURANCE_NAMES[insurance].short}完成率在${ranked}个有目标的地区中居第${mine.rank}位。`;
  }
  return null;
}

/** Insurances named in English prose: "pension insurance", "pension and medical insurance". */
function insuranceEn(insurances: readonly Insurance[]): string {
  return `${listEn(insurances.map((i) => INSURANCE_NAMES_EN[i].short.toLowerCase()))} insurance`;
}

const namesEn = (items: InsuranceStatus[]) => insuranceEn(items.map((i) => i.insurance));
/** "both", "all three". */
const allOf = (n: number) => (n === 2 ? 'both' : `all ${countWordEn(n)}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "the target", "the targets": as many as the insurances named. */
const targets = (items: unknown[]) => (items.length === 1 ? 'the target' : 'the targets');

/**
 * The English summary: the same facts as the Chinese one (the same statuses, counts and
 * figures, in the same order), in sentences written for English readers.
 */
function englishSummary(model: Model, where: AreaRef, year: number): ProgressSummary {
  const status = areaStatus(model, where.area, year);
  const month = model.lastMonthOf(year);
  const asOf = month ? `As of ${formatMonthEn(month)}` : `In ${year}`;
  const judged = status.items.filter((i) => i.key !== 'no_target');
  const n = judged.length;
  const sentences: string[] = [];
  if (status.period === 'ended') {
    const missed = judged.filter((i) => i.key === 'missed');
    const met = judged.filter((i) => i.key === 'met');
    const unassessed = judged.filter((i) => i.key === 'no_data');
    const all = n === 1 ? 'its only coverage target' : `${allOf(n)} of its coverage targets`;
    if (!n) sentences.push(`${asOf}, ${where.name} had no coverage targets for ${year}.`);
    else if (met.length === n) sentences.push(`${asOf}, ${where.name} met ${all}.`);
    else if (missed.length === n) sentences.push(`${asOf}, ${where.name} missed ${all}.`);
    else {
      const done = [met.length ? `met ${targets(met)} for ${namesEn(met)}` : '', missed.length ? `missed ${targets(missed)} for ${namesEn(missed)}` : ''].filter(Boolean);
      const open = unassessed.length ? `${targets(unassessed)} for ${namesEn(unassessed)} cannot be assessed (no December report)` : '';
      sentences.push(done.length ? `${asOf}, ${where.name} ${listEn(done)}${open ? `; ${open}` : ''}.` : `${asOf}, in ${where.name} ${open}.`);
    }
    const short = missed.filter((i) => i.enrolment.shortfall != null).sort((a, b) => (b.enrolment.shortfall ?? 0) - (a.enrolment.shortfall ?? 0));
    const worst = short[0];
    if (worst) {
      sentences.push(`The largest gap in insured persons is in ${namesEn([worst])}: ${formatPersonsEn(worst.enrolment.shortfall!)} short of the target, with ${formatPercent(worst.progress.completion!)} of it reached.`);
    }
    const rateMissed = missed.filter((i) => i.rate.verdict === 'not_met' && i.enrolment.verdict !== 'not_met');
    if (rateMissed.length) {
      sentences.push(
        `${rateMissed.map((i) => `${capital(namesEn([i]))} reached its enrolment target but not its contribution-rate target (${missedReasonsEn(i).join('; ')})`).join('; ')}, so under the assessment rules ${rateMissed.length === 1 ? 'it counts' : 'they count'} as missed.`,
      );
    }
  } else {
    const share = month ? yearShareElapsed(month) : null;
    const behind = judged.filter((i) => i.key === 'behind').sort((a, b) => (a.persons ?? 0) - (b.persons ?? 0));
    const reached = judged.filter((i) => i.key === 'reached');
    const lead = share != null ? `${asOf}, with ${formatPercent(share)} of the year elapsed` : asOf;
    const insured = n === 1 ? `${where.name}'s one insurance with a target` : `${where.name}'s ${countWordEn(n)} insurances with a target`;
    if (!n) sentences.push(`${asOf}, ${where.name} had no coverage targets for ${year}.`);
    else if (!behind.length) {
      const reachedText = reached.length ? `; ${namesEn(reached)} ${reached.length === 1 ? 'has' : 'have'} already reached the annual target` : '';
      sentences.push(`${lead}, ${n === 1 ? `${insured} is not` : `none of ${insured} is`} behind pace${reachedText}.`);
    } else {
      const worst = behind[0]!;
      const who = behind.length === n ? (n === 1 ? `${insured} is` : `${allOf(n)} of ${where.name}'s insurances with a target are`) : `${countWordEn(behind.length)} of ${insured} ${behind.length === 1 ? 'is' : 'are'}`;
      sentences.push(`${lead}, ${who} behind pace; ${namesEn([worst])} is furthest behind, by ${formatPersonsEn(Math.abs(worst.persons ?? 0))}.`);
    }
    sentences.push(`${year} is not over yet: whether the annual targets are met depends on the December figures.`);
  }
  if (where.area === PROVINCE) {
    const regions = model.regions.map((r) => areaStatus(model, r.id, year));
    const province = provinceSentenceEn(regions, status.period);
    if (province) sentences.push(province);
  } else {
    const rank = rankSentence(model, where.area, year, 'en', where.name);
    if (rank) sentences.push(rank);
  }
  return { period: status.period, periodLabel: periodName(status.period, 'en'), sentences: sentences.slice(0, 4), tiles: tilesOf(status.items, 'en') };
}

/** The province page's sentence about the regions (the count of regions meeting, or behind on, their targets). */
function provinceSentenceEn(regions: AreaStatus[], period: PeriodState): string | null {
  const withTargets = regions.filter((r) => r.overall !== 'no_targets');
  const n = withTargets.length;
  if (!n) return null;
  if (period === 'ended') {
    const all = withTargets.filter((r) => r.overall === 'met_all').length;
    const metAll = STATUS_NAMES_EN.overall.met_all.toLowerCase();
    return all === 0 ? `None of the ${n} regions with targets met all of them.`
      : all === n ? `All ${n} regions with targets ${metAll}.`
      : `Of the ${n} regions with targets, ${all} ${metAll} and ${n - all} did not.`;
  }
  const behind = withTargets.filter((r) => r.items.some((i) => i.key === 'behind')).length;
  return behind === 0
    ? `None of the ${n} regions with targets is ${STATUS_NAMES_EN.behind.toLowerCase()} on any insurance.`
    : `Of the ${n} regions with targets, ${behind} ${behind === 1 ? 'is' : 'are'} ${STATUS_NAMES_EN.behind.toLowerCase()} on at least one insurance.`;
}

/** The worker's path page (built with the explainers), one anchor per region id. */
export const HELP_NOT_ENROLLED = '/help/not-enrolled/';
