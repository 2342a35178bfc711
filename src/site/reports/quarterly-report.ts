/**
 * The quarterly stage report (每季度末阶段报告): progress at the quarter's end
 * against the annual target, growth during the quarter, and the regions behind the
 * pace needed to finish the year (see src/stats/pace.ts for the definition).
 */
import type { Insurance, Region } from '../../data/types';
import { pacedKey, statusName, toneOf } from '../../stats/status';
import { INSURANCE_NAMES, MEASURE_NAMES, PACE_NAMES, QUARTER_NAMES, REPORT_MEASURES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, MEASURE_NAMES_EN, PACE_NAMES_EN, QUARTER_NAMES_EN, REPORT_MEASURES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatChangeEn, formatMonthEn, formatPersonsEn, listEn } from '../../format/en';
import { formatChange, formatCount, formatPercent, formatPersons, formatSignedCount } from '../../format/number';
import { PROVINCE, type Model } from '../../stats/model';
import { baselineMonth } from '../../stats/months';
import { yearShareElapsed } from '../../stats/pace';
import type { ReportPeriod } from '../../stats/periods';
import { quarterFigures, type QuarterFigures } from '../../stats/reports';
import type { FigureSpec } from '../figures/figures';
import { fallFlag, rateCell } from './monthly-report';
import { quarterlySentence } from './report-citation';
import { markRichTable } from '../revisions/mark-revisions';
import {
  barLabel,
  plainRegionName,
  regionName,
  personsColumn,
  percentColumn,
  dash,
  insuranceAnchor,
  nameList,
  periodName,
  regionRowHeader,
  reportHeader,
  reportTableId,
  type Cell,
  type KeyBlock,
  type KeyFigure,
  type PageHeader,
  type ReportSection,
  type RichTable,
} from './report-common';
import { SHARE_BARS, regionBarsFigure } from './report-tables';

/** A region behind the pace and how many persons it is short of the pace line. */
export interface BehindItem {
  region: Region;
  shortfall: number;
  /** "沈阳市（差7,002人）" */
  text: string;
}

/** One insurance of the quarterly report. */
export interface QuarterlySection extends ReportSection {
  behind: BehindItem[];
}

/** Everything the quarterly report page shows. */
export interface QuarterlyReportView {
  header: PageHeader;
  lead: string;
  /** The month the quarter's figures are at (its third month, or the latest while in progress). */
  month: string;
  /** month / 12. */
  pace: number;
  key: KeyBlock[];
  sections: QuarterlySection[];
  /** How pace is defined, for the 口径说明 section. */
  method: string[];
  /** Copy-ready sentences of the province's figures, for 引用本页. */
  sentences: string[];
}

const COLUMNS = [
  personsColumn('季末参保人数'),
  personsColumn(MEASURE_NAMES.target),
  percentColumn(MEASURE_NAMES.completion),
  personsColumn(REPORT_MEASURES.growthInQuarter),
  personsColumn(REPORT_MEASURES.newInQuarter),
  percentColumn(REPORT_MEASURES.growthCompletion),
  { label: '进度状况' },
  percentColumn(MEASURE_NAMES.contributionRate),
];

const COLUMNS_EN = [
  personsColumn('Insured at quarter end'),
  personsColumn(MEASURE_NAMES_EN.target),
  percentColumn(MEASURE_NAMES_EN.completion),
  personsColumn(REPORT_MEASURES_EN.growthInQuarter),
  personsColumn(REPORT_MEASURES_EN.newInQuarter),
  percentColumn(REPORT_MEASURES_EN.growthCompletion),
  { label: 'Against the pace' },
  percentColumn(MEASURE_NAMES_EN.contributionRate),
];

/** The column of a figure revisions can touch directly: the quarter-end enrolment (the others are computed or summed). */
const REVISED_COLUMNS = [['enrolled', 0]] as const;

/** The caption of a quarterly report's table for one insurance. */
export function quarterlyTableCaption(year: number, quarter: number, insurance: Insurance, lang: Lang = 'zh'): string {
  if (lang === 'en') return `${INSURANCE_NAMES_EN[insurance].short} insurance: progress by region, ${QUARTER_NAMES_EN[quarter - 1]!.toLowerCase()} ${year} (persons)`;
  return `${year}年${QUARTER_NAMES[quarter - 1]}各地区${INSURANCE_NAMES[insurance].short}扩面进度（人）`;
}

/** The pace status of an area as a cell, in the site's status words (src/stats/status.ts), with the persons behind or ahead. */
export function paceCell(q: QuarterFigures, lang: Lang = 'zh'): Cell {
  const p = q.pace;
  const { key, persons } = pacedKey(p);
  const label = statusName(key, 'in_progress', lang);
  const tone = toneOf(key);
  const expected = p.expected != null ? formatCount(Math.ceil(p.expected)) : null;
  if (lang === 'en') {
    const text = persons != null && persons !== 0 ? `${label} by ${formatCount(Math.abs(persons))}` : label;
    return { text, tone: tone === 'neutral' ? undefined : tone, ...(expected != null ? { title: `Expected at this pace: ${expected}` } : {}) };
  }
  const text = persons != null && persons !== 0 ? `${label}${formatCount(Math.abs(persons))}人` : label;
  return { text, tone: tone === 'neutral' ? undefined : tone, ...(expected != null ? { title: `按进度应达${expected}人` } : {}) };
}

function rowCells(q: QuarterFigures, lang: Lang): Cell[] {
  const en = lang === 'en';
  const at = q.point;
  const month = en ? formatMonthEn : formatMonth;
  const enrolled: Cell = at
    ? { text: `${formatCount(at.enrolled!)}${q.stale ? (en ? ` (${month(at.month)})` : `（${month(at.month)}）`) : ''}`, value: at.enrolled, tone: q.stale ? 'warn' : undefined }
    : { text: en ? 'No data' : '无数据', tone: 'warn' };
  return [
    enrolled,
    q.target != null ? { text: formatCount(q.target), value: q.target } : { text: en ? 'No target' : '未设目标' },
    q.completion != null ? { text: formatPercent(q.completion), value: q.completion } : dash,
    q.growth != null ? { text: formatSignedCount(q.growth), value: q.growth, ...(q.growth < 0 ? { tone: 'bad' as const, flag: fallFlag(lang) } : {}) } : dash,
    q.newEnrolled != null ? { text: formatCount(q.newEnrolled), value: q.newEnrolled } : dash,
    q.pace.growthCompletion != null
      ? { text: formatPercent(q.pace.growthCompletion), value: q.pace.growthCompletion }
      : q.pace.planned != null && q.pace.planned <= 0
        ? en
          ? { text: 'No growth planned', title: 'The target is not above the number insured at the end of the previous year' }
          : { text: '无净增任务', title: '目标不高于上年末参保人数' }
        : dash,
    paceCell(q, lang),
    at ? rateCell(at.contributionRate, q.rateTarget, lang) : dash,
  ];
}

function keyBlockEn(insurance: Insurance, q: QuarterFigures, behindCount: number, withTargets: number): KeyBlock {
  const heading = INSURANCE_NAMES_EN[insurance].full;
  const href = `#${insuranceAnchor(insurance)}`;
  if (!q.point) return { heading, href, figures: [], note: 'No province total this quarter.' };
  const at = q.point;
  const figures: KeyFigure[] = [
    { label: q.stale ? `Insured persons (${formatMonthEn(at.month)})` : 'Insured at quarter end', value: formatPersonsEn(at.enrolled!), title: formatCount(at.enrolled!) },
  ];
  if (q.completion != null) figures.push({ label: 'Share of annual target', value: formatPercent(q.completion), detail: `Target ${formatPersonsEn(q.target!)}` });
  if (q.growth != null) figures.push({ label: REPORT_MEASURES_EN.growthInQuarter, value: formatChangeEn(q.growth), title: formatSignedCount(q.growth), tone: q.growth < 0 ? 'bad' : undefined, flag: q.growth < 0 ? fallFlag('en') : undefined });
  if (q.pace.growthCompletion != null) {
    figures.push({
      label: REPORT_MEASURES_EN.growthCompletion,
      value: formatPercent(q.pace.growthCompletion),
      detail: `${REPORT_MEASURES_EN.pace}: ${formatPercent(q.pace.share!)}`,
      tone: q.pace.status === 'behind' ? 'bad' : 'good',
      flag: q.pace.status === 'behind' ? 'behind' : 'not behind',
    });
  }
  if (withTargets) figures.push({ label: 'Regions behind pace', value: String(behindCount), detail: `of ${withTargets} with a target` });
  return { heading, href, figures, note: q.stale ? `Not every region reported for the quarter end: the province figure is for ${formatMonthEn(at.month)}.` : undefined };
}

function keyBlock(insurance: Insurance, q: QuarterFigures, behindCount: number, withTargets: number): KeyBlock {
  const name = INSURANCE_NAMES[insurance].full;
  const href = `#${insuranceAnchor(insurance)}`;
  if (!q.point) return { heading: name, href, figures: [], note: '本季度无全省合计。' };
  const at = q.point;
  const figures: KeyFigure[] = [
    { label: q.stale ? `参保人数（${formatMonth(at.month)}）` : '季末参保人数', value: formatPersons(at.enrolled!), title: `${formatCount(at.enrolled!)}人` },
  ];
  if (q.completion != null) figures.push({ label: '完成年度目标', value: formatPercent(q.completion), detail: `目标${formatPersons(q.target!)}` });
  if (q.growth != null) figures.push({ label: REPORT_MEASURES.growthInQuarter, value: `${formatChange(q.growth)}人`, title: `${formatSignedCount(q.growth)}人`, tone: q.growth < 0 ? 'bad' : undefined, flag: q.growth < 0 ? '减少' : undefined });
  if (q.pace.growthCompletion != null) {
    figures.push({
      label: REPORT_MEASURES.growthCompletion,
      value: formatPercent(q.pace.growthCompletion),
      detail: `时间进度${formatPercent(q.pace.share!)}`,
      tone: q.pace.status === 'behind' ? 'bad' : 'good',
      flag: q.pace.status === 'behind' ? '落后' : '不落后',
    });
  }
  if (withTargets) figures.push({ label: '落后于时间进度的地区', value: `${behindCount}个`, detail: `有目标的地区共${withTargets}个` });
  const notes: string[] = [];
  if (q.stale) notes.push(`季末有地区未报送，全省数字为${formatMonth(at.month)}。`);
  return { heading: name, href, figures, note: notes.join('') || undefined };
}

/** The quarterly stage report of `period` (a quarter). */
export function quarterlyReportView(model: Model, period: ReportPeriod, lang: Lang = 'zh'): QuarterlyReportView {
  const en = lang === 'en';
  const { year, quarter } = period;
  const month = period.complete ? period.last : period.latest;
  const share = yearShareElapsed(month);
  const key: KeyBlock[] = [];
  const sentences: string[] = [];
  const sections = model.insurances.map((insurance): QuarterlySection => {
    const names = (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance];
    const name = names.short;
    const regions = model.regionsReporting(insurance);
    const rows = regions.map((region) => ({ region, q: quarterFigures(model, region.id, insurance, year, quarter!, period.latest) }));
    const province = quarterFigures(model, PROVINCE, insurance, year, quarter!, period.latest);
    const behind = rows.filter((r) => r.q.pace.status === 'behind');
    const withTargets = rows.filter((r) => r.q.target != null).length;
    key.push(en ? keyBlockEn(insurance, province, behind.length, withTargets) : keyBlock(insurance, province, behind.length, withTargets));
    const sentence = quarterlySentence({ period: periodName(period, lang), complete: period.complete, pace: share, insurance: names.full, q: province, behind: behind.length, withTargets }, lang);
    if (sentence) sentences.push(sentence);
    const stale = rows.filter((r) => r.q.stale && r.q.point);
    const none = rows.filter((r) => !r.q.point);
    const noBaseline = rows.filter((r) => r.q.pace.status === 'no_baseline');
    const regionList = (x: typeof rows) => nameList(x.map((r) => r.region), lang);
    const notesEn = [
      ...(stale.length ? [`${regionList(stale)} did not report for ${formatMonthEn(month)}: the table gives their latest month (in brackets), and their progress is judged at that month.`] : []),
      ...(none.length ? [`${regionList(none)} ${none.length === 1 ? 'has' : 'have'} no report for this year yet.`] : []),
      ...(noBaseline.length ? [`${regionList(noBaseline)} had no figure for ${formatMonthEn(baselineMonth(year))}, so progress on the planned growth cannot be worked out.`] : []),
    ];
    const notes: string[] = [];
    if (stale.length) notes.push(`${nameList(stale.map((r) => r.region))}未报送${formatMonth(month)}报表，表中为其最近一个月的数字（括注月份），进度按该月计算。`);
    if (none.length) notes.push(`${nameList(none.map((r) => r.region))}本年度尚无报表。`);
    if (noBaseline.length) notes.push(`${nameList(noBaseline.map((r) => r.region))}无${formatMonth(baselineMonth(year))}数据，无法计算净增任务进度。`);
    const table: RichTable = {
      caption: quarterlyTableCaption(year, quarter!, insurance, lang),
      rowHeader: en ? 'Region' : '地区',
      columns: en ? COLUMNS_EN : COLUMNS,
      rows: rows.map(({ region, q }) => ({ ...regionRowHeader(model, region, year, lang), month: q.point?.month ?? null, cells: rowCells(q, lang) })),
      foot: [{ header: (en ? REPORT_MEASURES_EN : REPORT_MEASURES).provinceTotal, month: province.point?.month ?? null, cells: rowCells(province, lang) }],
      notes: en ? notesEn : notes,
      ...(en ? { html: true } : {}),
    };
    markRichTable(table, model.revisions, { month, insurance }, REVISED_COLUMNS, lang);
    const paceNames = en ? PACE_NAMES_EN : PACE_NAMES;
    const bars = rows
      .filter((r) => r.q.target != null)
      .map(({ region, q }) => ({
        key: region.id,
        ...barLabel(region, lang),
        value: q.pace.status === 'met' && q.pace.growthCompletion == null ? null : q.pace.growthCompletion,
        highlight: q.pace.status === 'behind',
        note: q.pace.status === 'met' ? paceNames.met : q.pace.planned != null && q.pace.planned <= 0 ? (en ? 'No growth planned' : '无净增任务') : paceNames[q.pace.status],
      }));
    const figure = en
      ? regionBarsFigure({
          id: `pace-${insurance}-${period.slug}`,
          title: `${name} insurance: ${REPORT_MEASURES_EN.growthCompletion.toLowerCase()} by region, ${formatMonthEn(month)}`,
          description:
            `By ${formatMonthEn(month)}, ${formatPercent(share)} of the year had elapsed. ` +
            (behind.length ? `${listEn(behind.map((r) => plainRegionName(r.region, 'en')))} ${behind.length === 1 ? 'was' : 'were'} behind that pace. ` : 'No region was behind that pace. ') +
            'Share of planned growth achieved = (insured persons − insured at the end of the previous year) ÷ (annual target − insured at the end of the previous year).',
          bars,
          ...SHARE_BARS,
          reference: { value: share, label: `Year elapsed ${formatPercent(share)}` },
          barLabel: PACE_NAMES_EN.on_pace,
          highlightLabel: PACE_NAMES_EN.behind,
          valueLabel: REPORT_MEASURES_EN.growthCompletion,
          measures: ['enrolled', 'target'],
          notes: stale.length ? [`${listEn(stale.map((r) => plainRegionName(r.region, 'en')))}: judged against the share of the year elapsed at their latest month reported.`] : [],
          lang,
        })
      : regionBarsFigure({
      id: `pace-${insurance}-${period.slug}`,
      title: `各地区${name}${REPORT_MEASURES.growthCompletion}（${formatMonth(month)}）`,
      description:
        `${formatMonth(month)}时间进度为${formatPercent(share)}。` +
        (behind.length ? `${nameList(behind.map((r) => r.region))}落后于时间进度。` : '没有地区落后于时间进度。') +
        `净增任务进度＝（参保人数－上年末参保人数）÷（年度目标－上年末参保人数）。`,
      bars,
      ...SHARE_BARS,
      reference: { value: share, label: `时间进度 ${formatPercent(share)}` },
      barLabel: PACE_NAMES.on_pace,
      highlightLabel: '落后于时间进度',
      valueLabel: REPORT_MEASURES.growthCompletion,
      measures: ['enrolled', 'target'],
      notes: stale.length ? [`${nameList(stale.map((r) => r.region))}按其最近报送月份的时间进度判断。`] : [],
    });
    return {
      insurance,
      name: names.full,
      anchor: insuranceAnchor(insurance),
      figure,
      table,
      tableId: reportTableId(period.slug, insurance),
      behind: behind.map(({ region, q }) => ({
        region,
        shortfall: q.pace.shortfall!,
        text: en
          ? `${regionName(region, lang)} (short by ${formatCount(q.pace.shortfall!)}${q.stale ? `, at ${formatMonthEn(q.point!.month)}` : ''})`
          : `${region.name}（差${formatCount(q.pace.shortfall!)}人${q.stale ? `，按${formatMonth(q.point!.month)}` : ''}）`,
      })),
    };
  });
  if (en) {
    const qName = `the ${QUARTER_NAMES_EN[quarter! - 1]!.toLowerCase()} of ${year}`;
    return {
      header: reportHeader(model, period, lang),
      lead: period.complete
        ? `Progress of each region at the end of ${qName} (${formatMonthEn(month)}): the share of the annual target reached, the net growth over the quarter, and the regions behind the pace needed to reach the target.`
        : `${qName[0]!.toUpperCase()}${qName.slice(1)} is not yet over. This report uses data to ${formatMonthEn(month)} and will be updated with the quarter-end figures.`,
      month,
      pace: share,
      key,
      sections,
      method: [
        `${MEASURE_NAMES_EN.completion} = insured persons ÷ annual target, as on the progress pages.`,
        `Notice No. 39 sets annual plans (a target for the number insured at the end of the year). To judge progress within the year, this report spreads the planned net growth (annual target − insured at the end of the previous year) evenly over the months: at the end of month m, the ${REPORT_MEASURES_EN.pace.toLowerCase()} is m ÷ 12 (25% at the end of March, 50% at the end of June, 75% at the end of September).`,
        `${REPORT_MEASURES_EN.growthCompletion} = (insured persons − insured at the end of the previous year) ÷ (annual target − insured at the end of the previous year). A region below the share of the year elapsed is behind pace; the gap is the number expected at this pace (insured at the end of the previous year + planned growth × share of year elapsed) less the number insured.`,
        'A region that has already reached its annual target is not behind. A region whose target is not above its number insured at the end of the previous year has no growth planned: it is behind while it is below the target, by the difference. Without a figure for the end of the previous year, progress cannot be judged.',
        'Where a region has not reported for the last month of the quarter, its latest month is used, judged against the share of the year elapsed at that month, and the month is given. The province total is left empty, not estimated, for any month in which a region has not reported.',
      ],
      sentences,
    };
  }
  const qName = `${year}年${QUARTER_NAMES[quarter! - 1]}`;
  return {
    header: reportHeader(model, period),
    lead: period.complete
      ? `${qName}末（${formatMonth(month)}）各地区扩面计划完成进度：对照年度目标的完成率、季内净增参保人数，以及落后于时间进度的地区。`
      : `${qName}尚未结束，本报告数据截至${formatMonth(month)}，季度结束后将按季末数字更新。`,
    month,
    pace: share,
    key,
    sections,
    method: [
      `${MEASURE_NAMES.completion}＝参保人数÷年度目标，与进展页面一致。`,
      `39号文下达的是年度计划（年末参保人数目标）。为判断季度进度，本报告把全年需要净增的人数（年度目标－上年末参保人数）按月平均分配：到第m月末，${REPORT_MEASURES.pace}＝m÷12（3月末25%，6月末50%，9月末75%）。`,
      `${REPORT_MEASURES.growthCompletion}＝（参保人数－上年末参保人数）÷（年度目标－上年末参保人数）。低于时间进度即“落后于时间进度”，差额为按进度应达人数（上年末参保人数＋全年净增任务×时间进度）与实际参保人数之差。`,
      '已达到年度目标的地区不算落后。年度目标不高于上年末参保人数的地区没有净增任务，参保人数低于目标时算落后，差额为与目标之差。缺上年末数据的地区无法判断进度。',
      '地区未报送季末月份报表的，使用其最近一个月的数字，按该月的时间进度判断，并注明月份。全省合计在有地区未报送的月份空缺，不作估算。',
    ],
    sentences,
  };
}
