/**
 * The year-end assessment pages: for each region and insurance, target, year-end
 * enrolment, completion and contribution rate against its target; whether each
 * region met all its targets; and the regions that did not, listed plainly with what
 * they fell short by. Neutral, factual wording: the rules are in src/stats/assessment.ts.
 */
import type { Region } from '../../data/types';
import { INSURANCE_NAMES, MEASURE_NAMES, OVERALL_NAMES, PROVISIONAL_OVERALL_NAMES, REPORT_MEASURES, REPORT_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, MEASURE_NAMES_EN, PROVISIONAL_OVERALL_NAMES_EN, REPORT_MEASURES_EN, REPORT_NAMES_EN, STATUS_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatMonthEn, listEn } from '../../format/en';
import { formatCount, formatPercent, formatPercentValue } from '../../format/number';
import type { Assessment, InsuranceAssessment, Overall } from '../../stats/assessment';
import type { Model } from '../../stats/model';
import { PROVINCE } from '../../stats/model';
import { verdictCell } from './annual-report';
import { newRateCell, rateCell } from './monthly-report';
import { progressHref } from '../progress/progress-view';
import { assessmentSentences } from './report-citation';
import { assessmentTableCaption, overviewCaption, provinceLines, shortfallText, unassessedText } from './assessment-text';
import {
  assessmentLabel,
  assessmentTitle,
  barLabel,
  localHref,
  plainRegionName,
  progressLabel,
  regionName,
  assessmentHref,
  assessmentOf,
  assessmentTableId,
  assessmentYearsOf,
  dash,
  hasProgressPage,
  insuranceAnchor,
  periodsOf,
  regionRowHeader,
  reportHref,
  reportTitle,
  type Cell,
  type KeyBlock,
  type Link,
  type PageHeader,
  type ReportSection,
  type RichTable,
} from './report-common';
import { SHARE_BARS, regionBarsFigure } from './report-tables';

/** A region that missed targets, with what it fell short by. */
export interface ShortItem {
  region: Region;
  /** The region's name as the page shows it (in English HTML: report-common.ts regionName). */
  name: string;
  href?: string;
  /** One sentence per insurance missed. */
  items: string[];
}

/** One insurance of the assessment page. */
export type AssessmentSection = ReportSection;

/** Everything the assessment page of a year shows. */
export interface AssessmentView {
  header: PageHeader;
  lead: string;
  final: boolean;
  key: KeyBlock;
  /** The province against its own targets, one sentence per insurance. */
  province: string[];
  notMet: ShortItem[];
  unassessed: ShortItem[];
  /** Regions that met every target they have. */
  metAll: Region[];
  /** Regions with no target at all. */
  noTargets: Region[];
  overview: RichTable;
  /** Registered id of the overview table. */
  overviewId: string;
  sections: AssessmentSection[];
  rules: string[];
  /** Section headings, worded for a final or a provisional assessment. */
  headings: { province: string; notMet: string; none: string; metAll: string };
  /** The page's edition: its texts that name regions are HTML in English (report-common.ts regionName). */
  lang: Lang;
  /** Copy-ready sentences of the results, for 引用本页. */
  sentences: string[];
}

const OVERALL_TONE: Record<Overall, Cell['tone']> = { met_all: 'good', not_met: 'bad', incomplete: 'warn', no_targets: undefined };

function detailCells(a: InsuranceAssessment, final: boolean, lang: Lang): Cell[] {
  const en = lang === 'en';
  const late = a.month != null && final && !a.yearEnd;
  const noTarget = en ? 'No target' : '未设目标';
  const month = late || (!final && a.month) ? (en ? ` (${formatMonthEn(a.month!)})` : `（${formatMonth(a.month!)}）`) : '';
  return [
    a.enrolment.target != null ? { text: formatCount(a.enrolment.target), value: a.enrolment.target } : { text: noTarget },
    a.enrolled != null ? { text: `${formatCount(a.enrolled)}${month}`, value: a.enrolled, tone: late ? 'warn' : undefined } : { text: en ? 'No data' : '无数据', tone: 'warn' },
    a.completion != null ? { text: formatPercent(a.completion), value: a.completion } : dash,
    a.enrolment.verdict === 'not_met' ? { text: formatCount(a.enrolment.shortfall!), value: a.enrolment.shortfall, tone: 'bad' } : dash,
    rateCell(a.contributionRate, a.rate.target, lang),
    a.rate.target != null ? { text: `${en ? 'above ' : '高于'}${formatPercentValue(a.rate.target * 100)}`, value: a.rate.target } : { text: noTarget },
    newRateCell(a.newContributionRate, lang),
    verdictCell(a.verdict, final, lang),
  ];
}

/** The header of an assessment page. */
function header(model: Model, a: Assessment, lang: Lang): PageHeader {
  if (lang === 'en') {
    const zh = header(model, a, 'zh');
    const periods = periodsOf(model);
    const annual = periods.find((p) => p.kind === 'year' && p.year === a.year);
    const q4 = periods.find((p) => p.kind === 'quarter' && p.year === a.year && p.quarter === 4);
    const link = (l: Link | null, label: string): Link | null => l && { href: localHref(l.href, lang), label };
    const years = assessmentYearsOf(model);
    const i = years.indexOf(a.year);
    return {
      ...zh,
      kind: REPORT_NAMES_EN.assessment,
      permalink: localHref(zh.permalink, lang),
      title: assessmentTitle(a.year, lang),
      status: a.final ? REPORT_NAMES_EN.final : REPORT_NAMES_EN.provisional,
      coverage: a.final ? `Assessed on the December ${a.year} reports` : `${REPORT_NAMES_EN.provisional}; data to ${formatMonthEn(a.month!)}`,
      breadcrumbs: [{ href: localHref('/assessment/', lang), label: REPORT_NAMES_EN.assessment }],
      previous: link(zh.previous, assessmentLabel(years[i - 1]!, lang)),
      next: link(zh.next, assessmentLabel(years[i + 1]!, lang)),
      related: [
        ...(annual ? [{ href: localHref(reportHref(annual), lang), label: reportTitle(annual, lang) }] : []),
        ...(q4 ? [{ href: localHref(reportHref(q4), lang), label: reportTitle(q4, lang) }] : []),
        ...(hasProgressPage(model, a.year) ? [{ href: localHref(progressHref(model, PROVINCE, a.year), lang), label: progressLabel(a.year, lang) }] : []),
      ],
    };
  }
  const years = assessmentYearsOf(model);
  const i = years.indexOf(a.year);
  const prev = years[i - 1];
  const next = years[i + 1];
  const related: Link[] = [];
  const periods = periodsOf(model);
  const annual = periods.find((p) => p.kind === 'year' && p.year === a.year);
  if (annual) related.push({ href: reportHref(annual), label: reportTitle(annual) });
  const q4 = periods.find((p) => p.kind === 'quarter' && p.year === a.year && p.quarter === 4);
  if (q4) related.push({ href: reportHref(q4), label: reportTitle(q4) });
  if (hasProgressPage(model, a.year)) related.push({ href: progressHref(model, PROVINCE, a.year), label: `${a.year}年全省进展` });
  return {
    kind: REPORT_NAMES.assessment,
    title: `${a.year}年度扩面目标考核`,
    year: a.year,
    status: a.final ? REPORT_NAMES.final : REPORT_NAMES.provisional,
    complete: a.final,
    coverage: a.final ? `按${a.year}年12月报表评定` : `${REPORT_NAMES.provisional}，数据截至${formatMonth(a.month!)}`,
    dataMonth: a.month ?? null,
    permalink: assessmentHref(a.year),
    breadcrumbs: [{ href: '/assessment/', label: REPORT_NAMES.assessment }],
    previous: prev != null ? { href: assessmentHref(prev), label: `${prev}年度考核` } : null,
    next: next != null ? { href: assessmentHref(next), label: `${next}年度考核` } : null,
    related,
  };
}

/** The assessment page of a year. */
export function assessmentView(model: Model, year: number, lang: Lang = 'zh'): AssessmentView {
  const en = lang === 'en';
  const a = assessmentOf(model, year);
  const final = a.final;
  const link = (r: Region) => regionRowHeader(model, r, year, lang).href;
  const regions = a.regions.filter((r) => r.items.some((i) => i.month != null || i.verdict !== 'no_target'));
  const notMet = regions.filter((r) => r.overall === 'not_met').map((r) => ({ region: r.region!, name: regionName(r.region!, lang), href: link(r.region!), items: r.missed.map((m) => shortfallText(m, lang)) }));
  const unassessed = regions
    .filter((r) => r.unassessed.length > 0)
    .map((r) => ({ region: r.region!, name: regionName(r.region!, lang), href: link(r.region!), items: r.unassessed.map((i) => unassessedText(i, final, lang)) }));
  const metAll = regions.filter((r) => r.overall === 'met_all').map((r) => r.region!);
  const noTargets = regions.filter((r) => r.overall === 'no_targets').map((r) => r.region!);
  const withTargets = regions.length - noTargets.length;
  const incomplete = regions.filter((r) => r.overall === 'incomplete').length;
  const overallName = (o: Overall) => (en ? (final ? STATUS_NAMES_EN.overall : PROVISIONAL_OVERALL_NAMES_EN) : final ? OVERALL_NAMES : PROVISIONAL_OVERALL_NAMES)[o];
  const asOf = final ? '' : en ? ` (data to ${formatMonthEn(a.month!)})` : `（截至${formatMonth(a.month!)}）`;
  const toneOf = (o: Overall) => (o === 'not_met' && !final ? 'warn' : OVERALL_TONE[o]);
  const regionWord = en ? 'Region' : '地区';
  const measureNames = en ? MEASURE_NAMES_EN : MEASURE_NAMES;
  const reportMeasures = en ? REPORT_MEASURES_EN : REPORT_MEASURES;
  const provinceWord = en ? 'Liaoning' : '全省';

  const overview: RichTable = {
    caption: overviewCaption(a, lang),
    rowHeader: regionWord,
    columns: [...a.insurances.map((i) => ({ label: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[i].short })), { label: reportMeasures.overall }],
    rows: regions.map((r) => ({
      ...regionRowHeader(model, r.region!, year, lang),
      cells: [...r.items.map((i) => verdictCell(i.verdict, final, lang)), { text: overallName(r.overall), tone: toneOf(r.overall) }],
    })),
    foot: [
      {
        header: provinceWord,
        cells: [...a.province.items.map((i) => verdictCell(i.verdict, final, lang)), { text: overallName(a.province.overall), tone: toneOf(a.province.overall) }],
      },
    ],
    notes: [
      en
        ? 'Each insurance is judged on its enrolment target and its contribution-rate target (where set): “Met” when both are reached, “Missed” when either is not.'
        : '每个险种的结论同时看参保人数目标和缴费率目标（如有）：两者都达到为“完成”，任一未达到为“未完成”。',
    ],
    ...(en ? { html: true } : {}),
  };

  const sections = a.insurances.map((insurance, ii): AssessmentSection => {
    const names = (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance];
    const name = names.short;
    const rows = regions.filter((r) => r.items[ii]!.month != null || r.items[ii]!.verdict !== 'no_target');
    const missed = rows.filter((r) => r.items[ii]!.verdict === 'not_met').map((r) => r.region!);
    const table: RichTable = {
      caption: assessmentTableCaption(year, insurance, lang),
      rowHeader: regionWord,
      columns: [
        { label: measureNames.target, numeric: true, unit: 'persons' },
        { label: final ? reportMeasures.yearEnd : measureNames.enrolled, numeric: true, unit: 'persons' },
        { label: measureNames.completion, numeric: true, unit: 'percent' },
        { label: reportMeasures.shortfall, numeric: true, unit: 'persons' },
        { label: measureNames.contributionRate, numeric: true, unit: 'percent' },
        { label: reportMeasures.rateTarget, numeric: true, unit: 'percent' },
        { label: `${measureNames.newContributionRate}${en ? ' (target 100%)' : '（目标100%）'}`, numeric: true, unit: 'percent' },
        { label: reportMeasures.verdict },
      ],
      rows: rows.map((r) => ({ ...regionRowHeader(model, r.region!, year, lang), month: r.items[ii]!.month, cells: detailCells(r.items[ii]!, final, lang) })),
      foot: [{ header: provinceWord, month: a.province.items[ii]!.month, cells: detailCells(a.province.items[ii]!, final, lang) }],
      notes: [],
      ...(en ? { html: true } : {}),
    };
    const bars = rows.map((r) => {
      const i = r.items[ii]!;
      const usable = i.enrolment.verdict === 'met' || i.enrolment.verdict === 'not_met';
      return {
        key: r.region!.id,
        ...barLabel(r.region!, lang),
        value: usable ? i.completion : null,
        highlight: i.verdict === 'not_met',
        note: i.enrolment.verdict === 'no_target' ? (en ? 'No target' : '未设目标') : en ? 'Cannot be assessed' : '无法评定',
      };
    });
    const words = en
      ? {
          title: `${name} insurance: share of the enrolment target reached by region, ${final ? `end of ${year}` : `${year} to ${formatMonthEn(a.month!)}`}`,
          description: missed.length
            ? `${listEn(missed.map((r) => plainRegionName(r, 'en')))} ${final ? 'did not reach' : 'have not yet reached'} the target for insured persons or for the contribution rate in ${name.toLowerCase()} insurance${asOf}.`
            : `Every region with a target ${final ? 'reached' : 'has reached'} its targets for insured persons and the contribution rate in ${name.toLowerCase()} insurance${asOf}.`,
          target: 'Target 100%',
          barLabel: STATUS_NAMES_EN.met,
          highlightLabel: `${STATUS_NAMES_EN.missed} (insured persons or contribution rate)`,
        }
      : {
          title: `各地区${name}参保人数目标完成率（${year}年${final ? '末' : `，截至${formatMonth(a.month!)}`}）`,
          description: missed.length
            ? `${missed.map((r) => r.name).join('、')}${name}参保人数或缴费率${final ? '未达到' : '尚未达到'}目标${asOf}。`
            : `有目标的地区${name}参保人数和缴费率均${final ? '' : '已'}达到目标${asOf}。`,
          target: '目标 100%',
          barLabel: '完成',
          highlightLabel: '未完成（参保人数或缴费率）',
        };
    const figure = regionBarsFigure({
      id: `completion-${insurance}-${year}`,
      title: words.title,
      description: words.description,
      bars,
      ...SHARE_BARS,
      reference: { value: 1, label: words.target },
      // Bars from the 100% target on an axis spanning the values (not SHARE_BARS' 0–100%), so a gap of a few points shows.
      domain: undefined,
      baseline: 1,
      barLabel: words.barLabel,
      highlightLabel: words.highlightLabel,
      valueLabel: measureNames.completion,
      measures: ['enrolled', 'target', 'completion', 'contributionRate'],
      lang,
    });
    return { insurance, name: names.full, anchor: insuranceAnchor(insurance), figure, table, tableId: assessmentTableId(year, insurance) };
  });

  const sentences = assessmentSentences(
    { year, final, month: a.month, withTargets, metAll: metAll.length, notMet: notMet.map((r) => plainRegionName(r.region, lang)), incomplete, province: a.province.items },
    lang,
  );
  // What both editions show alike; the words around it differ.
  const shared = { final, notMet, unassessed, metAll, noTargets, overview, overviewId: assessmentTableId(year), sections, sentences, lang };
  if (en) {
    return {
      ...shared,
      header: header(model, a, lang),
      lead: final
        ? `Whether each region met its ${year} coverage targets, insurance by insurance, judged on the December ${year} reports against the ${year} plan.`
        : `${year} is not yet over. These are provisional results on the figures to ${formatMonthEn(a.month!)}; the year-end results follow the December reports.`,
      key: {
        heading: final ? `Results for ${year}` : `Provisional results for ${year}`,
        figures: [
          { label: 'Regions with targets', value: String(withTargets) },
          { label: overallName('met_all'), value: String(metAll.length), tone: 'good' },
          { label: overallName('not_met'), value: String(notMet.length), tone: notMet.length ? toneOf('not_met') : undefined },
          ...(incomplete ? [{ label: overallName('incomplete'), value: String(incomplete), tone: 'warn' as const }] : []),
        ],
        note: final ? undefined : `The year is not over: these figures use data to ${formatMonthEn(a.month!)} and are for guidance only.`,
      },
      province: provinceLines(a.province, final, lang),
      headings: final
        ? { province: 'Province targets', notMet: 'Regions that missed a target', none: 'No region with targets missed one.', metAll: 'Regions that met every target' }
        : {
            province: `Province targets (provisional, data to ${formatMonthEn(a.month!)})`,
            notMet: `Regions that have not yet met every target (provisional, data to ${formatMonthEn(a.month!)})`,
            none: 'Every region with targets has met them.',
            metAll: 'Regions that have met every target (provisional)',
          },
      rules: [
        'Insured persons: the target is met when the number insured at the end of the year is not below the annual target. Share of target = insured persons ÷ annual target.',
        'Contribution rate (persons who contributed ÷ persons due to contribute): Notice No. 39 asks for a rate “above” the target, so only a rate above it counts as reached; a rate equal to the target does not.',
        'An insurance without a target is not assessed, and does not count as missed.',
        'Where a region has not reported for December, that insurance cannot be assessed, and no other month’s figure stands in for it; the page gives its latest report. The province total is left empty for any month in which a region has not reported.',
        'The contribution rate of the newly insured (newly insured who contributed ÷ newly insured) is shown against the notice’s aim of 100%; it is not one of the annual targets and is not assessed.',
        `Before the year ends (before the December reports), the assessment is ${REPORT_NAMES_EN.provisional.toLowerCase()}, on each region’s latest month.`,
      ],
    };
  }

  const key: KeyBlock = {
    heading: final ? `${year}年考核结果` : `${year}年考核初步结果`,
    figures: [
      { label: '有目标的地区', value: `${withTargets}个` },
      { label: overallName('met_all'), value: `${metAll.length}个`, tone: 'good' },
      { label: overallName('not_met'), value: `${notMet.length}个`, tone: notMet.length ? toneOf('not_met') : undefined },
      ...(incomplete ? [{ label: overallName('incomplete'), value: `${incomplete}个`, tone: 'warn' as const }] : []),
    ],
    note: final ? undefined : `年度尚未结束，以上按截至${formatMonth(a.month!)}的数字计算，仅供参考。`,
  };

  return {
    ...shared,
    header: header(model, a, lang),
    lead: final
      ? `按${year}年12月报表，对照${year}年扩面计划逐个地区、逐个险种评定目标完成情况。`
      : `${year}年尚未结束。以下为按截至${formatMonth(a.month!)}的数字计算的初步结果，12月报表报送后为年终结果。`,
    key,
    province: provinceLines(a.province, final),
    headings: final
      ? { province: '全省目标', notMet: '未完成目标的地区', none: '有目标的地区中没有未完成目标的地区。', metAll: '完成全部目标的地区' }
      : {
          province: `全省目标（初步，截至${formatMonth(a.month!)}）`,
          notMet: `尚未完成目标的地区（初步，截至${formatMonth(a.month!)}）`,
          none: '有目标的地区均已完成目标。',
          metAll: `已完成全部目标的地区（初步）`,
        },
    rules: [
      '参保人数：年末参保人数不低于年度目标为完成。完成率＝参保人数÷年度目标。',
      '缴费率（实际缴费人数÷应缴费人数）：39号文要求“高于”目标，因此高于目标才算达到，等于目标不算达到。',
      '未设目标的险种不参与评定，不算未完成。',
      '地区未报送12月报表的，该险种无法评定，不以其他月份的数字代替；页面列出其最近一次报送的数字。全省合计在有地区未报送的月份空缺。',
      '新增参保人员缴费率（新增参保缴费人数÷新增参保人数）列出供对照39号文100%的要求，不属于下达的年度目标，不参与评定。',
      `年度结束前（12月报表报送前）的评定为${REPORT_NAMES.provisional}，按各地区最近一个月的数字计算。`,
    ],
  };
}

/** One line of the assessment index. */
export interface AssessmentIndexItem {
  year: number;
  href: string;
  final: boolean;
  month: string | null;
  text: string;
}

/** The assessment index: years newest first, each with its result in one line. */
export function assessmentIndex(model: Model, lang: Lang = 'zh'): AssessmentIndexItem[] {
  return assessmentYearsOf(model)
    .slice()
    .reverse()
    .map((year) => {
      const a = assessmentOf(model, year);
      const regions = a.regions.filter((r) => r.overall !== 'no_targets');
      const met = regions.filter((r) => r.overall === 'met_all').length;
      const notMet = regions.filter((r) => r.overall === 'not_met').length;
      const incomplete = regions.length - met - notMet;
      const n = (k: number) => `${k} region${k === 1 ? '' : 's'} with targets`;
      const textEn = a.final
        ? `Of ${n(regions.length)}, ${met} met every target and ${notMet} missed a target${incomplete ? `; ${incomplete} partly cannot be assessed` : ''}.`
        : `Provisional (data to ${formatMonthEn(a.month!)}): of ${n(regions.length)}, ${met} have met every target and ${notMet} have not all met yet${incomplete ? `; ${incomplete} partly without data` : ''}.`;
      const text = lang === 'en'
        ? textEn
        : a.final
        ? `${regions.length}个有目标的地区中，${met}个完成全部目标，${notMet}个有目标未完成${incomplete ? `，${incomplete}个部分无法评定` : ''}。`
        : `初步结果（截至${formatMonth(a.month!)}）：${regions.length}个有目标的地区中，${met}个已完成全部目标，${notMet}个尚未全部完成${incomplete ? `，${incomplete}个部分无数据` : ''}。`;
      return { year, href: localHref(assessmentHref(year), lang), final: a.final, month: a.month, text };
    });
}
