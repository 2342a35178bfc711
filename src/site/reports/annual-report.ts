/**
 * The annual summary (年末总结): year-end figures, the change from the previous
 * year-end (the notice asks for enrolment to rise every year, so every fall is
 * listed), and which targets were met or missed (the verdicts of the assessment).
 */
import type { Insurance, Region } from '../../data/types';
import { INSURANCE_NAMES, MEASURE_NAMES, PROVISIONAL_VERDICT_NAMES, REPORT_MEASURES, VERDICT_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, MEASURE_NAMES_EN, PROVISIONAL_VERDICT_NAMES_EN, REPORT_MEASURES_EN, VERDICT_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatChangeEn, formatMonthEn, formatPersonsEn, listEn } from '../../format/en';
import { formatChange, formatCount, formatPercent, formatPercentAgainst, formatPercentValue, formatPersons, formatSignedCount, formatSignedPercent } from '../../format/number';
import type { InsuranceAssessment, Verdict } from '../../stats/assessment';
import { PROVINCE, type Model } from '../../stats/model';
import { monthRange } from '../../stats/months';
import type { ReportPeriod } from '../../stats/periods';
import { newEnrolledOver, yearChange, type YearChange } from '../../stats/reports';
import type { FigureSpec } from '../figures/figures';
import { fallFlag, newRateCell, rateCell } from './monthly-report';
import { annualSentence } from './report-citation';
import { markRichTable } from '../revisions/mark-revisions';
import { personsColumn, percentColumn, assessmentHref, assessmentLabel, assessmentOf, assessmentYearsOf, barLabel, dash, insuranceAnchor, localHref, nameList, plainRegionName, regionName, regionRowHeader, reportHeader, reportTableId, type Cell, type KeyBlock, type KeyFigure, type Link, type PageHeader, type ReportSection, type RichTable } from './report-common';
import { regionBarsFigure } from './report-tables';

/** A fall in enrolment, in words. */
export interface FallItem {
  region: Region;
  insurance: Insurance;
  text: string;
}

/** One insurance of the annual summary. */
export interface AnnualSection extends ReportSection {
  /** "15个有目标的地区中12个完成" */
  targets: string;
}

/** Everything the annual summary page shows. */
export interface AnnualReportView {
  header: PageHeader;
  lead: string;
  key: KeyBlock[];
  falls: FallItem[];
  /** Regions whose year-over-year change cannot be computed (no previous December), in words. */
  noPrevious: string[];
  sections: AnnualSection[];
  assessment: Link | null;
  /** Copy-ready sentences of the province's figures, for 引用本页. */
  sentences: string[];
}

const COLUMNS = [
  personsColumn(REPORT_MEASURES.yearEnd),
  personsColumn(REPORT_MEASURES.changeFromPreviousYear),
  percentColumn(REPORT_MEASURES.growthRate),
  personsColumn(MEASURE_NAMES.target),
  percentColumn(MEASURE_NAMES.completion),
  percentColumn(MEASURE_NAMES.contributionRate),
  { label: `${MEASURE_NAMES.newContributionRate}（目标100%）`, numeric: true, unit: 'percent' as const },
  personsColumn(REPORT_MEASURES.newInYear),
  { label: '目标完成情况' },
];

const COLUMNS_EN = [
  personsColumn(REPORT_MEASURES_EN.yearEnd),
  personsColumn(REPORT_MEASURES_EN.changeFromPreviousYear),
  percentColumn(REPORT_MEASURES_EN.growthRate),
  personsColumn(MEASURE_NAMES_EN.target),
  percentColumn(MEASURE_NAMES_EN.completion),
  percentColumn(MEASURE_NAMES_EN.contributionRate),
  { label: `${MEASURE_NAMES_EN.newContributionRate} (target 100%)`, numeric: true, unit: 'percent' as const },
  personsColumn(REPORT_MEASURES_EN.newInYear),
  { label: 'Targets' },
];

/** The column of a figure revisions can touch directly: the year-end (or latest) enrolment (the others are computed or summed). */
const REVISED_COLUMNS = [['enrolled', 0]] as const;

/** The caption of the annual summary's table for one insurance (`final`: the year's December is in). */
export function annualTableCaption(year: number, insurance: Insurance, final: boolean, lang: Lang = 'zh'): string {
  if (lang === 'en') return `${INSURANCE_NAMES_EN[insurance].short} insurance by region, ${final ? `end of ${year}` : year} (persons)`;
  return `${year}年各地区${INSURANCE_NAMES[insurance].short}${final ? '年末' : ''}参保情况（人）`;
}

/** A verdict in words: 完成 / 未完成 / 未设目标 / 无法评定, or before December 已完成 / 尚未完成 / 无数据. */
export function verdictName(v: Verdict, final: boolean, lang: Lang = 'zh'): string {
  if (lang === 'en') return final ? VERDICT_NAMES_EN[v] : PROVISIONAL_VERDICT_NAMES_EN[v];
  return final ? VERDICT_NAMES[v] : PROVISIONAL_VERDICT_NAMES[v];
}

/** A verdict as a cell. */
export function verdictCell(v: Verdict, final: boolean, lang: Lang = 'zh'): Cell {
  const text = verdictName(v, final, lang);
  if (v === 'met') return { text, tone: 'good' };
  // Mid-year a target not yet reached is not a failure: marked, but not in the failure colour.
  if (v === 'not_met') return { text, tone: final ? 'bad' : 'warn' };
  if (v === 'no_data') return { text, tone: 'warn', title: lang === 'en' ? 'No year-end report' : '未报送年末报表' };
  return { text };
}

function cells(yc: YearChange, a: InsuranceAssessment, newInYear: number | null, final: boolean, expectedMonth: string, lang: Lang): Cell[] {
  const en = lang === 'en';
  const target: Cell = a.enrolment.target != null ? { text: formatCount(a.enrolment.target), value: a.enrolment.target } : { text: en ? 'No target' : '未设目标' };
  if (yc.enrolled == null) return [{ text: en ? 'No data' : '无数据', tone: 'warn' }, dash, dash, target, dash, dash, dash, dash, verdictCell(a.verdict, final, lang)];
  const late = yc.month !== expectedMonth;
  const fell = yc.change != null && yc.change < 0;
  return [
    { text: `${formatCount(yc.enrolled)}${late ? (en ? ` (${formatMonthEn(yc.month!)})` : `（${formatMonth(yc.month!)}）`) : ''}`, value: yc.enrolled, tone: late ? 'warn' : undefined },
    yc.change != null ? { text: formatSignedCount(yc.change), value: yc.change, ...(fell ? { tone: 'bad' as const, flag: fallFlag(lang) } : {}) } : { text: en ? 'No figure for end of previous year' : '上年末无数据' },
    yc.changeRatio != null ? { text: formatSignedPercent(yc.changeRatio), value: yc.changeRatio, ...(fell ? { tone: 'bad' as const } : {}) } : dash,
    target,
    a.completion != null ? { text: formatPercent(a.completion), value: a.completion } : dash,
    rateCell(a.contributionRate, a.rate.target, lang),
    newRateCell(a.newContributionRate, lang),
    newInYear != null ? { text: formatCount(newInYear), value: newInYear } : dash,
    verdictCell(a.verdict, final, lang),
  ];
}

/** The words of the key figures of one insurance, in each edition. */
const KEY_WORDS = {
  zh: {
    names: INSURANCE_NAMES,
    report: REPORT_MEASURES,
    measures: MEASURE_NAMES,
    noTotal: '本年度无全省合计。',
    enrolledIn: (month: string) => `参保人数（${formatMonth(month)}）`,
    persons: formatPersons,
    /** After an exact count in a tooltip. */
    unit: '人',
    change: (n: number) => `${formatChange(n)}人`,
    growth: (ratio: string) => `增长率${ratio}`,
    noTotalIn: (month: string) => `${formatMonth(month)}无全省合计`,
    completion: '完成年度目标',
    target: (n: number) => `目标${formatPersons(n)}`,
    // The enrolment check alone: 达到, never 已完成, which is the insurance's verdict below.
    reached: '达到',
    notReached: '未达到',
    notYetReached: '尚未达到',
    rateTarget: (percent: string) => `目标高于${percent}`,
    newRateTarget: '目标100%',
  },
  en: {
    names: INSURANCE_NAMES_EN,
    report: REPORT_MEASURES_EN,
    measures: MEASURE_NAMES_EN,
    noTotal: 'No province total this year.',
    enrolledIn: (month: string) => `Insured persons (${formatMonthEn(month)})`,
    persons: formatPersonsEn,
    unit: '',
    change: formatChangeEn,
    growth: (ratio: string) => `${REPORT_MEASURES_EN.growthRate} ${ratio}`,
    noTotalIn: (month: string) => `No province total for ${formatMonthEn(month)}`,
    completion: 'Share of annual target',
    target: (n: number) => `Target ${formatPersonsEn(n)}`,
    reached: 'reached',
    notReached: 'not reached',
    notYetReached: 'not yet reached',
    rateTarget: (percent: string) => `Target: above ${percent}`,
    newRateTarget: 'Target 100%',
  },
} as const;

function keyBlock(insurance: Insurance, yc: YearChange, a: InsuranceAssessment, newInYear: number | null, final: boolean, lang: Lang): KeyBlock {
  const w = KEY_WORDS[lang];
  const heading = w.names[insurance].full;
  const href = `#${insuranceAnchor(insurance)}`;
  if (yc.enrolled == null) return { heading, href, figures: [], note: w.noTotal };
  const figures: KeyFigure[] = [
    { label: final && yc.month?.endsWith('-12') ? w.report.yearEnd : w.enrolledIn(yc.month!), value: w.persons(yc.enrolled), title: `${formatCount(yc.enrolled)}${w.unit}` },
  ];
  if (yc.change != null) {
    figures.push({
      label: w.report.changeFromPreviousYear,
      value: w.change(yc.change),
      title: `${formatSignedCount(yc.change)}${w.unit}`,
      detail: yc.changeRatio != null ? w.growth(formatSignedPercent(yc.changeRatio)) : undefined,
      tone: yc.change < 0 ? 'bad' : undefined,
      flag: yc.change < 0 ? fallFlag(lang) : undefined,
    });
  } else {
    figures.push({ label: w.report.changeFromPreviousYear, value: '—', detail: w.noTotalIn(yc.previousMonth) });
  }
  if (a.completion != null) {
    const v = a.enrolment.verdict;
    figures.push({
      label: w.completion,
      value: formatPercent(a.completion),
      detail: w.target(a.enrolment.target!),
      tone: v === 'met' ? 'good' : v === 'not_met' ? (final ? 'bad' : 'warn') : undefined,
      flag: v === 'met' ? w.reached : v === 'not_met' ? (final ? w.notReached : w.notYetReached) : undefined,
    });
  }
  const rate = a.contributionRate;
  if (rate != null) {
    const v = a.rate.verdict;
    figures.push({
      label: w.measures.contributionRate,
      value: formatPercentAgainst(rate, a.rate.target),
      detail: a.rate.target != null ? w.rateTarget(formatPercentValue(a.rate.target * 100)) : undefined,
      tone: v === 'met' ? 'good' : v === 'not_met' ? 'bad' : undefined,
      flag: v === 'met' ? w.reached : v === 'not_met' ? w.notReached : undefined,
    });
  }
  if (a.newContributionRate != null) figures.push({ label: w.measures.newContributionRate, value: formatPercent(a.newContributionRate), detail: w.newRateTarget });
  if (newInYear != null) figures.push({ label: w.report.newInYear, value: w.persons(newInYear), title: `${formatCount(newInYear)}${w.unit}` });
  if (a.verdict !== 'no_target') {
    const v = verdictCell(a.verdict, final, lang);
    figures.push({ label: w.report.verdict, value: v.text, tone: v.tone });
  }
  return { heading, href, figures };
}

/** The annual summary of `period` (a year). */
export function annualReportView(model: Model, period: ReportPeriod, lang: Lang = 'zh'): AnnualReportView {
  const en = lang === 'en';
  const year = period.year;
  const assessment = assessmentOf(model, year);
  const final = assessment.final;
  const expectedMonth = period.complete ? `${year}-12` : period.latest;
  const key: KeyBlock[] = [];
  const sentences: string[] = [];
  const falls: FallItem[] = [];
  const noPrevious: string[] = [];
  const byArea = new Map(assessment.regions.map((r) => [r.area, r]));
  const sections = assessment.insurances.map((insurance, ii): AnnualSection => {
    const names = (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance];
    const name = names.short;
    const regions = model.regionsReporting(insurance);
    const rows = regions.map((region) => {
      const yc = yearChange(model, region.id, insurance, year);
      const a = byArea.get(region.id)!.items[ii]!;
      const newInYear = yc.month ? newEnrolledOver(model, region.id, insurance, monthRange(`${year}-01`, yc.month)) : null;
      return { region, yc, a, newInYear };
    });
    const pyc = yearChange(model, PROVINCE, insurance, year);
    const pa = assessment.province.items[ii]!;
    const pNew = pyc.month ? newEnrolledOver(model, PROVINCE, insurance, monthRange(`${year}-01`, pyc.month)) : null;
    key.push(keyBlock(insurance, pyc, pa, pNew, final, lang));
    const sentence = annualSentence({ year, complete: period.complete, insurance: names.full, yc: pyc, a: pa }, lang);
    if (sentence) sentences.push(sentence);
    for (const r of rows) {
      if (r.yc.fell) {
        falls.push({
          region: r.region,
          insurance,
          text: en
            ? `${regionName(r.region, lang)}, ${name.toLowerCase()} insurance: ${formatCount(r.yc.enrolled!)} insured in ${formatMonthEn(r.yc.month!)}, down ${formatCount(-r.yc.change!)} from ${formatCount(r.yc.previous!)} in ${formatMonthEn(r.yc.previousMonth)} (${formatSignedPercent(r.yc.changeRatio!)}).`
            : `${r.region.name}${name}：${formatMonth(r.yc.month!)}参保${formatCount(r.yc.enrolled!)}人，比${formatMonth(r.yc.previousMonth)}的${formatCount(r.yc.previous!)}人减少${formatCount(-r.yc.change!)}人（${formatSignedPercent(r.yc.changeRatio!)}）。`,
        });
      }
    }
    const missingPrev = rows.filter((r) => r.yc.enrolled != null && r.yc.previous == null).map((r) => r.region);
    if (missingPrev.length && en) noPrevious.push(`${name}: ${nameList(missingPrev, lang)} had no figure for ${formatMonthEn(`${year - 1}-12`)}, so no comparison with the end of the previous year can be made.`);
    else if (missingPrev.length) noPrevious.push(`${name}：${nameList(missingPrev)}无${formatMonth(`${year - 1}-12`)}数据，无法与上年末比较。`);
    const notes: string[] = [];
    const late = rows.filter((r) => r.yc.month && r.yc.month !== expectedMonth);
    if (en) {
      if (late.length) notes.push(`${nameList(late.map((r) => r.region), lang)} did not report for ${formatMonthEn(expectedMonth)}: the table gives their latest month (in brackets)${final ? ', and the assessment cannot be made' : ''}.`);
      if (pyc.month && pyc.month !== expectedMonth) notes.push(`Not every region reported for ${formatMonthEn(expectedMonth)}: the province total is for ${formatMonthEn(pyc.month)}.`);
    } else if (late.length) notes.push(`${nameList(late.map((r) => r.region))}未报送${formatMonth(expectedMonth)}报表，表中为其最近一个月的数字（括注月份）${final ? '，年度考核无法评定' : ''}。`);
    if (!en && pyc.month && pyc.month !== expectedMonth) notes.push(`${formatMonth(expectedMonth)}有地区未报送，全省合计为${formatMonth(pyc.month)}的数字。`);
    const count = (check: 'enrolment' | 'rate') => {
      const set = rows.filter((r) => r.a[check].verdict !== 'no_target');
      const met = set.filter((r) => r.a[check].verdict === 'met').length;
      const notMet = set.filter((r) => r.a[check].verdict === 'not_met').length;
      return { n: set.length, met, notMet, unassessed: set.length - met - notMet };
    };
    const e = count('enrolment');
    const rt = count('rate');
    const phrase = (c: ReturnType<typeof count>, label: string, ok: string, bad: string) =>
      c.n ? `${label}：${c.n}个有目标的地区中${c.met}个${ok}，${c.notMet}个${bad}${c.unassessed ? `，${c.unassessed}个无法评定` : ''}` : '';
    const phraseEn = (c: ReturnType<typeof count>, label: string, ok: string, bad: string) =>
      c.n ? `${label}: of ${c.n} region${c.n === 1 ? '' : 's'} with a target, ${c.met} ${ok}, ${c.notMet} ${bad}${c.unassessed ? `, ${c.unassessed} cannot be assessed` : ''}` : '';
    const targetsEn =
      [final ? phraseEn(e, 'Insured persons', 'met it', 'missed it') : phraseEn(e, 'Insured persons', 'have met it', 'have not yet met it'), phraseEn(rt, 'Contribution rate', 'reached it', 'did not reach it')].filter(Boolean).join('. ') +
      (e.n || rt.n ? `${final ? '' : ` (data to ${formatMonthEn(period.latest)})`}.` : 'No region has a target.');
    const targets =
      en ? targetsEn : [final ? phrase(e, '参保人数', '完成', '未完成') : phrase(e, '参保人数', '已完成', '尚未完成'), phrase(rt, '缴费率', '达到', '未达到')].filter(Boolean).join('；') +
      (e.n || rt.n ? `${final ? '' : `（截至${formatMonth(period.latest)}）`}。` : '各地区均未设目标。');
    const table: RichTable = {
      caption: annualTableCaption(year, insurance, final, lang),
      rowHeader: en ? 'Region' : '地区',
      columns: en ? COLUMNS_EN : COLUMNS,
      rows: rows.map((r) => ({ ...regionRowHeader(model, r.region, year, lang), month: r.yc.month, cells: cells(r.yc, r.a, r.newInYear, final, expectedMonth, lang) })),
      foot: [{ header: (en ? REPORT_MEASURES_EN : REPORT_MEASURES).provinceTotal, month: pyc.month, cells: cells(pyc, pa, pNew, final, expectedMonth, lang) }],
      notes,
      ...(en ? { html: true } : {}),
    };
    markRichTable(table, model.revisions, { month: expectedMonth, insurance }, REVISED_COLUMNS, lang);
    const fellHere = rows.filter((r) => r.yc.fell);
    const withChange = rows.filter((r) => r.yc.changeRatio != null);
    const figure = withChange.length
      ? regionBarsFigure({
          id: `yoy-${insurance}-${year}`,
          title: en
            ? `${name} insurance: growth in insured persons since the end of the previous year by region, ${final ? `end of ${year}` : `${year} to ${formatMonthEn(period.latest)}`}`
            : `各地区${name}参保人数比上年末增长率（${year}年${final ? '末' : `，截至${formatMonth(period.latest)}`}）`,
          description: en
            ? `${formatMonthEn(expectedMonth)} against ${formatMonthEn(`${year - 1}-12`)}: ` +
              (fellHere.length
                ? `${listEn(fellHere.map((r) => plainRegionName(r.region, 'en')))} had fewer persons insured in ${name.toLowerCase()} insurance; the others had more or the same.`
                : `no region with a figure for the end of the previous year had fewer persons insured in ${name.toLowerCase()} insurance.`)
            : `${formatMonth(expectedMonth)}与${formatMonth(`${year - 1}-12`)}相比，` + (fellHere.length ? `${nameList(fellHere.map((r) => r.region))}${name}参保人数减少，其余地区增加或持平。` : `有上年末数据的地区${name}参保人数均未减少。`),
          bars: rows.map((r) => ({
            key: r.region.id,
            ...barLabel(r.region, lang),
            value: r.yc.changeRatio,
            highlight: r.yc.fell === true,
            note: r.yc.enrolled == null ? (en ? 'No data' : '无数据') : en ? 'No figure for end of previous year' : '上年末无数据',
          })),
          format: formatSignedPercent,
          axisFormat: (v) => `${Math.round(v * 1000) / 10}%`,
          barLabel: en ? 'Rise' : '增加',
          highlightLabel: en ? 'Fall' : '减少',
          valueLabel: KEY_WORDS[lang].report.growthRate,
          unit: 'percent',
          tableValue: (b) => formatSignedPercent(b.value!),
          measures: ['enrolled'],
          lang,
        })
      : null;
    return { insurance, name: names.full, anchor: insuranceAnchor(insurance), figure, table, tableId: reportTableId(period.slug, insurance), targets };
  });
  if (en) {
    return {
      header: reportHeader(model, period, lang),
      lead: period.complete
        ? `Insured persons in each region at the end of ${year}, the change since the end of the previous year, the targets met and the contribution rates. Notice No. 39 asks for the number insured to rise every year, so every fall on the end of the previous year is listed below.`
        : `${year} is not yet over. This summary uses data to ${formatMonthEn(period.latest)}, and the targets met are provisional; it will be updated with the year-end figures once the December reports are in.`,
      key,
      falls,
      noPrevious,
      sections,
      assessment: assessmentYearsOf(model).includes(year) ? { href: localHref(assessmentHref(year), lang), label: assessmentLabel(year, lang) } : null,
      sentences,
    };
  }
  return {
    header: reportHeader(model, period),
    lead: period.complete
      ? `${year}年末各地区参保人数、与上年末相比的增减、年度目标完成情况和缴费率。39号文要求参保人数逐年增加，凡比上年末减少的均在下文列出。`
      : `${year}年尚未结束，本总结数据截至${formatMonth(period.latest)}，目标完成情况为初步结果；12月报表报送后按年末数字更新。`,
    key,
    falls,
    noPrevious,
    sections,
    assessment: assessmentYearsOf(model).includes(year) ? { href: assessmentHref(year), label: `${year}年度考核` } : null,
    sentences,
  };
}
