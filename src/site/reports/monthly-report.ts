/**
 * The monthly report (按月报表) of one month: every region and insurance — enrolled,
 * change from the previous month, new enrolments, contribution rates — and the
 * province total, which is left empty when any region missed the month.
 */
import type { Insurance, Month } from '../../data/types';
import { formatInWan } from '../../format/number';
import { INSURANCE_NAMES, MEASURE_NAMES, REPORT_MEASURES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, MEASURE_NAMES_EN, REPORT_MEASURES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatAxisEn, formatChangeEn, formatMonthEn, formatPersonsEn, listEn } from '../../format/en';
import { formatAxisWan, formatChange, formatCount, formatPercent, formatPercentAgainst, formatPercentValue, formatPersons, formatSignedCount, formatWan } from '../../format/number';
import { PROVINCE, type Model } from '../../stats/model';
import { previousMonth } from '../../stats/months';
import type { ReportPeriod } from '../../stats/periods';
import { monthFigures, type MonthFigures } from '../../stats/reports';
import type { FigureSpec } from '../figures/figures';
import { monthlySentence } from './report-citation';
import { markRichTable } from '../revisions/mark-revisions';
import { personsColumn, percentColumn, dash, barLabel, insuranceAnchor, nameList, plainRegionName, reportHeader, reportTableId, regionRowHeader, type Cell, type KeyBlock, type KeyFigure, type PageHeader, type RichRow, type ReportSection, type RichTable } from './report-common';
import { regionBarsFigure } from './report-tables';

/** One insurance of the monthly report. */
export type MonthlySection = ReportSection;

/** Everything the monthly report page shows. */
export interface MonthlyReportView {
  header: PageHeader;
  lead: string;
  /** Which regions have not reported the month (per insurance), in words; empty when all did. */
  missing: string[];
  key: KeyBlock[];
  sections: MonthlySection[];
  /** Copy-ready sentences of the province's figures, for 引用本页. */
  sentences: string[];
}

const COLUMNS = [
  personsColumn(MEASURE_NAMES.enrolled),
  personsColumn(REPORT_MEASURES.changeFromPreviousMonth),
  personsColumn(MEASURE_NAMES.newEnrolled),
  percentColumn(MEASURE_NAMES.contributionRate),
  { label: `${MEASURE_NAMES.newContributionRate}（目标100%）`, numeric: true, unit: 'percent' as const },
  { label: `${MEASURE_NAMES.completion}（年度目标）`, numeric: true, unit: 'percent' as const },
];

const COLUMNS_EN = [
  personsColumn(MEASURE_NAMES_EN.enrolled),
  personsColumn(REPORT_MEASURES_EN.changeFromPreviousMonth),
  personsColumn(MEASURE_NAMES_EN.newEnrolled),
  percentColumn(MEASURE_NAMES_EN.contributionRate),
  { label: `${MEASURE_NAMES_EN.newContributionRate} (target 100%)`, numeric: true, unit: 'percent' as const },
  { label: `${MEASURE_NAMES_EN.completion} (annual target)`, numeric: true, unit: 'percent' as const },
];

/** The columns of figures revisions can touch directly (the others are computed from them). */
const REVISED_COLUMNS = [['enrolled', 0], ['newEnrolled', 2]] as const;

/** The caption of a monthly report's table for one insurance. */
export function monthlyTableCaption(month: Month, insurance: Insurance, lang: Lang = 'zh'): string {
  if (lang === 'en') return `${INSURANCE_NAMES_EN[insurance].short} insurance by region, ${formatMonthEn(month)} (persons)`;
  return `${formatMonth(month)}各地区${INSURANCE_NAMES[insurance].short}月报（人）`;
}

/** Contribution-rate cell: marked when not above its target (the notice: 高于90%). */
export function rateCell(rate: number | null, target: number | null, lang: Lang = 'zh'): Cell {
  if (rate == null) return dash;
  const text = formatPercentAgainst(rate, target);
  if (target != null && !(rate > target)) {
    if (lang === 'en') return { text, value: rate, tone: 'bad', flag: 'below target', title: `Target: above ${formatPercentValue(target * 100)}` };
    return { text, value: rate, tone: 'bad', flag: '未达标', title: `目标高于${formatPercentValue(target * 100)}` };
  }
  return { text, value: rate };
}

/** New enrolees' rate cell, against the notice's 100% aim. */
export function newRateCell(rate: number | null, lang: Lang = 'zh'): Cell {
  if (rate == null) return dash;
  const gap = formatPercentValue(Math.round((1 - rate) * 1000) / 10);
  return { text: formatPercent(rate), value: rate, ...(rate < 1 ? { title: lang === 'en' ? `${gap.slice(0, -1)} percentage points below 100%` : `比100%低${gap}个百分点` } : {}) };
}

/** The flag of a fall (减少), in the page's language. */
export function fallFlag(lang: Lang = 'zh'): string {
  return lang === 'en' ? 'fall' : '减少';
}

function changeCell(change: number | null, lang: Lang): Cell {
  if (change == null) return dash;
  return change < 0 ? { text: formatSignedCount(change), value: change, tone: 'bad', flag: fallFlag(lang) } : { text: formatSignedCount(change), value: change };
}

function row(f: MonthFigures, lang: Lang): Cell[] {
  if (!f.reported) return [{ text: (lang === 'en' ? REPORT_MEASURES_EN : REPORT_MEASURES).notReported, tone: 'warn' }, dash, dash, dash, dash, dash];
  const p = f.point;
  return [
    { text: formatCount(p.enrolled!), value: p.enrolled },
    changeCell(f.change, lang),
    p.newEnrolled != null ? { text: formatCount(p.newEnrolled), value: p.newEnrolled } : dash,
    rateCell(p.contributionRate, f.rateTarget, lang),
    newRateCell(p.newContributionRate, lang),
    f.completion != null ? { text: formatPercent(f.completion), value: f.completion } : dash,
  ];
}

/** The key figures of the province for one insurance in a month, in English. */
function keyBlockEn(model: Model, insurance: Insurance, f: MonthFigures): KeyBlock {
  const heading = INSURANCE_NAMES_EN[insurance].full;
  const href = `#${insuranceAnchor(insurance)}`;
  if (!f.reported) {
    const missing = model.missingReports(insurance, f.month);
    return { heading, href, figures: [], note: missing.length ? 'Not every region reported this month: the province total is left empty, not estimated.' : 'No province total this month.' };
  }
  const p = f.point;
  const figures: KeyFigure[] = [{ label: MEASURE_NAMES_EN.enrolled, value: formatPersonsEn(p.enrolled!), title: formatCount(p.enrolled!) }];
  if (f.change != null) figures.push({ label: REPORT_MEASURES_EN.changeFromPreviousMonth, value: formatChangeEn(f.change), title: formatSignedCount(f.change), tone: f.change < 0 ? 'bad' : undefined, flag: f.change < 0 ? fallFlag('en') : undefined });
  if (p.newEnrolled != null) figures.push({ label: 'Newly insured this month', value: formatPersonsEn(p.newEnrolled), title: formatCount(p.newEnrolled) });
  if (f.completion != null) figures.push({ label: 'Share of annual target', value: formatPercent(f.completion), detail: `Target ${formatPersonsEn(f.target!)}` });
  if (p.contributionRate != null) {
    const met = f.rateTarget == null ? null : p.contributionRate > f.rateTarget;
    figures.push({
      label: MEASURE_NAMES_EN.contributionRate,
      value: formatPercentAgainst(p.contributionRate, f.rateTarget),
      detail: f.rateTarget != null ? `Target: above ${formatPercentValue(f.rateTarget * 100)}` : undefined,
      tone: met === false ? 'bad' : met ? 'good' : undefined,
      flag: met === false ? 'not met' : met ? 'met' : undefined,
    });
  }
  if (p.newContributionRate != null) figures.push({ label: MEASURE_NAMES_EN.newContributionRate, value: formatPercent(p.newContributionRate), detail: 'Target 100%' });
  return { heading, href, figures };
}

/** The key figures of the province for one insurance in a month. */
function keyBlock(model: Model, insurance: Insurance, f: MonthFigures): KeyBlock {
  const name = INSURANCE_NAMES[insurance].full;
  const href = `#${insuranceAnchor(insurance)}`;
  if (!f.reported) {
    const missing = model.missingReports(insurance, f.month);
    return {
      heading: name,
      href,
      figures: [],
      note: missing.length ? `${nameList(missing)}未报送本月报表，全省合计空缺，未作估算。` : '本月无全省合计。',
    };
  }
  const p = f.point;
  const figures: KeyFigure[] = [{ label: MEASURE_NAMES.enrolled, value: formatPersons(p.enrolled!), title: `${formatCount(p.enrolled!)}人` }];
  if (f.change != null) figures.push({ label: REPORT_MEASURES.changeFromPreviousMonth, value: `${formatChange(f.change)}人`, title: `${formatSignedCount(f.change)}人`, tone: f.change < 0 ? 'bad' : undefined, flag: f.change < 0 ? '减少' : undefined });
  if (p.newEnrolled != null) figures.push({ label: '本月新增参保', value: formatPersons(p.newEnrolled), title: `${formatCount(p.newEnrolled)}人` });
  if (f.completion != null) figures.push({ label: '完成年度目标', value: formatPercent(f.completion), detail: `目标${formatPersons(f.target!)}` });
  if (p.contributionRate != null) {
    const met = f.rateTarget == null ? null : p.contributionRate > f.rateTarget;
    figures.push({
      label: MEASURE_NAMES.contributionRate,
      value: formatPercentAgainst(p.contributionRate, f.rateTarget),
      detail: f.rateTarget != null ? `目标高于${formatPercentValue(f.rateTarget * 100)}` : undefined,
      tone: met === false ? 'bad' : met ? 'good' : undefined,
      flag: met === false ? '未达到' : met ? '达到' : undefined,
    });
  }
  if (p.newContributionRate != null) figures.push({ label: MEASURE_NAMES.newContributionRate, value: formatPercent(p.newContributionRate), detail: '目标100%' });
  return { heading: name, href, figures };
}

/** The monthly report of `period` (a month). */
export function monthlyReportView(model: Model, period: ReportPeriod, lang: Lang = 'zh'): MonthlyReportView {
  const en = lang === 'en';
  const month = period.first;
  const year = period.year;
  const insurances = model.insurances;
  const missing: string[] = [];
  const key: KeyBlock[] = [];
  const sentences: string[] = [];
  const sections = insurances.map((insurance): MonthlySection => {
    const name = (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].short;
    const regions = model.regionsReporting(insurance);
    const figures = regions.map((region) => ({ region, f: monthFigures(model, region.id, insurance, month) }));
    const province = monthFigures(model, PROVINCE, insurance, month);
    key.push(en ? keyBlockEn(model, insurance, province) : keyBlock(model, insurance, province));
    const notReported = figures.filter((x) => !x.f.reported).map((x) => x.region);
    if (notReported.length) missing.push(en ? `${name}: ${nameList(notReported, lang)}` : `${name}：${nameList(notReported)}`);
    const rows: RichRow[] = figures.map(({ region, f }) => ({ ...regionRowHeader(model, region, year, lang), cells: row(f, lang) }));
    const notes: string[] = [];
    if (!province.reported && notReported.length) {
      notes.push(en ? `${nameList(notReported, lang)} did not report this month: the province total is left empty, not estimated.` : `${nameList(notReported)}未报送本月报表，全省合计空缺，未作估算。`);
    }
    const noPrevious = figures.filter((x) => x.f.reported && x.f.change == null).map((x) => x.region);
    if (noPrevious.length && noPrevious.length < figures.length) {
      notes.push(
        en
          ? `${nameList(noPrevious, lang)} had no figure for ${formatMonthEn(previousMonth(month))}, so the change on the previous month cannot be worked out.`
          : `${nameList(noPrevious)}无${formatMonth(previousMonth(month))}数据，无法计算比上月增减。`,
      );
    }
    const table: RichTable = {
      caption: monthlyTableCaption(month, insurance, lang),
      rowHeader: en ? 'Region' : '地区',
      columns: en ? COLUMNS_EN : COLUMNS,
      rows,
      foot: [{ header: (en ? REPORT_MEASURES_EN : REPORT_MEASURES).provinceTotal, cells: row(province, lang) }],
      notes,
      ...(en ? { html: true } : {}),
    };
    markRichTable(table, model.revisions, { month, insurance }, REVISED_COLUMNS, lang);
    const withChange = figures.filter((x) => x.f.change != null);
    const fell = withChange.filter((x) => x.f.change! < 0);
    // One unit in the whole chart (万 in Chinese, exact counts in the table): +0.78万 beside +1.78万, never +7,793.
    const axis = en ? formatAxisEn : formatInWan;
    const others = withChange.length - fell.length;
    const figure = withChange.length
      ? regionBarsFigure({
          id: `change-${insurance}-${month}`,
          title: en
            ? `${name} insurance: change in insured persons on the previous month by region, ${formatMonthEn(month)}`
            : `各地区${name}参保人数比上月增减（${formatMonth(month)}）`,
          description: en
            ? fell.length
              ? `In ${formatMonthEn(month)}, ${listEn(fell.map((x) => plainRegionName(x.region, 'en')))} had fewer persons insured in ${name.toLowerCase()} insurance than in the previous month; the other ${others === 1 ? 'region' : `${others} regions`} had more or the same.`
              : `In ${formatMonthEn(month)}, all ${withChange.length} regions had as many or more persons insured in ${name.toLowerCase()} insurance than in the previous month.`
            : fell.length
              ? `${formatMonth(month)}，${nameList(fell.map((x) => x.region))}${name}参保人数比上月减少，其余${others}个地区增加或持平。`
              : `${formatMonth(month)}，${withChange.length}个地区${name}参保人数均比上月增加或持平。`,
          bars: figures.map(({ region, f }) => ({
            key: region.id,
            ...barLabel(region, lang),
            value: f.change,
            highlight: f.change != null && f.change < 0,
            note: f.reported ? (en ? 'No figure for previous month' : '无上月数据') : (en ? REPORT_MEASURES_EN : REPORT_MEASURES).notReported,
          })),
          format: (n) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${axis(Math.abs(n))}`),
          axisFormat: (n) => (n === 0 ? '0' : axis(n)),
          barLabel: en ? 'Rise' : '增加',
          highlightLabel: en ? 'Fall' : '减少',
          valueLabel: en ? `${REPORT_MEASURES_EN.changeFromPreviousMonth} (persons)` : `${REPORT_MEASURES.changeFromPreviousMonth}（人）`,
          unit: 'persons',
          tableValue: (b) => formatSignedCount(b.value!),
          measures: ['enrolled'],
          lang,
        })
      : null;
    const sentence = monthlySentence((en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].full, province, notReported.map((r) => plainRegionName(r, lang)), lang);
    if (sentence) sentences.push(sentence);
    return { insurance, name: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].full, anchor: insuranceAnchor(insurance), figure, table, tableId: reportTableId(period.slug, insurance) };
  });
  return {
    header: reportHeader(model, period, lang),
    lead: en
      ? `Insured persons, contributions and the newly insured in ${formatMonthEn(month)}, as each region reported them for the month. The province total is the sum of the cities and the provincial level; when a region has not reported, the total is left empty, not estimated.`
      : `${formatMonth(month)}各地区按月报送的参保、缴费和新增参保情况。全省合计为各市与省本级之和；有地区未报送时全省合计空缺，不作估算。`,
    missing,
    key,
    sections,
    sentences,
  };
}
