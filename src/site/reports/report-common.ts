/**
 * What the report and assessment pages share: the list of reports (computed once per
 * model), their URLs and titles, the page header, key-figure blocks and tables whose
 * cells can carry a tone (e.g. below target) in words as well as colour. How such a table
 * downloads, and the charts of one bar per region: report-tables.ts.
 */
import type { Insurance, Month, Region } from '../../data/types';
import { QUARTER_NAMES, REPORT_NAMES } from '../../i18n/glossary';
import { QUARTER_NAMES_EN, REPORT_NAMES_EN } from '../../i18n/en';
import { englishTwin, type Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatMonthEn, listEn } from '../../format/en';
import { englishName } from '../shell/page-chrome';
import { PROVINCE, type Model } from '../../stats/model';
import { memo } from '../build/context';
import { assessmentYears, neighbours, reportPeriods, type ReportPeriod } from '../../stats/periods';
import type { Assessment } from '../../stats/assessment';
import { assessmentOfYear } from '../../stats/status';
import type { FigureSpec, TableUnit } from '../figures/figures';
import { progressHref } from '../progress/progress-view';

/** A link. */
export interface Link {
  href: string;
  label: string;
}

/** How a cell reads: plain, or marked (bad: below target, a fall; good: met). */
export type Tone = 'good' | 'bad' | 'warn';

/** A table cell: formatted text, an optional tone and the words that say it (shown, not only coloured). */
export interface Cell {
  text: string;
  tone?: Tone;
  /** Short words for the tone, e.g. 低于目标; rendered after the figure. */
  flag?: string;
  /** The exact figure or a fuller explanation, for the title attribute. */
  title?: string;
  /** The raw figure behind `text` (persons, or a ratio for a percent column), for the table's CSV. */
  value?: number | null;
  /** Set when the figure was revised since the previous release: what it was (src/site/revisions/mark-revisions.ts). */
  revised?: string;
}

/** A row of a report table. */
export interface RichRow {
  header: string;
  href?: string;
  /** Machine-readable key of the row for downloads: the region id (a footer row defaults to `province`). */
  key?: string;
  /**
   * The month the row's figures are from, where it can differ between rows (an area's
   * latest report): the page notes it in brackets, the download in a 数据月份 column.
   */
  month?: Month | null;
  cells: Cell[];
}

/** A table of a report page (region rows, a province total in the footer). */
export interface RichTable {
  caption: string;
  rowHeader: string;
  /** `unit`: how the cells' raw values are downloaded (columns without one download as text). */
  columns: { label: string; numeric?: boolean; unit?: TableUnit }[];
  rows: RichRow[];
  foot: RichRow[];
  /** Notes under the table (gaps, which month a figure is from). */
  notes: string[];
  /**
   * Set on an English table: its row headers and notes are HTML, so that a region without an
   * English name can be shown in Chinese marked lang="zh-CN" (regionName).
   */
  html?: boolean;
}

/** One key figure (主要数字). */
export interface KeyFigure {
  label: string;
  value: string;
  /** Exact count behind a 万 figure, or a fuller statement. */
  title?: string;
  /** A short comparison under the value, e.g. 目标高于90%. */
  detail?: string;
  tone?: Tone;
  flag?: string;
}

/** Key figures of one insurance (or of the whole report). */
export interface KeyBlock {
  heading: string;
  href?: string;
  figures: KeyFigure[];
  note?: string;
}

/** The header every report and assessment page shows. */
export interface PageHeader {
  /** What kind of page: 月报, 季度阶段报告… */
  kind: string;
  title: string;
  year: number;
  /** 进行中 / 已结束 / 初步结果 / 年终结果; empty for a monthly report. */
  status: string;
  complete: boolean;
  /** "数据截至2005年5月" and the like. */
  coverage: string;
  /** The month of data the page is about (its latest month), for its citation; null when it has none. */
  dataMonth: Month | null;
  /** The page's own address in its edition, for its citation. */
  permalink: string;
  breadcrumbs: Link[];
  previous: Link | null;
  next: Link | null;
  /** Other pages of the same year: its annual summary, quarter, assessment, progress page. */
  related: Link[];
}

/** One insurance's section of a report or assessment page: its table and, when drawn, its chart. */
export interface ReportSection {
  insurance: Insurance;
  name: string;
  anchor: string;
  figure: FigureSpec | null;
  table: RichTable;
  /** Registered id of the table (its CSV is /data/figures/<id>.csv). */
  tableId: string;
}

/** A numeric column of persons, and one of a percent. */
export const personsColumn = (label: string) => ({ label, numeric: true, unit: 'persons' as const });
export const percentColumn = (label: string) => ({ label, numeric: true, unit: 'percent' as const });

/** Cell helpers. */
export const plain = (text: string): Cell => ({ text });
export const dash: Cell = { text: '—' };

/** Every report the data supports, newest first (computed once per build). */
export function periodsOf(model: Model): ReportPeriod[] {
  return memo(model, 'report-periods', () => reportPeriods(model.months, model.dataset.targets.map((t) => t.year)));
}

/** A year's assessment, computed once per build (the annual summary, the assessment page and its index share it). */
export function assessmentOf(model: Model, year: number): Assessment {
  // The same object the status vocabulary (src/stats/status.ts) reads, so pages and statuses share one assessment.
  return memo(model, `assessment-${year}`, () => assessmentOfYear(model, year));
}

/** The years with an assessment page, ascending (computed once per build). */
export function assessmentYearsOf(model: Model): number[] {
  return memo(model, 'assessment-years', () => assessmentYears(model.months, model.dataset.targets.map((t) => t.year)));
}

/**
 * A link of the page's edition: a Chinese path as is, or on an English page its English twin
 * when it has one (src/i18n/lang.ts), else the Chinese page itself.
 */
export function localHref(href: string, lang: Lang = 'zh'): string {
  if (lang === 'zh') return href;
  const at = href.indexOf('#');
  const path = at < 0 ? href : href.slice(0, at);
  const twin = englishTwin(path);
  return twin ? twin + (at < 0 ? '' : href.slice(at)) : href;
}

/** The URL of a report (of the Chinese edition: `localHref` gives the page's). */
export function reportHref(p: Pick<ReportPeriod, 'slug'>): string {
  return `/reports/${p.slug}/`;
}

/** The URL of a year's assessment (of the Chinese edition: `localHref` gives the page's). */
export function assessmentHref(year: number): string {
  return `/assessment/${year}/`;
}

/**
 * A region's name as a page shows it: in Chinese plain text; in English its English name, or
 * its Chinese name marked lang="zh-CN", as HTML (English texts that name regions are HTML).
 */
export function regionName(region: Pick<Region, 'name' | 'nameEn'>, lang: Lang = 'zh'): string {
  return lang === 'en' ? englishName(region.nameEn, region.name) : region.name;
}

/** A region's name for plain text that cannot be marked up (a citation to copy): its English name, else its Chinese one. */
export function plainRegionName(region: Pick<Region, 'name' | 'nameEn'>, lang: Lang = 'zh'): string {
  return lang === 'en' ? (region.nameEn ?? region.name) : region.name;
}

/** The name of a period: 2005年6月, 2005年第二季度, 2005年 (June 2005, Second quarter 2005, 2005). */
export function periodName(p: ReportPeriod, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    if (p.kind === 'month') return formatMonthEn(p.first);
    if (p.kind === 'quarter') return `${QUARTER_NAMES_EN[p.quarter! - 1]} ${p.year}`;
    return String(p.year);
  }
  if (p.kind === 'month') return formatMonth(p.first);
  if (p.kind === 'quarter') return `${p.year}年${QUARTER_NAMES[p.quarter! - 1]}`;
  return `${p.year}年`;
}

/** The full title of a report: 2005年6月扩面月报 (Monthly report: June 2005). */
export function reportTitle(p: ReportPeriod, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    const name = periodName(p, 'en');
    return `${REPORT_NAMES_EN[p.kind]}: ${p.kind === 'quarter' ? name[0]!.toLowerCase() + name.slice(1) : name}`;
  }
  const kind = p.kind === 'month' ? '扩面月报' : p.kind === 'quarter' ? '扩面阶段报告' : '扩面年度总结';
  return `${periodName(p)}${kind}`;
}

/** The title of a year's assessment: 2005年度扩面目标考核 (Annual assessment: 2005). */
export function assessmentTitle(year: number, lang: Lang = 'zh'): string {
  return lang === 'en' ? `${REPORT_NAMES_EN.assessment}: ${year}` : `${year}年度扩面目标考核`;
}

/** The short name of a year's assessment in links: 2005年度考核 (Annual assessment: 2005). */
export function assessmentLabel(year: number, lang: Lang = 'zh'): string {
  return lang === 'en' ? assessmentTitle(year, 'en') : `${year}年度考核`;
}

/** The label of a link to a year's province progress page: 2005年全省进展. */
export function progressLabel(year: number, lang: Lang = 'zh'): string {
  return lang === 'en' ? `Liaoning: progress in ${year}` : `${year}年全省进展`;
}

/** Short kind name for lists. */
export function kindName(p: ReportPeriod, lang: Lang = 'zh'): string {
  return (lang === 'en' ? REPORT_NAMES_EN : REPORT_NAMES)[p.kind];
}

/** 进行中 or 已结束 (never 已完成, which is a target met), and what the period covers so far. */
export function statusOf(p: ReportPeriod, lang: Lang = 'zh'): { status: string; coverage: string } {
  if (lang === 'en') {
    if (p.kind === 'month') return { status: '', coverage: `Data for ${formatMonthEn(p.first)}` };
    if (p.complete) return { status: REPORT_NAMES_EN.complete, coverage: `Data to ${formatMonthEn(p.last)}` };
    return { status: REPORT_NAMES_EN.inProgress, coverage: `${REPORT_NAMES_EN.inProgress}; data to ${formatMonthEn(p.latest)}` };
  }
  // A monthly report is never "in progress": it is the month's reports as sent.
  if (p.kind === 'month') return { status: '', coverage: `数据月份：${formatMonth(p.first)}` };
  if (p.complete) return { status: REPORT_NAMES.complete, coverage: `数据截至${formatMonth(p.last)}` };
  return { status: REPORT_NAMES.inProgress, coverage: `${REPORT_NAMES.inProgress}，数据截至${formatMonth(p.latest)}` };
}

/** Whether the province and region progress pages exist for a year. */
export function hasProgressPage(model: Model, year: number): boolean {
  return model.hasProgressYear(year);
}

/** The header of a report page: breadcrumbs, status, previous/next of the same kind, the year's other pages. */
export function reportHeader(model: Model, p: ReportPeriod, lang: Lang = 'zh'): PageHeader {
  const en = lang === 'en';
  const periods = periodsOf(model);
  const { previous, next } = neighbours(periods, p.slug);
  const { status, coverage } = statusOf(p, lang);
  const related: Link[] = [];
  const annual = periods.find((x) => x.kind === 'year' && x.year === p.year);
  const link = (x: ReportPeriod, label = reportTitle(x, lang)): Link => ({ href: localHref(reportHref(x), lang), label });
  if (p.kind === 'month') {
    const q = periods.find((x) => x.kind === 'quarter' && x.year === p.year && p.first >= x.first && p.first <= x.last);
    if (q) related.push(link(q));
  }
  if (p.kind === 'quarter') {
    for (const m of periods.filter((x) => x.kind === 'month' && x.first >= p.first && x.first <= p.last).reverse()) {
      related.push(link(m, en ? reportTitle(m, lang) : `${formatMonth(m.first)}月报`));
    }
  }
  if (annual && annual !== p) related.push(link(annual));
  if (p.kind === 'year') {
    for (const q of periods.filter((x) => x.kind === 'quarter' && x.year === p.year).reverse()) {
      related.push(link(q, en ? reportTitle(q, lang) : `${QUARTER_NAMES[q.quarter! - 1]}阶段报告`));
    }
  }
  if (assessmentYearsOf(model).includes(p.year)) related.push({ href: localHref(assessmentHref(p.year), lang), label: assessmentLabel(p.year, lang) });
  if (hasProgressPage(model, p.year)) related.push({ href: localHref(progressHref(model, PROVINCE, p.year), lang), label: progressLabel(p.year, lang) });
  return {
    kind: kindName(p, lang),
    title: reportTitle(p, lang),
    year: p.year,
    status,
    complete: p.complete,
    coverage,
    dataMonth: p.latest,
    permalink: localHref(reportHref(p), lang),
    breadcrumbs: [
      { href: localHref('/reports/', lang), label: en ? 'Reports' : '报告' },
      { href: localHref(`/reports/#y${p.year}`, lang), label: en ? String(p.year) : `${p.year}年` },
    ],
    previous: previous ? link(previous) : null,
    next: next ? link(next) : null,
    related,
  };
}

/** The region a row stands for, linked to its progress page when that page exists. */
export function regionRowHeader(model: Model, region: Region, year: number, lang: Lang = 'zh'): Pick<RichRow, 'header' | 'href' | 'key'> {
  return { header: regionName(region, lang), key: region.id, href: hasProgressPage(model, year) ? localHref(progressHref(model, region.id, year), lang) : undefined };
}

/** The registered id of a report's table for one insurance (CSV at /data/figures/<id>.csv): `report-2005-q2-pension`. */
export function reportTableId(slug: string, insurance: Insurance): string {
  return `report-${slug}-${insurance}`;
}

/** The registered id of an assessment table: the overview (`assessment-2005`) or one insurance's (`assessment-2005-pension`). */
export function assessmentTableId(year: number, insurance?: Insurance): string {
  return insurance ? `assessment-${year}-${insurance}` : `assessment-${year}`;
}

/** An anchor for an insurance section. */
export function insuranceAnchor(insurance: Insurance): string {
  return insurance;
}

/** "沈阳市、大连市" from regions (in English "Shenyang, Dalian and Anshan", as HTML: regionName). */
export function nameList(regions: readonly Pick<Region, 'name' | 'nameEn'>[], lang: Lang = 'zh'): string {
  return lang === 'en' ? listEn(regions.map((r) => regionName(r, 'en'))) : regions.map((r) => r.name).join('、');
}

/** A region's bar in a chart: its name in the page's language, marked when an English page shows it in Chinese. */
export function barLabel(region: Pick<Region, 'name' | 'nameEn'>, lang: Lang = 'zh'): { label: string; labelLang?: string } {
  if (lang === 'zh') return { label: region.name };
  return region.nameEn ? { label: region.nameEn } : { label: region.name, labelLang: 'zh-CN' };
}
