/**
 * The words of the year-end assessment in either edition: the tables' captions, what a region
 * fell short by, why an insurance cannot be assessed, and the province against its own targets.
 */
import type { Insurance } from '../../data/types';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatMonthEn } from '../../format/en';
import { formatCount, formatPercent, formatPercentAgainst, formatPercentValue } from '../../format/number';
import type { AreaAssessment, Assessment, InsuranceAssessment } from '../../stats/assessment';
import { verdictName } from './annual-report';

/** The caption of the overview table (verdicts of every region and insurance). */
export function overviewCaption(a: Pick<Assessment, 'year' | 'final' | 'month'>, lang: Lang = 'zh'): string {
  if (lang === 'en') return `Targets met by region, ${a.year}${a.final ? '' : ` (provisional, data to ${formatMonthEn(a.month!)})`}`;
  return `${a.year}年各地区目标完成情况${a.final ? '' : `（初步，截至${formatMonth(a.month!)}）`}`;
}

/** The caption of one insurance's assessment table. */
export function assessmentTableCaption(year: number, insurance: Insurance, lang: Lang = 'zh'): string {
  if (lang === 'en') return `${INSURANCE_NAMES_EN[insurance].short} insurance: targets by region, ${year} (persons)`;
  return `${year}年各地区${INSURANCE_NAMES[insurance].short}目标考核（人）`;
}

/** What an insurance fell short by, as one sentence in English. */
function shortfallTextEn(a: InsuranceAssessment): string {
  const parts: string[] = [];
  const when = a.yearEnd ? 'at year end' : `in ${formatMonthEn(a.month!)}`;
  if (a.enrolment.verdict === 'not_met') {
    parts.push(`${formatCount(a.enrolled!)} insured ${when} against a target of ${formatCount(a.enrolment.target!)}, short by ${formatCount(a.enrolment.shortfall!)} (${formatPercent(a.completion!)})`);
  }
  if (a.rate.verdict === 'not_met') {
    const t = a.rate.target!;
    const gap = Math.round(a.rate.shortfall! * 1000) / 10;
    parts.push(`contribution rate ${formatPercentAgainst(a.rate.actual!, t)} against a target of above ${formatPercentValue(t * 100)}${gap > 0 ? `, ${gap.toFixed(1)} percentage points short` : ', not above the target'}`);
  }
  return `${INSURANCE_NAMES_EN[a.insurance].short}: ${parts.join('; ')}.`;
}

/** What an insurance fell short by, as one sentence. */
export function shortfallText(a: InsuranceAssessment, lang: Lang = 'zh'): string {
  if (lang === 'en') return shortfallTextEn(a);
  const parts: string[] = [];
  const when = a.yearEnd ? '年末' : `${formatMonth(a.month!)}`;
  if (a.enrolment.verdict === 'not_met') {
    parts.push(`${when}参保${formatCount(a.enrolled!)}人，目标${formatCount(a.enrolment.target!)}人，差${formatCount(a.enrolment.shortfall!)}人（完成${formatPercent(a.completion!)}）`);
  }
  if (a.rate.verdict === 'not_met') {
    const t = a.rate.target!;
    const gap = Math.round(a.rate.shortfall! * 1000) / 10;
    parts.push(`缴费率${formatPercentAgainst(a.rate.actual!, t)}，目标高于${formatPercentValue(t * 100)}${gap > 0 ? `，低${gap.toFixed(1)}个百分点` : '，未高于目标'}`);
  }
  return `${INSURANCE_NAMES[a.insurance].short}：${parts.join('；')}。`;
}

/** Why an insurance cannot be assessed, and its latest report. */
export function unassessedText(a: InsuranceAssessment, final: boolean, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    const name = INSURANCE_NAMES_EN[a.insurance].short;
    if (a.month == null) return `${name}: no report this year.`;
    const latest = `the latest report, for ${formatMonthEn(a.month)}, gives ${formatCount(a.enrolled!)} insured${a.completion != null ? ` (${formatPercent(a.completion)} of the target)` : ''}`;
    if (final && !a.yearEnd) return `${name}: no December report; ${latest}.`;
    return `${name}: the persons due to contribute or who contributed are missing, so the contribution rate cannot be assessed; ${latest}.`;
  }
  const name = INSURANCE_NAMES[a.insurance].short;
  if (a.month == null) return `${name}：本年度无报表。`;
  const latest = `最近一次报送为${formatMonth(a.month)}，参保${formatCount(a.enrolled!)}人${a.completion != null ? `（完成${formatPercent(a.completion)}）` : ''}`;
  if (final && !a.yearEnd) return `${name}：未报送12月报表，${latest}。`;
  return `${name}：缺少应缴费或实际缴费人数，缴费率无法评定；${latest}。`;
}

function provinceLinesEn(p: AreaAssessment, final: boolean): string[] {
  return p.items
    .filter((a) => a.verdict !== 'no_target')
    .map((a) => {
      const name = INSURANCE_NAMES_EN[a.insurance].short;
      const v = verdictName(a.verdict, final, 'en');
      if (a.verdict === 'not_met') return `${shortfallTextEn(a).replace(/\.$/, '')}. ${v}.`;
      if (a.verdict === 'no_data') return unassessedText(a, final, 'en');
      const rate = a.rate.target != null && a.contributionRate != null ? `; contribution rate ${formatPercentAgainst(a.contributionRate, a.rate.target)} (target: above ${formatPercentValue(a.rate.target * 100)})` : '';
      return `${name}: ${formatCount(a.enrolled!)} insured against a target of ${formatCount(a.enrolment.target!)}, ${formatPercent(a.completion!)}${rate}. ${v}.`;
    });
}

/** The province against its own targets, one sentence per insurance. */
export function provinceLines(p: AreaAssessment, final: boolean, lang: Lang = 'zh'): string[] {
  if (lang === 'en') return provinceLinesEn(p, final);
  return p.items
    .filter((a) => a.verdict !== 'no_target')
    .map((a) => {
      const name = INSURANCE_NAMES[a.insurance].short;
      const v = verdictName(a.verdict, final);
      if (a.verdict === 'not_met') return `${shortfallText(a).replace(/。$/, '')}——${v}。`;
      if (a.verdict === 'no_data') return unassessedText(a, final);
      const rate = a.rate.target != null && a.contributionRate != null ? `，缴费率${formatPercentAgainst(a.contributionRate, a.rate.target)}（目标高于${formatPercentValue(a.rate.target * 100)}）` : '';
      return `${name}：参保${formatCount(a.enrolled!)}人，目标${formatCount(a.enrolment.target!)}人，完成${formatPercent(a.completion!)}${rate}——${v}。`;
    });
}

