/**
 * Copy-ready sentences for the 引用本页 box of the report and assessment pages: each
 * states one of the page's key figures for the province, in the page's own words and
 * numbers (万 with the site's rounding, one-decimal percentages). Pure formatting of the
 * figures the view models already computed; CiteThis appends the source note.
 */
import type { Month } from '../../data/types';
import { INSURANCE_NAMES, OVERALL_NAMES, PROVISIONAL_OVERALL_NAMES, PROVISIONAL_VERDICT_NAMES, VERDICT_NAMES } from '../../i18n/glossary';
import { formatMonth } from '../../format/date';
import { formatPercent, formatPercentAgainst, formatPercentValue, formatPersons, formatSignedPercent } from '../../format/number';
import { INSURANCE_NAMES_EN, PROVISIONAL_OVERALL_NAMES_EN, PROVISIONAL_VERDICT_NAMES_EN, STATUS_NAMES_EN, VERDICT_NAMES_EN } from '../../i18n/en';
import { formatMonthEn, formatPersonsEn, listEn } from '../../format/en';
import type { Lang } from '../../i18n/lang';
import type { InsuranceAssessment } from '../../stats/assessment';
import type { MonthFigures, QuarterFigures, YearChange } from '../../stats/reports';

/** Regions named in a sentence before the rest are left to the page ("…等"). */
export const MAX_NAMED = 10;

/**
 * "沈阳市、大连市"; beyond MAX_NAMED the first ones and "等12个地区", or only "等" when the
 * sentence has already said how many (`counted`).
 */
export function namedRegions(names: readonly string[], counted = false, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    if (names.length <= MAX_NAMED) return listEn(names);
    const rest = names.length - MAX_NAMED;
    return `${names.slice(0, MAX_NAMED).join(', ')} and ${rest} ${counted ? 'more' : `other region${rest === 1 ? '' : 's'}`}`;
  }
  if (names.length <= MAX_NAMED) return names.join('、');
  return `${names.slice(0, MAX_NAMED).join('、')}等${counted ? '' : `${names.length}个地区`}`;
}

/** "up 12,300 on the previous month" / "down 8,100 …" / "unchanged on …" for a change in persons. */
function changeEn(n: number, than: string): string {
  if (n === 0) return `unchanged on ${than}`;
  return `${n > 0 ? 'up' : 'down'} ${formatPersonsEn(Math.abs(n)).replace(/ people$| person$/, '')} on ${than}`;
}

/** "增加1.2万人" / "减少8,100人" / "持平" for a change in persons against `than` (上月, 上年末). */
function change(n: number, than: string): string {
  if (n === 0) return `与${than}持平`;
  return `比${than}${n > 0 ? '增加' : '减少'}${formatPersons(Math.abs(n))}`;
}

/**
 * The monthly report's sentence for one insurance, e.g.
 * `2005年6月，全省企业职工基本养老保险参保人数为760.5万人，比上月增加2.1万人，当月新增参保2.4万人，完成年度目标的97.2%，缴费率为90.4%。`
 * When the province total is a gap, says who did not report; null when nobody did.
 */
export function monthlySentence(insurance: string, f: MonthFigures, notReported: readonly string[], lang: Lang = 'zh'): string | null {
  if (lang === 'en') return monthlySentenceEn(insurance, f, notReported);
  const month = formatMonth(f.month);
  if (!f.reported) return notReported.length ? `${month}，${namedRegions(notReported)}未报送${insurance}月报，全省合计空缺，未作估算。` : null;
  const p = f.point;
  let s = `${month}，全省${insurance}参保人数为${formatPersons(p.enrolled!)}`;
  if (f.change != null) s += `，${change(f.change, '上月')}`;
  if (p.newEnrolled != null) s += `，当月新增参保${formatPersons(p.newEnrolled)}`;
  if (f.completion != null) s += `，完成年度目标的${formatPercent(f.completion)}`;
  if (p.contributionRate != null) s += `，缴费率为${formatPercentAgainst(p.contributionRate, f.rateTarget)}`;
  return `${s}。`;
}

/**
 * The monthly sentence in English, e.g.
 * `In June 2005, 7.605 million people in Liaoning were insured in Basic Pension Insurance for Enterprise Employees, up 21,000 on the previous month; 24,000 people were newly insured in the month; the province had reached 97.2% of its annual target, and the contribution rate was 90.4%.`
 */
function monthlySentenceEn(insurance: string, f: MonthFigures, notReported: readonly string[]): string | null {
  const month = formatMonthEn(f.month);
  if (!f.reported) return notReported.length ? `${namedRegions(notReported, false, 'en')} did not report ${insurance} for ${month}, so the province total is left empty, not estimated.` : null;
  const p = f.point;
  let s = `In ${month}, ${formatPersonsEn(p.enrolled!)} in Liaoning were insured in ${insurance}`;
  if (f.change != null) s += `, ${changeEn(f.change, 'the previous month')}`;
  if (p.newEnrolled != null) s += `; ${formatPersonsEn(p.newEnrolled)} were newly insured in the month`;
  const more: string[] = [];
  if (f.completion != null) more.push(`the province had reached ${formatPercent(f.completion)} of its annual target`);
  if (p.contributionRate != null) more.push(`the contribution rate was ${formatPercentAgainst(p.contributionRate, f.rateTarget)}`);
  if (more.length) s += `; ${listEn(more)}`;
  return `${s}.`;
}

/** What the quarterly sentence needs. */
export interface QuarterlySentenceInput {
  /** 2005年第二季度 */
  period: string;
  /** Whether the quarter is over (its last month is in the data). */
  complete: boolean;
  /** Share of the year elapsed at the report's month (时间进度). */
  pace: number;
  /** Full name of the insurance. */
  insurance: string;
  /** The province's figures. */
  q: QuarterFigures;
  /** Regions behind the pace, and regions with a target. */
  behind: number;
  withTargets: number;
}

/**
 * The quarterly report's sentence for one insurance, e.g.
 * `2005年第二季度末，全省企业职工基本养老保险参保人数为760.5万人，完成年度目标的97.2%，季内净增12.3万人；时间进度为50.0%，有目标的15个地区中3个落后于时间进度。`
 * Null when the province has no figure.
 */
export function quarterlySentence(i: QuarterlySentenceInput, lang: Lang = 'zh'): string | null {
  const p = i.q.point;
  if (!p) return null;
  if (lang === 'en') {
    // `period` is the English name of the quarter, "Second quarter 2005": here "second quarter of 2005".
    const q = (i.period[0]!.toLowerCase() + i.period.slice(1)).replace(/ (\d{4})$/, ' of $1');
    const when = !i.complete
      ? `In ${formatMonthEn(p.month)} (the ${q} is not yet over)`
      : i.q.stale
        ? `In ${formatMonthEn(p.month)} (not every region reported for the end of the ${q})`
        : `At the end of the ${q}`;
    let s = `${when}, ${formatPersonsEn(p.enrolled!)} in Liaoning were insured in ${i.insurance}`;
    if (i.q.completion != null) s += `, ${formatPercent(i.q.completion)} of the annual target`;
    if (i.q.growth != null) s += i.q.growth === 0 ? '; the number was unchanged over the quarter' : `; the number ${i.q.growth > 0 ? 'grew' : 'fell'} by ${formatPersonsEn(Math.abs(i.q.growth)).replace(/ people$| person$/, '')} over the quarter`;
    if (i.withTargets > 0) {
      s += `. ${formatPercent(i.pace)} of the year had elapsed; `;
      const regions = `${i.withTargets} region${i.withTargets === 1 ? '' : 's'} with a target`;
      s +=
        i.behind === 0
          ? `none of the ${regions} ${i.withTargets === 1 ? 'was' : 'were'} behind that pace`
          : i.behind === i.withTargets
            ? `${i.withTargets === 1 ? 'the' : 'all'} ${regions} ${i.withTargets === 1 ? 'was' : 'were'} behind that pace`
            : `${i.behind} of the ${regions} ${i.behind === 1 ? 'was' : 'were'} behind that pace`;
    }
    return `${s}.`;
  }
  const when = !i.complete
    ? `截至${formatMonth(p.month)}（${i.period}尚未结束）`
    : i.q.stale
      ? `截至${formatMonth(p.month)}（${i.period}末有地区未报送）`
      : `${i.period}末`;
  let s = `${when}，全省${i.insurance}参保人数为${formatPersons(p.enrolled!)}`;
  if (i.q.completion != null) s += `，完成年度目标的${formatPercent(i.q.completion)}`;
  if (i.q.growth != null) s += i.q.growth === 0 ? '，季内参保人数持平' : `，季内${i.q.growth > 0 ? '净增' : '减少'}${formatPersons(Math.abs(i.q.growth))}`;
  if (i.withTargets > 0) {
    s += `；时间进度为${formatPercent(i.pace)}，`;
    const all = i.withTargets > 1 ? '均' : '';
    s +=
      i.behind === 0
        ? `有目标的${i.withTargets}个地区${all}未落后于时间进度`
        : i.behind === i.withTargets
          ? `有目标的${i.withTargets}个地区${all}落后于时间进度`
          : `有目标的${i.withTargets}个地区中${i.behind}个落后于时间进度`;
  }
  return `${s}。`;
}

/** What the annual sentence needs. */
export interface AnnualSentenceInput {
  year: number;
  /** Whether the year is over (December is in the data). */
  complete: boolean;
  /** Full name of the insurance. */
  insurance: string;
  /** The province's year-over-year change and its assessment. */
  yc: YearChange;
  a: InsuranceAssessment;
}

/**
 * The annual summary's sentence for one insurance, e.g.
 * `2005年末，全省企业职工基本养老保险参保人数为772.4万人，比上年末增加40.1万人（+5.5%），完成年度目标的101.6%，缴费率为91.2%。`
 * Null when the province has no figure for the year.
 */
export function annualSentence(i: AnnualSentenceInput, lang: Lang = 'zh'): string | null {
  const { yc, a } = i;
  if (yc.enrolled == null || yc.month == null) return null;
  if (lang === 'en') {
    const when = !i.complete
      ? `In ${formatMonthEn(yc.month)} (${i.year} is not yet over)`
      : yc.month === `${i.year}-12`
        ? `At the end of ${i.year}`
        : `In ${formatMonthEn(yc.month)} (not every region reported for December ${i.year})`;
    let s = `${when}, ${formatPersonsEn(yc.enrolled)} in Liaoning were insured in ${i.insurance}`;
    if (yc.change != null) s += `, ${changeEn(yc.change, 'the end of the previous year')}${yc.change !== 0 && yc.changeRatio != null ? ` (${formatSignedPercent(yc.changeRatio)})` : ''}`;
    const more: string[] = [];
    if (a.month === yc.month && a.completion != null) more.push(`the province had reached ${formatPercent(a.completion)} of its annual target`);
    if (a.month === yc.month && a.contributionRate != null) more.push(`the contribution rate was ${formatPercentAgainst(a.contributionRate, a.rate.target)}`);
    if (more.length) s += `; ${listEn(more)}`;
    return `${s}.`;
  }
  const when = !i.complete
    ? `截至${formatMonth(yc.month)}（${i.year}年尚未结束）`
    : yc.month === `${i.year}-12`
      ? `${i.year}年末`
      : `截至${formatMonth(yc.month)}（${i.year}年12月有地区未报送）`;
  let s = `${when}，全省${i.insurance}参保人数为${formatPersons(yc.enrolled)}`;
  if (yc.change != null) s += `，${change(yc.change, '上年末')}${yc.change !== 0 && yc.changeRatio != null ? `（${formatSignedPercent(yc.changeRatio)}）` : ''}`;
  if (a.month === yc.month && a.completion != null) s += `，完成年度目标的${formatPercent(a.completion)}`;
  if (a.month === yc.month && a.contributionRate != null) s += `，缴费率为${formatPercentAgainst(a.contributionRate, a.rate.target)}`;
  return `${s}。`;
}

/** What the assessment sentences need. */
export interface AssessmentSentenceInput {
  year: number;
  final: boolean;
  /** The latest month of the year with any report. */
  month: Month | null;
  /** Regions with any target; those that met all, those that missed any (names), those partly unassessable. */
  withTargets: number;
  metAll: number;
  notMet: readonly string[];
  incomplete: number;
  /** The province against its own targets, one per insurance. */
  province: readonly InsuranceAssessment[];
}

/**
 * The assessment page's sentences: the regions' results, then the province against each
 * of its targets, e.g.
 * `2005年度扩面目标考核：有目标的15个地区中，12个完成全部目标，3个有目标未完成（大连市、鞍山市、锦州市）。`
 * (or `…有目标的15个地区均完成全部目标。`)
 * `2005年末，全省企业职工基本养老保险参保人数为772.4万人，年度目标为760万人，完成101.6%，缴费率为91.2%（目标高于90%），考核结论为完成。`
 * Before December: 初步结果 with the month, and 已完成/尚未完成 (a target not yet reached is not a failure).
 */
export function assessmentSentences(i: AssessmentSentenceInput, lang: Lang = 'zh'): string[] {
  if (lang === 'en') return assessmentSentencesEn(i);
  const overall = i.final ? OVERALL_NAMES : PROVISIONAL_OVERALL_NAMES;
  const verdicts = i.final ? VERDICT_NAMES : PROVISIONAL_VERDICT_NAMES;
  const asOf = i.month ? formatMonth(i.month) : '';
  const head = i.final ? `${i.year}年度扩面目标考核` : `${i.year}年度扩面目标考核初步结果（截至${asOf}）`;
  const out: string[] = [];
  if (i.withTargets === 0) out.push(`${head}：各地区均未设目标。`);
  else if (i.metAll === i.withTargets) out.push(`${head}：有目标的${i.withTargets}个地区均${overall.met_all}。`);
  else {
    const parts: string[] = [];
    if (i.metAll) parts.push(`${i.metAll}个${overall.met_all}`);
    if (i.notMet.length) parts.push(`${i.notMet.length}个${overall.not_met}（${namedRegions(i.notMet, true)}）`);
    if (i.incomplete) parts.push(`${i.incomplete}个${overall.incomplete}`);
    out.push(`${head}：有目标的${i.withTargets}个地区中，${parts.join('，')}。`);
  }
  for (const a of i.province) {
    if (a.enrolled == null || a.month == null || a.verdict === 'no_target' || a.verdict === 'no_data') continue;
    const when = i.final && a.yearEnd ? `${i.year}年末` : `截至${formatMonth(a.month)}`;
    let s = `${when}，全省${INSURANCE_NAMES[a.insurance].full}参保人数为${formatPersons(a.enrolled)}`;
    if (a.enrolment.target != null) s += `，年度目标为${formatPersons(a.enrolment.target)}，完成${formatPercent(a.completion!)}`;
    if (a.rate.target != null && a.contributionRate != null) s += `，缴费率为${formatPercentAgainst(a.contributionRate, a.rate.target)}（目标高于${formatPercentValue(a.rate.target * 100)}）`;
    s += i.final ? `，考核结论为${verdicts[a.verdict]}。` : `，初步结果为${verdicts[a.verdict]}。`;
    out.push(s);
  }
  return out;
}

/**
 * The assessment sentences in English, e.g.
 * `Assessment of the 2005 coverage targets: of the 15 regions with targets, 12 met every target and 3 missed a target (Dalian, Anshan and Jinzhou).`
 * `At the end of 2005, 7.724 million people in Liaoning were insured in Basic Pension Insurance for Enterprise Employees against an annual target of 7.6 million (101.6%), with a contribution rate of 91.2% (target: above 90%). Assessment: met.`
 * Before December: provisional, with the month; "not yet met" rather than "missed".
 */
function assessmentSentencesEn(i: AssessmentSentenceInput): string[] {
  const overall = i.final ? STATUS_NAMES_EN.overall : PROVISIONAL_OVERALL_NAMES_EN;
  const verdicts = i.final ? VERDICT_NAMES_EN : PROVISIONAL_VERDICT_NAMES_EN;
  const head = i.final ? `Assessment of the ${i.year} coverage targets` : `Provisional assessment of the ${i.year} coverage targets (data to ${i.month ? formatMonthEn(i.month) : ''})`;
  const lower = (w: string) => w[0]!.toLowerCase() + w.slice(1);
  const regions = (n: number) => `${n} region${n === 1 ? '' : 's'} with targets`;
  const out: string[] = [];
  if (i.withTargets === 0) out.push(`${head}: no region has a target.`);
  else if (i.metAll === i.withTargets) out.push(`${head}: ${i.withTargets === 1 ? 'the one region with targets' : `all ${regions(i.withTargets)}`} ${lower(overall.met_all)}.`);
  else {
    const parts: string[] = [];
    if (i.metAll) parts.push(`${i.metAll} ${lower(overall.met_all)}`);
    if (i.notMet.length) parts.push(`${i.notMet.length} ${lower(overall.not_met)} (${namedRegions(i.notMet, true, 'en')})`);
    if (i.incomplete) parts.push(`${i.incomplete} ${lower(overall.incomplete)}`);
    out.push(`${head}: of the ${regions(i.withTargets)}, ${listEn(parts)}.`);
  }
  for (const a of i.province) {
    if (a.enrolled == null || a.month == null || a.verdict === 'no_target' || a.verdict === 'no_data') continue;
    const when = i.final && a.yearEnd ? `At the end of ${i.year}` : `In ${formatMonthEn(a.month)}`;
    let s = `${when}, ${formatPersonsEn(a.enrolled)} in Liaoning were insured in ${INSURANCE_NAMES_EN[a.insurance].full}`;
    if (a.enrolment.target != null) s += ` against an annual target of ${formatPersonsEn(a.enrolment.target).replace(/ people$| person$/, '')} (${formatPercent(a.completion!)})`;
    if (a.rate.target != null && a.contributionRate != null) s += `, with a contribution rate of ${formatPercentAgainst(a.contributionRate, a.rate.target)} (target: above ${formatPercentValue(a.rate.target * 100)})`;
    s += i.final ? `. Assessment: ${lower(verdicts[a.verdict])}.` : `. Provisional result: ${lower(verdicts[a.verdict])}.`;
    out.push(s);
  }
  return out;
}
