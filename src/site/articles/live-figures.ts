/**
 * Live figures for articles: what `<Stat>`, `<TrendChart>` and `<RegionName>`
 * in an MDX article show, computed from the model at build time, formatted the
 * site's way, with the month they are as of and the page they come from.
 *
 * Plain TypeScript over the Model (no Astro, no I/O). Props arrive as written in
 * the article (strings); `parseFigureProps` and friends check them against the
 * data and throw a LiveFigureError naming the component, the prop and the bad
 * value, so an article citing a region or metric that does not exist fails the
 * build instead of printing a wrong or empty number.
 */
import type { Employer, GroupKey, Insurance, Month } from '../../data/types';
import { GROUP_KEYS, INSURANCES } from '../../data/types';
import { GROUP_NAMES, INSURANCE_NAMES, MEASURE_NAMES } from '../../i18n/glossary';
import { formatCount, formatPercent, formatPercentValue, formatPersons, formatWan } from '../../format/number';
import { formatDay, formatMonth } from '../../format/date';
import { PROVINCE, type Model } from '../../stats/model';
import { latestGroupValue } from '../../stats/groups';
import { monthRange } from '../../stats/months';
import { newEnrolledInYear } from '../../stats/reports';
import { groupIndexOf } from '../progress/groups-view';
import { enrolmentFigure, newEnrolmentFigure, rateFigure, type FigureSpec } from '../figures/figures';
import { progressHref } from '../progress/progress-view';

export { METRICS, CHART_MEASURES, type Metric, type ChartMeasure } from '../../stats/metrics';
import { METRICS, CHART_MEASURES, type Metric, type ChartMeasure } from '../../stats/metrics';

/** A figure an article cites: validated against the data. */
export interface FigureRef {
  metric: Metric;
  /** `province` or a region id. */
  area: string;
  /** Required for every metric but namedEmployers (where it narrows the count). */
  insurance?: Insurance;
  /** Defaults to the latest year with reports. */
  year: number;
  /** Only for groupEnrolled. */
  group?: GroupKey;
}

/** A small chart an article embeds. */
export interface ChartRef {
  area: string;
  insurance: Insurance;
  year: number;
  measure: ChartMeasure;
}

/** A computed figure, ready to print. */
export interface LiveFigure {
  ref: FigureRef;
  /** null when the data has no such figure (a gap, no target…). */
  value: number | null;
  /** Formatted the site's way: "760.5万人", "92.3%", "29家"; "暂无数据" when value is null. */
  text: string;
  /** The exact figure where `text` rounds it: "7,605,000人". */
  exact: string | null;
  /** What the figure is: "全省企业职工基本养老保险参保人数". */
  label: string;
  /** "截至2005年12月", "2005年度" or "截至2005年12月31日"; null when there is no figure. */
  asOf: string | null;
  /** Machine form of asOf: "2005-12", "2005" or "2005-12-31". */
  asOfDate: string | null;
  /** The page (and section) the figure comes from. */
  href: string;
}

/** What the components need from the site: the model and the published named employers only. */
export interface FigureSource {
  model: Model;
  /** getSite().employers: entries inside their publication window, never dataset.employers. */
  employers: readonly Employer[];
}

/** A prop of an article component that does not fit the data. */
export class LiveFigureError extends Error {
  constructor(
    readonly component: string,
    readonly prop: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`<${component} ${prop}=${JSON.stringify(value)}> — ${expected}`);
    this.name = 'LiveFigureError';
  }
}

/** The props each component accepts (anything else is a typo and fails the build). */
export const COMPONENT_PROPS = {
  Stat: ['metric', 'area', 'insurance', 'year', 'group'],
  TrendChart: ['area', 'insurance', 'year', 'measure'],
  RegionName: ['id', 'link'],
} as const;
export type ArticleComponent = keyof typeof COMPONENT_PROPS;

type Props = Record<string, unknown>;

const list = (xs: readonly string[], max = 20) =>
  xs.length > max ? `${xs.slice(0, max).join(', ')}, … (${xs.length} in all)` : xs.join(', ');

function checkKnownProps(component: ArticleComponent, props: Props): void {
  const allowed: readonly string[] = COMPONENT_PROPS[component];
  for (const [k, v] of Object.entries(props)) {
    if (!allowed.includes(k)) throw new LiveFigureError(component, k, String(v), `unknown prop "${k}"; ${component} takes ${allowed.join(', ')}`);
  }
}

function str(component: ArticleComponent, props: Props, prop: string): string | undefined {
  const v = props[prop];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw new LiveFigureError(component, prop, String(v), 'expected a plain text value, e.g. area="province"');
  return v.trim();
}

function required(component: ArticleComponent, props: Props, prop: string, expected: string): string {
  const v = str(component, props, prop);
  if (v === undefined || v === '') throw new LiveFigureError(component, prop, v ?? '', `missing; expected ${expected}`);
  return v;
}

function areaOf(component: ArticleComponent, model: Model, value: string, prop = 'area'): string {
  if (value === PROVINCE || model.regionById.has(value)) return value;
  throw new LiveFigureError(component, prop, value, `unknown region; expected "province" or a region id of regions.csv: ${list(model.regions.map((r) => r.id))}`);
}

function insuranceOf(component: ArticleComponent, value: string): Insurance {
  if ((INSURANCES as readonly string[]).includes(value)) return value as Insurance;
  throw new LiveFigureError(component, 'insurance', value, `unknown insurance; expected one of ${INSURANCES.join(', ')}`);
}

function yearOf(component: ArticleComponent, model: Model, value: string | undefined): number {
  if (value === undefined || value === '') {
    if (model.latestYear == null) throw new LiveFigureError(component, 'year', '', 'the data has no reports, so there is no latest year');
    return model.latestYear;
  }
  const y = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!model.years.includes(y)) throw new LiveFigureError(component, 'year', value, `no such year in the data; expected one of ${model.years.join(', ')}`);
  return y;
}

/** Checks `<Stat>` props against the data; throws LiveFigureError naming the bad prop and value. */
export function parseFigureProps(props: Props, model: Model): FigureRef {
  const component = 'Stat';
  checkKnownProps(component, props);
  const metricValue = required(component, props, 'metric', `one of ${METRICS.join(', ')}`);
  if (!(METRICS as readonly string[]).includes(metricValue)) {
    throw new LiveFigureError(component, 'metric', metricValue, `unknown metric; expected one of ${METRICS.join(', ')}`);
  }
  const metric = metricValue as Metric;
  const area = areaOf(component, model, required(component, props, 'area', '"province" or a region id'));
  const insuranceValue = str(component, props, 'insurance');
  let insurance: Insurance | undefined;
  if (insuranceValue) insurance = insuranceOf(component, insuranceValue);
  else if (metric !== 'namedEmployers') throw new LiveFigureError(component, 'insurance', '', `missing; metric "${metric}" needs one of ${INSURANCES.join(', ')}`);
  const groupValue = str(component, props, 'group');
  let group: GroupKey | undefined;
  if (metric === 'groupEnrolled') {
    if (!groupValue) throw new LiveFigureError(component, 'group', '', `missing; metric "groupEnrolled" needs one of ${GROUP_KEYS.join(', ')}`);
    if (!(GROUP_KEYS as readonly string[]).includes(groupValue)) throw new LiveFigureError(component, 'group', groupValue, `unknown group; expected one of ${GROUP_KEYS.join(', ')}`);
    group = groupValue as GroupKey;
  } else if (groupValue) {
    throw new LiveFigureError(component, 'group', groupValue, 'only metric "groupEnrolled" takes a group');
  }
  const yearValue = str(component, props, 'year');
  if (metric === 'namedEmployers' && yearValue) throw new LiveFigureError(component, 'year', yearValue, 'named employers are counted on the build date; leave out year');
  const year = yearOf(component, model, yearValue);
  return { metric, area, insurance, year, group };
}

/** Checks `<TrendChart>` props against the data. */
export function parseChartProps(props: Props, model: Model): ChartRef {
  checkKnownProps('TrendChart', props);
  const area = areaOf('TrendChart', model, required('TrendChart', props, 'area', '"province" or a region id'));
  const insurance = insuranceOf('TrendChart', required('TrendChart', props, 'insurance', `one of ${INSURANCES.join(', ')}`));
  const year = yearOf('TrendChart', model, str('TrendChart', props, 'year'));
  const measureValue = str('TrendChart', props, 'measure') || 'enrolled';
  if (!(CHART_MEASURES as readonly string[]).includes(measureValue)) {
    throw new LiveFigureError('TrendChart', 'measure', measureValue, `unknown measure; expected one of ${CHART_MEASURES.join(', ')}`);
  }
  return { area, insurance, year, measure: measureValue as ChartMeasure };
}

/** Checks `<RegionName>` props; returns the region id. */
export function parseRegionProps(props: Props, model: Model): { id: string; link: boolean } {
  checkKnownProps('RegionName', props);
  const id = required('RegionName', props, 'id', 'a region id of regions.csv');
  if (!model.regionById.has(id)) {
    throw new LiveFigureError('RegionName', 'id', id, `unknown region; expected a region id of regions.csv: ${list(model.regions.map((r) => r.id))}`);
  }
  const link = props.link;
  return { id, link: link === true || link === 'true' || link === '' };
}

/** 全省 or the region's name. */
export function areaName(model: Model, area: string): string {
  return area === PROVINCE ? '全省' : (model.regionById.get(area)?.name ?? area);
}

/** Checks props of any article component (used by the build-time scan of article sources). */
export function parseComponentProps(component: ArticleComponent, props: Props, model: Model): void {
  if (component === 'Stat') parseFigureProps(props, model);
  else if (component === 'TrendChart') parseChartProps(props, model);
  else parseRegionProps(props, model);
}

const NO_DATA = '暂无数据';

const persons = (n: number) => formatPersons(n);
const exactPersons = (n: number) => `${formatCount(n)}人`;

/** Computes what `<Stat>` shows for a checked reference. */
export function liveFigure(source: FigureSource, ref: FigureRef): LiveFigure {
  const { model } = source;
  const where = areaName(model, ref.area);
  const ins = ref.insurance ? INSURANCE_NAMES[ref.insurance].full : '';
  const page = progressHref(model, ref.area, ref.year);
  const href = ref.insurance ? `${page}#${ref.insurance}` : page;
  const monthly = (value: number | null, month: Month | null, label: string, text: (n: number) => string, exact?: (n: number) => string): LiveFigure => ({
    ref,
    value,
    text: value == null ? NO_DATA : text(value),
    exact: value == null || !exact ? null : exact(value),
    label,
    asOf: value == null || !month ? null : `截至${formatMonth(month)}`,
    asOfDate: value == null || !month ? null : month,
    href,
  });
  const annual = (value: number | null, label: string, text: (n: number) => string, exact?: (n: number) => string): LiveFigure => ({
    ref,
    value,
    text: value == null ? NO_DATA : text(value),
    exact: value == null || !exact ? null : exact(value),
    label,
    asOf: value == null ? null : `${ref.year}年度`,
    asOfDate: value == null ? null : String(ref.year),
    href,
  });

  if (ref.metric === 'namedEmployers') {
    const count = source.employers.filter((e) => (ref.area === PROVINCE || e.region === ref.area) && (!ref.insurance || e.insurances.includes(ref.insurance))).length;
    const day = model.dataset.buildDate;
    const what = ref.insurance ? `因未参加${INSURANCE_NAMES[ref.insurance].short}` : '';
    return {
      ref,
      value: count,
      text: `${formatCount(count)}家`,
      exact: null,
      label: `${where}${what}处于公布期内的曝光单位数`,
      asOf: `截至${formatDay(day)}`,
      asOfDate: day,
      href: ref.area === PROVINCE ? '/employers/' : `/cities/${ref.area}/#h-employers`,
    };
  }

  const insurance = ref.insurance!;
  if (ref.metric === 'groupEnrolled') {
    const last = model.lastMonthOf(ref.year);
    const months = last ? monthRange(`${ref.year}-01`, last) : [];
    const g = latestGroupValue(groupIndexOf(model), ref.area, insurance, ref.group!, months);
    return monthly(g.value, g.month, `${where}${GROUP_NAMES[ref.group!]}参加${ins}人数`, persons, exactPersons);
  }
  if (ref.metric === 'newEnrolled') {
    const n = newEnrolledInYear(model, ref.area, insurance, ref.year);
    return monthly(n.value, n.month, `${where}${ref.year}年${ins}${MEASURE_NAMES.newEnrolled}累计`, persons, exactPersons);
  }

  const p = model.progress(ref.area, insurance, ref.year);
  switch (ref.metric) {
    case 'enrolled':
      return monthly(p.enrolled, p.month, `${where}${ins}${MEASURE_NAMES.enrolled}`, persons, exactPersons);
    case 'target':
      return annual(p.target, `${where}${ref.year}年${ins}参保人数${MEASURE_NAMES.target}`, persons, exactPersons);
    case 'completion':
      return monthly(p.completion, p.month, `${where}${ins}年度参保目标${MEASURE_NAMES.completion}`, formatPercent);
    case 'remaining':
      return monthly(p.remaining, p.month, `${where}${ins}距年度参保目标尚差人数`, persons, exactPersons);
    case 'contributionRate':
      return monthly(p.contributionRate, p.month, `${where}${ins}${MEASURE_NAMES.contributionRate}`, formatPercent);
    case 'rateTarget':
      return annual(p.rateTarget, `${where}${ref.year}年${ins}${MEASURE_NAMES.contributionRate}目标`, (r) => formatPercentValue(r * 100));
    case 'newContributionRate':
      return monthly(p.newContributionRate, p.month, `${where}${ins}${MEASURE_NAMES.newContributionRate}`, formatPercent);
    case 'growth': {
      const growth = p.enrolled != null && p.baseline != null ? p.enrolled - p.baseline : null;
      const signed = (n: number) => (n > 0 ? `+${formatWan(n)}人` : n < 0 ? `${formatWan(n)}人` : '0人');
      return monthly(growth, p.month, `${where}${ins}${MEASURE_NAMES.enrolled}比上年末增减`, signed, (n) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatCount(Math.abs(n))}人`);
    }
  }
}

/** The chart `<TrendChart>` shows: the progress pages' own figure, with an id unique to articles. */
export function trendFigure(model: Model, ref: ChartRef): FigureSpec | null {
  const where = { area: ref.area, name: areaName(model, ref.area) };
  const figure =
    ref.measure === 'enrolled'
      ? enrolmentFigure(model, where, ref.insurance, ref.year)
      : ref.measure === 'contributionRate'
        ? rateFigure(model, where, ref.insurance, ref.year)
        : newEnrolmentFigure(model, where, ref.insurance, ref.year);
  // The same figure as on the progress page, id included, so its CSV, SVG and embed
  // page (generated from the figure registry) are the ones the article links to.
  return figure;
}

/** Where a chart's data comes from: the progress page section. */
export function chartHref(model: Model, ref: ChartRef): string {
  return `${progressHref(model, ref.area, ref.year)}#${ref.insurance}`;
}

/** The figure an article shows on its poster and share image when its frontmatter names none. */
export function defaultFigureRef(model: Model, insurances: readonly Insurance[]): FigureRef {
  return parseFigureProps({ metric: 'enrolled', area: PROVINCE, insurance: insurances[0] ?? 'pension' }, model);
}

/** An article's key figure (poster, share image): its frontmatter `figure`, or the default. */
export function keyFigure(source: FigureSource, article: { figure?: Record<string, unknown>; insurances: readonly Insurance[] }): LiveFigure {
  const ref = article.figure ? parseFigureProps(article.figure, source.model) : defaultFigureRef(source.model, article.insurances);
  return liveFigure(source, ref);
}
