/**
 * Report tables as downloaded, and the one-bar-per-region charts of the report and assessment
 * pages, with the table under each chart.
 */
import type { TableSpec, FigureSpec, MeasureKey, TableUnit } from '../figures/figures';
import { CHART_WIDTH, figureFiles, settle } from '../figures/figures';
import { categoryBarChart, categoryDomain, type CategoryBar, type CategoryBarSpec } from '../../charts/category-bars';
import { formatPercent } from '../../format/number';
import type { Lang } from '../../i18n/lang';
import { PROVINCE } from '../../stats/model';
import type { RichRow, RichTable } from './report-common';

/** The options of a one-bar-per-region chart of a share of 100% (completion, progress against the pace). */
export const SHARE_BARS = {
  format: formatPercent,
  axisFormat: (v: number) => `${Math.round(v * 100)}%`,
  domain: [0, 1] as const,
  unit: 'percent' as const,
  tableValue: (b: CategoryBar) => formatPercent(b.value!),
};

/** Charts of one bar per region are drawn up to this many regions; beyond it the table says it all. */
export const MAX_CHART_REGIONS = 60;

/**
 * A report table as downloaded (/data/figures/<id>.csv): the same rows, footer and
 * columns, with each row's region id; raw values in the columns that have a unit, the
 * cells' words (and flags) in the others; and, when rows say which month their figures
 * are from, a last column 数据月份 (YYYY-MM) so that a bracketed month is not lost.
 */
export function richTableSpec(table: RichTable): TableSpec {
  const all = [...table.rows, ...table.foot];
  const months = all.some((r) => r.month !== undefined);
  const revised = all.some((r) => r.cells.some((c) => c.revised !== undefined));
  const row = (r: RichRow, key: string) => ({
    header: r.header,
    key,
    cells: [
      ...r.cells.map((c) => (c.flag ? `${c.text} ${c.flag}` : c.text)),
      ...(months ? [r.month ?? ''] : []),
      ...(revised ? [r.cells.flatMap((c) => (c.revised ? [c.revised] : [])).join('；')] : []),
    ],
    values: [...table.columns.map((col, i) => (col.unit ? (r.cells[i]?.value ?? null) : null)), ...(months ? [null] : []), ...(revised ? [null] : [])],
  });
  const monthColumn = { label: DATA_MONTH, definition: '该行数字所属的月份，格式YYYY-MM：各地区为其最近一次报送的月份（网页上括注与报告月份不同的月份）；空白表示无数据。' };
  const revisedColumn = { label: REVISED_COLUMN, definition: '上一版本发布后修改或删除的数字及其原值；空白表示未修订。' };
  return {
    caption: table.caption,
    rowHeader: table.rowHeader,
    rowKeyLabel: '地区标识',
    columns: [...table.columns, ...(months ? [monthColumn] : []), ...(revised ? [revisedColumn] : [])],
    rows: [...table.rows.map((r) => row(r, r.key ?? r.header)), ...table.foot.map((r) => row(r, r.key ?? PROVINCE))],
  };
}

/** The download column that says which month a row's figures are from. */
export const DATA_MONTH = '数据月份';

/** Says where the bars of a chart with a baseline start and what range its axis spans, so a short axis never misleads. */
function baselineNote(input: { bars: readonly CategoryBar[]; reference?: { value: number; label: string }; domain?: readonly [number, number]; baseline?: number; axisFormat?: (n: number) => string; format: (n: number) => string; lang?: Lang }): string {
  const f = input.axisFormat ?? input.format;
  const [lo, hi] = categoryDomain(input);
  if (input.lang === 'en') return `Bars start at ${f(input.baseline!)} (the target): to the left is short of the target, to the right beyond it. The axis runs from ${f(lo)} to ${f(hi)} only, so that differences of a few points show.`;
  return `条形从${f(input.baseline!)}（目标）画起：向左为低于目标，向右为超过目标；横轴只显示${f(lo)}至${f(hi)}，以便看出几个百分点的差别。`;
}

/** The download column of revised figures' previous values (src/site/revisions/mark-revisions.ts). */
export const REVISED_COLUMN = '修订';

/**
 * A one-bar-per-region figure, or null when there are too many regions for a chart to help.
 * Its table has the value of each bar and, in words, what the chart says by colour or
 * instead of a bar (the highlight, or the note of a missing value).
 */
export function regionBarsFigure(input: Omit<CategoryBarSpec, 'bars' | 'width'> & {
  /** One bar per region; `key` is the region id (the CSV's 地区标识). */
  bars: (CategoryBar & { key: string })[];
  valueLabel: string;
  /** How the value is downloaded: persons, or a ratio as a percent. */
  unit: TableUnit;
  /** The table's text for a bar's value (called for bars with a value only). */
  tableValue: (bar: CategoryBar, i: number) => string;
  notes?: string[];
  /** The measures shown, so the figure's tools can link their definitions. */
  measures?: MeasureKey[];
  /** The page's edition: the words of the table's headings and of the notes this function adds. */
  lang?: Lang;
}): FigureSpec | null {
  const en = input.lang === 'en';
  if (input.bars.length === 0 || input.bars.length > MAX_CHART_REGIONS) return null;
  // Drawn for the width it is shown at (a phone's or a wider column's), so its text keeps one size.
  const draw = (width: number, chartId: string) =>
    categoryBarChart({
      id: chartId,
      width,
      title: input.title,
      description: input.description,
      bars: input.bars,
      format: input.format,
      axisFormat: input.axisFormat,
      reference: input.reference,
      domain: input.domain,
      baseline: input.baseline,
      barLabel: input.barLabel,
      highlightLabel: input.highlightLabel,
    });
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    get svg() {
      return settle(this, 'svg', draw(CHART_WIDTH.wide, input.id));
    },
    get svgNarrow() {
      return settle(this, 'svgNarrow', draw(CHART_WIDTH.narrow, `${input.id}-narrow`));
    },
    table: {
      caption: input.title,
      rowHeader: en ? 'Region' : '地区',
      rowKeyLabel: en ? 'Region id' : '地区标识',
      columns: [{ label: input.valueLabel, numeric: true, unit: input.unit }, { label: en ? 'Note' : '说明' }],
      rows: input.bars.map((b, i) => ({
        header: b.label,
        key: b.key,
        cells: [b.value == null ? '—' : input.tableValue(b, i), b.value == null ? (b.note ?? (en ? 'No data' : '无数据')) : b.highlight ? (input.highlightLabel ?? '') : ''],
        values: [b.value, null],
      })),
    },
    notes: [...(input.notes ?? []), ...(input.baseline != null && input.baseline !== 0 ? [baselineNote(input)] : [])],
    csv: figureFiles(input.id).csv,
    measures: input.measures ?? [],
  };
}

