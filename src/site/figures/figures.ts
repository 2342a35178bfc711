/**
 * Figure view models: a chart's SVG, its title, its text description and the
 * table of its numbers, built from the model. Pages and components only place them.
 */
import type { Insurance, Month } from '../../data/types';
import { INSURANCE_NAMES, MEASURE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, MEASURE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatAxisWan, formatCount, formatPercent, formatPersons, formatWan } from '../../format/number';
import { formatAxisEn, formatMonthEn, formatNumberEn, formatPersonsEn, listEn } from '../../format/en';
import { formatMonth } from '../../format/date';
import { lineChart } from '../../charts/line-chart';
import { barChart } from '../../charts/bar-chart';
import type { MonthSeries } from '../../charts/frame';
import type { Model, Point } from '../../stats/model';

/**
 * A table of the numbers behind a figure: already formatted cells for the page,
 * and (optionally) the raw values behind them for the figure's CSV download.
 */
export interface TableSpec {
  caption: string;
  /**
   * `unit` says how a column's raw values are written to CSV: exact persons, or a ratio as a
   * percent. A column without a unit (a verdict, a note) is downloaded as its cells read.
   */
  columns: { label: string; numeric?: boolean; unit?: TableUnit; /** For the download's metadata, where the default wording does not fit. */ definition?: string }[];
  /**
   * `key` is the row's machine-readable key (a month as YYYY-MM); `values` are the raw numbers
   * behind `cells` (null = gap). Rows without them are downloaded as the cells read.
   */
  rows: { header: string; cells: string[]; key?: string; values?: (number | null)[] }[];
  /** Heading of the row-header column (default 月份). */
  rowHeader?: string;
  /** When set, downloads carry the row keys in a column of this name before the row headers (e.g. 地区标识). */
  rowKeyLabel?: string;
}

/** How a raw table value is written: a count of persons, or a ratio shown as a percent. */
export type TableUnit = 'persons' | 'percent';

/** The measures a figure shows, so its tools can link their definitions (/methodology/#…). */
export type MeasureKey = keyof typeof MEASURE_NAMES;

/**
 * The widths charts are drawn at, in CSS pixels: they are shown at that size (never
 * stretched), so 12–13 px text stays 12–13 px. Narrow fits a 360–390 px phone's column, wide a
 * column of the two-column figure grid of a desktop page (src/styles/global.css switches).
 */
export const CHART_WIDTH = { narrow: 340, wide: 480 } as const;

/** Everything needed to show one chart accessibly. */
export interface FigureSpec {
  id: string;
  title: string;
  description: string;
  /** The chart drawn CHART_WIDTH.wide units wide, shown 1:1 from tablet width up (and in downloads and embeds). */
  svg: string;
  /** The same chart drawn CHART_WIDTH.narrow wide, shown on phones, so its text stays one size. */
  svgNarrow?: string;
  table: TableSpec;
  /** Notes under the chart, e.g. which months are gaps and why. */
  notes: string[];
  /**
   * The CSV of exactly this figure's table: `figureFiles(id).csv`. A figure is only
   * downloadable (and embeddable) when its id is in src/site/figures/figure-registry.ts.
   */
  csv: string;
  /** Measures shown, for the definition links under the chart. */
  measures: MeasureKey[];
}

/** Where a figure's downloads and embed page live; everything derives from its id. */
export function figureFiles(id: string): { csv: string; metadata: string; svg: string; embed: string } {
  return {
    csv: `/data/figures/${id}.csv`,
    metadata: `/data/figures/${id}.metadata.json`,
    svg: `/data/figures/${id}.svg`,
    embed: `/embed/${id}/`,
  };
}

/** What the figures say about the place: 全省 or a region's name. */
export interface AreaRef {
  area: string;
  name: string;
}

/**
 * A figure's table of months (rows) by measures (columns), each cell its value in the column's
 * unit: an exact count of persons, or a percentage.
 */
function monthTable(caption: string, w: FigureWords, points: readonly Point[], columns: readonly { label: string; unit: TableUnit; value: (p: Point) => number | null }[]): TableSpec {
  const formats = columns.map((c) => (c.unit === 'persons' ? formatCount : formatPercent));
  return {
    caption,
    columns: columns.map(({ label, unit }) => ({ label, numeric: true, unit })),
    rows: points.map((p) => {
      const values = columns.map((c) => c.value(p));
      return { header: w.month(p.month), key: p.month, cells: values.map((v, i) => (v == null ? '—' : formats[i]!(v))), values };
    }),
  };
}

/**
 * The words of one edition the progress figures share (names, measures, months, axis ticks);
 * their sentences and titles have a template per edition.
 */
export interface FigureWords {
  insurance: Record<Insurance, { full: string; short: string }>;
  measure: Record<MeasureKey, string>;
  /** A month as a table row reads: 2005年6月, June 2005. */
  month: (m: Month) => string;
  /** y-axis ticks: 750万, 7.5m. */
  axis: (n: number) => string;
}

const FIGURE_WORDS: Record<Lang, FigureWords> = {
  zh: { insurance: INSURANCE_NAMES, measure: MEASURE_NAMES, month: formatMonth, axis: formatAxisWan },
  en: { insurance: INSURANCE_NAMES_EN, measure: MEASURE_NAMES_EN, month: formatMonthEn, axis: formatAxisEn },
};

function gapNote(model: Model, area: AreaRef, insurance: Insurance, points: Point[], field: keyof Point, lang: Lang = 'zh'): string[] {
  const gaps = points.filter((p) => p[field] == null).map((p) => p.month);
  if (!gaps.length) return [];
  if (lang === 'en') {
    if (area.area !== 'province') return [`No data for ${listEn(gaps.map(formatMonthEn))}: left blank in the chart, not estimated.`];
    return gaps.map((m) => {
      const missing = model.missingReports(insurance, m).map((r) => r.nameEn || r.name);
      return missing.length
        ? `${formatMonthEn(m)}: ${listEn(missing)} did not report, so the province total is left blank, not estimated.`
        : `${formatMonthEn(m)}: data incomplete, so the province total is left blank.`;
    });
  }
  if (area.area !== 'province') return [`${gaps.map(formatMonth).join('、')}无数据，图中留空，未作估算。`];
  return gaps.map((m) => {
    const missing = model.missingReports(insurance, m).map((r) => r.name);
    return missing.length
      ? `${formatMonth(m)}${missing.join('、')}未报送，全省合计空缺，未作估算。`
      : `${formatMonth(m)}数据不全，全省合计空缺。`;
  });
}

function first<T>(xs: T[], ok: (x: T) => boolean): T | undefined {
  return xs.find(ok);
}
function last<T>(xs: T[], ok: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (ok(xs[i]!)) return xs[i];
  return undefined;
}

/** Enrolment over the year's months against the annual target; null when the area has no report at all. */
export function enrolmentFigure(model: Model, where: AreaRef, insurance: Insurance, year: number, lang: Lang = 'zh'): FigureSpec | null {
  const months = model.chartMonths(year);
  const points = model.series(where.area, insurance, months);
  if (!points.some((p) => p.enrolled != null)) return null;
  const target = model.target(where.area, insurance, year)?.enrolled ?? null;
  const w = FIGURE_WORDS[lang];
  const name = w.insurance[insurance].short;
  const id = `enrolled-${where.area}-${insurance}-${year}`;
  const a = first(points, (p) => p.enrolled != null);
  const b = last(points, (p) => p.enrolled != null);
  const en = lang === 'en';
  let description = en
    ? `Insured persons in ${name.toLowerCase()} insurance in ${where.name} went from ${formatNumberEn(a!.enrolled!)} in ${formatMonthEn(a!.month)} to ${formatNumberEn(b!.enrolled!)} in ${formatMonthEn(b!.month)}`
    : `${formatMonth(a!.month)}至${formatMonth(b!.month)}，${where.name}${name}参保人数由${formatPersons(a!.enrolled!)}变为${formatPersons(b!.enrolled!)}`;
  if (en) description += target != null ? `. The ${year} target is ${formatNumberEn(target)}, so ${formatPercent(b!.enrolled! / target)} of it has been reached.` : '.';
  else description += target != null ? `；${year}年目标为${formatPersons(target)}，完成${formatPercent(b!.enrolled! / target)}。` : '。';
  const draw = (width: number, chartId: string) =>
    lineChart({
      id: chartId,
      width,
      title: en ? `Insured persons, ${name.toLowerCase()} insurance, ${where.name}` : `${where.name}${name}参保人数`,
      description,
      xDomain: months,
      series: [{ key: insurance, label: w.measure.enrolled, points: points.map((p) => ({ x: p.month, y: p.enrolled })) }],
      yFormat: w.axis,
      yDomain: levelDomain(points.map((p) => p.enrolled), target),
      reference: target != null ? { value: target, label: en ? `Annual target ${formatNumberEn(target)}` : `年度目标 ${formatWan(target)}` } : undefined,
      lang,
    });
  return withChart({
    id,
    title: en ? `Insured persons, ${name.toLowerCase()} insurance, ${where.name}, ${year}` : `${where.name}${name}参保人数（${year}年）`,
    description,
    table: monthTable(en ? `Insured persons, ${name.toLowerCase()} insurance, ${where.name}, by month (people)` : `${where.name}${name}参保人数，按月（人）`, w, points, [
      { label: w.measure.enrolled, unit: 'persons', value: (p) => p.enrolled },
      { label: w.measure.completion, unit: 'percent', value: (p) => (p.enrolled != null && target ? p.enrolled / target : null) },
    ]),
    notes: gapNote(model, where, insurance, points, 'enrolled', lang),
    csv: figureFiles(id).csv,
    measures: target != null ? ['enrolled', 'target', 'completion'] : ['enrolled'],
  }, draw);
}

/** New enrolments per month. */
export function newEnrolmentFigure(model: Model, where: AreaRef, insurance: Insurance, year: number, lang: Lang = 'zh'): FigureSpec | null {
  const months = model.chartMonths(year).filter((m) => Number(m.slice(0, 4)) === year);
  const points = model.series(where.area, insurance, months);
  if (!points.some((p) => p.newEnrolled != null)) return null;
  const w = FIGURE_WORDS[lang];
  const en = lang === 'en';
  const name = w.insurance[insurance].short;
  const id = `new-${where.area}-${insurance}-${year}`;
  const total = points.reduce((s, p) => s + (p.newEnrolled ?? 0), 0);
  const reported = points.filter((p) => p.newEnrolled != null);
  const description = en
    ? `From ${formatMonthEn(reported[0]!.month)} to ${formatMonthEn(reported.at(-1)!.month)}, ${formatPersonsEn(total)} in all were newly insured in ${name.toLowerCase()} insurance in ${where.name}.`
    : `${year}年${formatMonth(reported[0]!.month).slice(5)}至${formatMonth(reported.at(-1)!.month).slice(5)}，${where.name}${name}每月新增参保人数合计${formatPersons(total)}。`;
  const draw = (width: number, chartId: string) =>
    barChart({
      id: chartId,
      width,
      title: en ? `Newly insured persons each month, ${name.toLowerCase()} insurance, ${where.name}` : `${where.name}${name}每月新增参保人数`,
      description,
      xDomain: months,
      points: points.map((p) => ({ x: p.month, y: p.newEnrolled })),
      yFormat: w.axis,
      lang,
    });
  return withChart({
    id,
    title: en ? `Newly insured persons each month, ${name.toLowerCase()} insurance, ${where.name}, ${year}` : `${where.name}${name}每月新增参保人数（${year}年）`,
    description,
    table: monthTable(en ? `Newly insured persons, ${name.toLowerCase()} insurance, ${where.name}, by month (people)` : `${where.name}${name}每月新增参保（人）`, w, points, [
      { label: w.measure.newEnrolled, unit: 'persons', value: (p) => p.newEnrolled },
      { label: w.measure.newPaid, unit: 'persons', value: (p) => p.newPaid },
      { label: w.measure.newContributionRate, unit: 'percent', value: (p) => p.newContributionRate },
    ]),
    notes: gapNote(model, where, insurance, points, 'newEnrolled', lang),
    csv: figureFiles(id).csv,
    measures: ['newEnrolled', 'newPaid', 'newContributionRate'],
  }, draw);
}

/** Contribution rate (paid / due) over time against its target, and new enrolees' rate against 100%. */
export function rateFigure(model: Model, where: AreaRef, insurance: Insurance, year: number, lang: Lang = 'zh'): FigureSpec | null {
  const months = model.chartMonths(year);
  const points = model.series(where.area, insurance, months);
  if (!points.some((p) => p.contributionRate != null)) return null;
  const w = FIGURE_WORDS[lang];
  const en = lang === 'en';
  const name = w.insurance[insurance].short;
  const rateTarget = model.target(where.area, insurance, year)?.contributionRate ?? null;
  const id = `rate-${where.area}-${insurance}-${year}`;
  const b = last(points, (p) => p.contributionRate != null)!;
  let description: string;
  if (en) {
    description = `In ${formatMonthEn(b.month)}, the contribution rate of ${name.toLowerCase()} insurance in ${where.name} was ${formatPercent(b.contributionRate!)}`;
    description += rateTarget != null ? `; the target is above ${rateTarget}%.` : '.';
    if (b.newContributionRate != null) description += ` The contribution rate of the newly insured was ${formatPercent(b.newContributionRate)} (target 100%).`;
  } else {
    description = `${formatMonth(b.month)}，${where.name}${name}缴费率为${formatPercent(b.contributionRate!)}`;
    description += rateTarget != null ? `，目标为高于${rateTarget}%。` : '。';
    if (b.newContributionRate != null) description += `新增参保人员缴费率为${formatPercent(b.newContributionRate)}（目标100%）。`;
  }
  const series: MonthSeries[] = [{ key: 'rate', label: w.measure.contributionRate, points: points.map((p) => ({ x: p.month, y: p.contributionRate })) }];
  if (points.some((p) => p.newContributionRate != null)) {
    series.push({ key: 'new-rate', label: en ? 'Newly insured' : w.measure.newContributionRate, points: points.map((p) => ({ x: p.month, y: p.newContributionRate })) });
  }
  const draw = (width: number, chartId: string) =>
    lineChart({
      id: chartId,
      width,
      title: en ? `Contribution rate, ${name.toLowerCase()} insurance, ${where.name}` : `${where.name}${name}缴费率`,
      description,
      xDomain: months,
      series,
      yFormat: (v: number) => `${Math.round(v * 100)}%`,
      yDomain: [rateFloor(points), 1],
      reference: rateTarget != null ? { value: rateTarget / 100, label: en ? `Target ${rateTarget}%` : `目标 ${rateTarget}%` } : undefined,
      lang,
    });
  return withChart({
    id,
    title: en ? `Contribution rate, ${name.toLowerCase()} insurance, ${where.name}, ${year}` : `${where.name}${name}缴费率（${year}年）`,
    description,
    table: monthTable(en ? `Contributions, ${name.toLowerCase()} insurance, ${where.name}, by month (people)` : `${where.name}${name}缴费情况，按月（人）`, w, points, [
      { label: w.measure.due, unit: 'persons', value: (p) => p.due },
      { label: w.measure.paid, unit: 'persons', value: (p) => p.paid },
      { label: w.measure.contributionRate, unit: 'percent', value: (p) => p.contributionRate },
      { label: w.measure.newContributionRate, unit: 'percent', value: (p) => p.newContributionRate },
    ]),
    notes: gapNote(model, where, insurance, points, 'contributionRate', lang),
    csv: figureFiles(id).csv,
    measures: ['due', 'paid', 'contributionRate', 'newContributionRate'],
  }, draw);
}

/** The rate axis starts at 80%, or lower when a rate is lower, so no value is cut off. */
function rateFloor(points: Point[]): number {
  let min = 1;
  for (const p of points) for (const v of [p.contributionRate, p.newContributionRate]) if (v != null && v < min) min = v;
  return Math.max(0, Math.min(0.8, Math.floor((min - 0.02) * 20) / 20));
}

/**
 * Enrolment lines start near the data, not at zero: a year's growth of a few per
 * cent would otherwise be a flat line. The axis is labelled, and the table and
 * description carry the exact figures.
 */
function levelDomain(values: (number | null)[], target: number | null): [number, number] {
  const xs = [...values, target].filter((v): v is number => v != null);
  if (!xs.length) return [0, 1];
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const step = 10 ** Math.floor(Math.log10(Math.max(hi - lo, hi * 0.05)));
  return [Math.max(0, Math.floor((lo - (hi - lo) * 0.25) / step) * step), hi];
}

/**
 * The figure with its chart drawn by `draw` at both widths it is shown at (`svg` on wider
 * columns, `svgNarrow` on phones), so its text keeps one size; each is drawn on first read (see settle).
 */
export function withChart(figure: Omit<FigureSpec, 'svg' | 'svgNarrow'>, draw: (width: number, chartId: string) => string): FigureSpec {
  const id = figure.id;
  return Object.defineProperties(figure as FigureSpec, {
    svg: {
      get(this: FigureSpec) {
        return settle(this, 'svg', draw(CHART_WIDTH.wide, id));
      },
      enumerable: true,
      configurable: true,
    },
    svgNarrow: {
      get(this: FigureSpec) {
        return settle(this, 'svgNarrow', draw(CHART_WIDTH.narrow, `${id}-narrow`));
      },
      enumerable: true,
      configurable: true,
    },
  });
}

/**
 * Replaces a figure's lazy `svg` getter by its value on first read. Figures are built for
 * many reasons (the figure registry lists ~50,000 of them at national scale, for ids and
 * titles), and only the page, the embed page and the SVG download show the drawing, so it is
 * drawn when first shown and then kept with the figure.
 */
export function settle<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: true });
  return value;
}
