/**
 * The quarterly stage report (每季度末阶段报告): progress at the quarter's end
 * against the annual target, growth during the quarter, and the regions behind the
 * pace needed to finish the year (see src/stats/pace.ts for the definition).
 */
import type { Insurance, Region } from '../../data/types';
import { pacedKey, statusName, toneOf } from '../../stats/status';
import { INSURANCE_NAMES, MEASURE_NAMES, PACE_NAMES, QUARTER_NAMES, REPORT_MEASURES } from '../../i18n/glossary';
import { formatMonth } from '../../format/date';
import { formatChange, formatCount, formatPercent, formatPersons, formatSignedCount } from '../../format/number';
import { PROVINCE, type Model } from '../../stats/model';
import { baselineMonth } from '../../stats/months';
import { yearShareElapsed } from '../../stats/pace';
import type { ReportPeriod } from '../../stats/periods';
import { quarterFigures, type QuarterFigures } from '../../stats/reports';
import type { FigureSpec } from '../figures/figures';
import { rateCell } from './monthly-report';
import { quarterlySentence } from './report-citation';
import { markRichTable } from '../revisions/mark-revisions';
import {
  SHARE_BARS,
  personsColumn,
  percentColumn,
  dash,
  insuranceAnchor,
  nameList,
  periodName,
  regionBarsFigure,
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

/** The column of a figure revisions can touch directly: the quarter-end enrolment (the others are computed or summed). */
const REVISED_COLUMNS = [['enrolled', 0]] as const;

/** The caption of a quarterly report's table for one insurance. */
export function quarterlyTableCaption(year: number, quarter: number, insurance: Insurance): string {
  return `${year}年${QUARTER_NAMES[quarter - 1]}各地区${INSURANCE_NAMES[insurance].short}扩面进度（人）`;
}

/** The pace status of an area as a cell, in the site's status words (src/stats/status.ts), with the persons behind or ahead. */
export function paceCell(q: QuarterFigures): Cell {
  const p = q.pace;
  const { key, persons } = pacedKey(p);
  const label = statusName(key, 'in_progress');
  const tone = toneOf(key);
  const text = persons != null && persons !== 0 ? `${label}${formatCount(Math.abs(persons))}人` : label;
  return { text, tone: tone === 'neutral' ? undefined : tone, ...(p.expected != null ? { title: `按进度应达${formatCount(Math.ceil(p.expected))}人` } : {}) };
}

function rowCells(q: QuarterFigures): Cell[] {
  const at = q.point;
  const enrolled: Cell = at ? { text: `${formatCount(at.enrolled!)}${q.stale ? `（${formatMonth(at.month)}）` : ''}`, value: at.enrolled, tone: q.stale ? 'warn' : undefined } : { text: '无数据', tone: 'warn' };
  return [
    enrolled,
    q.target != null ? { text: formatCount(q.target), value: q.target } : { text: '未设目标' },
    q.completion != null ? { text: formatPercent(q.completion), value: q.completion } : dash,
    q.growth != null ? { text: formatSignedCount(q.growth), value: q.growth, ...(q.growth < 0 ? { tone: 'bad' as const, flag: '减少' } : {}) } : dash,
    q.newEnrolled != null ? { text: formatCount(q.newEnrolled), value: q.newEnrolled } : dash,
    q.pace.growthCompletion != null ? { text: formatPercent(q.pace.growthCompletion), value: q.pace.growthCompletion } : q.pace.planned != null && q.pace.planned <= 0 ? { text: '无净增任务', title: '目标不高于上年末参保人数' } : dash,
    paceCell(q),
    at ? rateCell(at.contributionRate, q.rateTarget) : dash,
  ];
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
export function quarterlyReportView(model: Model, period: ReportPeriod): QuarterlyReportView {
  const { year, quarter } = period;
  const month = period.complete ? period.last : period.latest;
  const share = yearShareElapsed(month);
  const key: KeyBlock[] = [];
  const sentences: string[] = [];
  const sections = model.insurances.map((insurance): QuarterlySection => {
    const name = INSURANCE_NAMES[insurance].short;
    const regions = model.regionsReporting(insurance);
    const rows = regions.map((region) => ({ region, q: quarterFigures(model, region.id, insurance, year, quarter!, period.latest) }));
    const province = quarterFigures(model, PROVINCE, insurance, year, quarter!, period.latest);
    const behind = rows.filter((r) => r.q.pace.status === 'behind');
    const withTargets = rows.filter((r) => r.q.target != null).length;
    key.push(keyBlock(insurance, province, behind.length, withTargets));
    const sentence = quarterlySentence({ period: periodName(period), complete: period.complete, pace: share, insurance: INSURANCE_NAMES[insurance].full, q: province, behind: behind.length, withTargets });
    if (sentence) sentences.push(sentence);
    const notes: string[] = [];
    const stale = rows.filter((r) => r.q.stale && r.q.point);
    if (stale.length) notes.push(`${nameList(stale.map((r) => r.region))}未报送${formatMonth(month)}报表，表中为其最近一个月的数字（括注月份），进度按该月计算。`);
    const none = rows.filter((r) => !r.q.point);
    if (none.length) notes.push(`${nameList(none.map((r) => r.region))}本年度尚无报表。`);
    const noBaseline = rows.filter((r) => r.q.pace.status === 'no_baseline');
    if (noBaseline.length) notes.push(`${nameList(noBaseline.map((r) => r.region))}无${formatMonth(baselineMonth(year))}数据，无法计算净增任务进度。`);
    const table: RichTable = {
      caption: quarterlyTableCaption(year, quarter!, insurance),
      rowHeader: '地区',
      columns: COLUMNS,
      rows: rows.map(({ region, q }) => ({ ...regionRowHeader(model, region, year), month: q.point?.month ?? null, cells: rowCells(q) })),
      foot: [{ header: REPORT_MEASURES.provinceTotal, month: province.point?.month ?? null, cells: rowCells(province) }],
      notes,
    };
    markRichTable(table, model.revisions, { month, insurance }, REVISED_COLUMNS);
    const bars = rows
      .filter((r) => r.q.target != null)
      .map(({ region, q }) => ({
        key: region.id,
        label: region.name,
        value: q.pace.status === 'met' && q.pace.growthCompletion == null ? null : q.pace.growthCompletion,
        highlight: q.pace.status === 'behind',
        note: q.pace.status === 'met' ? PACE_NAMES.met : q.pace.planned != null && q.pace.planned <= 0 ? '无净增任务' : PACE_NAMES[q.pace.status],
      }));
    const figure = regionBarsFigure({
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
      name: INSURANCE_NAMES[insurance].full,
      anchor: insuranceAnchor(insurance),
      figure,
      table,
      tableId: reportTableId(period.slug, insurance),
      behind: behind.map(({ region, q }) => ({
        region,
        shortfall: q.pace.shortfall!,
        text: `${region.name}（差${formatCount(q.pace.shortfall!)}人${q.stale ? `，按${formatMonth(q.point!.month)}` : ''}）`,
      })),
    };
  });
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
