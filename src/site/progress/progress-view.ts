/**
 * View models for the progress pages (province and region): which figures each
 * section shows, so the .astro pages only lay them out.
 */
import type { Insurance, Region } from '../../data/types';
import { INSURANCE_NAMES, MEASURE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatCount, formatPercent, formatPersons } from '../../format/number';
import { formatMonthEn, formatPersonsEn, ordinalEn } from '../../format/en';
import { PROVINCE, progressYears, type Model, type Progress } from '../../stats/model';
import { areaStatus, insuranceStatus, statusName, type InsuranceStatus, type StatusKey, type Tone } from '../../stats/status';
import { enrolmentFigure, newEnrolmentFigure, rateFigure, type AreaRef, type FigureSpec, type TableSpec } from '../figures/figures';

/** One insurance section of a progress page. */
export interface InsuranceSection {
  insurance: Insurance;
  name: string;
  anchor: string;
  progress: Progress;
  /** The status every page shows for this insurance (src/stats/status.ts). */
  status: InsuranceStatus;
  figures: FigureSpec[];
  /** "完成率在15个地区中居第3位" (regions only). */
  position?: string;
  /** Said instead of charts when the area has no report for this insurance in the year. */
  empty?: string;
}

/** Everything a progress page shows for one area and year. */
export interface ProgressView {
  where: AreaRef;
  year: number;
  latestYear: number | null;
  years: number[];
  /** The month the page's figures are "as of". */
  month: string | null;
  complete: boolean;
  sections: InsuranceSection[];
  /** The year-specific address that keeps showing this year when a new one starts (for citations). */
  permalink: string;
}

/**
 * A region as English prose names it: its English name ("Shenyang"), the provincial level as
 * "the provincial level"; the Chinese name where regions.csv gives no English one.
 */
export function regionProseEn(region: Region): string {
  if (!region.nameEn) return region.name;
  return region.kind === 'provincial' ? `the ${region.nameEn.charAt(0).toLowerCase()}${region.nameEn.slice(1)}` : region.nameEn;
}

/** The English title of a region's progress page: "Coverage expansion in Shenyang, 2005", "… at the provincial level, 2005". */
export function regionTitleEn(region: Region, year: number): string {
  return `Coverage expansion ${region.kind === 'provincial' && region.nameEn ? 'at' : 'in'} ${regionProseEn(region)}, ${year}`;
}

/** The title of a progress page (the province's when `region` is null), as its page and its latest year's stub show it. */
export function progressTitle(region: Region | null, year: number, lang: Lang = 'zh'): string {
  if (region) return lang === 'en' ? regionTitleEn(region, year) : `${region.name}${year}年扩面进展`;
  return lang === 'en' ? `Coverage expansion in Liaoning, ${year}` : `${year}年全省扩面进展`;
}

/** The URL of an area's progress page for a year (latest year at the bare address), in either edition. */
export function progressHref(model: Model, area: string, year: number, lang: Lang = 'zh'): string {
  const latest = year === model.latestYear;
  const root = lang === 'en' ? '/en' : '';
  if (area === PROVINCE) return latest ? `${root}/` : `${root}/years/${year}/`;
  return latest ? `${root}/cities/${area}/` : `${root}/cities/${area}/${year}/`;
}

/**
 * The permanent, year-specific URL of a progress page: `/years/<y>/` or `/cities/<id>/<y>/`.
 * For the latest year that address is a stub that sends readers to the bare address
 * (see progressHref); when the next year starts it becomes the year's own page, so a
 * citation keeps pointing at the year it quoted.
 */
export function permanentProgressHref(area: string, year: number, lang: Lang = 'zh'): string {
  const root = lang === 'en' ? '/en' : '';
  return area === PROVINCE ? `${root}/years/${year}/` : `${root}/cities/${area}/${year}/`;
}

/** The progress view of an area (PROVINCE or a region id) for a year. */
export function progressView(model: Model, where: AreaRef, year: number, lang: Lang = 'zh'): ProgressView {
  const en = lang === 'en';
  const sections = model.insurances.map((insurance): InsuranceSection => {
    const progress = model.progress(where.area, insurance, year);
    const figures = [
      enrolmentFigure(model, where, insurance, year, lang),
      newEnrolmentFigure(model, where, insurance, year, lang),
      rateFigure(model, where, insurance, year, lang),
    ].filter((f): f is FigureSpec => f != null);
    let position: string | undefined;
    if (where.area !== PROVINCE) {
      const rows = model.regionProgress(insurance, year);
      const mine = rows.find((r) => r.region.id === where.area);
      const ranked = rows.filter((r) => r.rank != null).length;
      if (mine?.rank != null) position = en ? `Ranked ${ordinalEn(mine.rank)} of the ${ranked} regions with a target by share of target reached` : `完成率在有目标的${ranked}个地区中居第${mine.rank}位`;
    }
    const short = (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].short;
    const empty = figures.length ? undefined : en ? `${where.name} has no monthly report for ${short.toLowerCase()} insurance in ${year}.` : `${where.name}${year}年没有${short}的月度报表。`;
    return { insurance, name: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].full, anchor: insurance, progress, status: insuranceStatus(model, where.area, insurance, year), figures, position, empty };
  });
  return {
    where,
    year,
    latestYear: model.latestYear,
    years: progressYears(model),
    month: model.lastMonthOf(year),
    complete: model.isYearComplete(year),
    sections,
    permalink: permanentProgressHref(where.area, year, lang),
  };
}

/** One insurance of one region in the regions table: completion and the status in words. */
export interface RegionCell {
  insurance: Insurance;
  /** 97.1%, or the enrolment where no target is set, or —. */
  text: string;
  /** Completion for sorting (null sorts last). */
  value: number | null;
  status: string;
  tone: Tone;
  key: StatusKey;
}

/** A row of the regions table. */
export interface RegionRow {
  region: Region;
  href: string;
  cells: RegionCell[];
  /** Persons still short of the enrolment targets, all insurances together (null: no target). */
  shortfall: number | null;
  shortfallText: string;
}

/** An order of the regions table, pre-rendered as its own page so it works without JavaScript. */
export interface RegionOrder {
  /** `code` (regions.csv order), `completion-<insurance>`, `shortfall`. */
  key: string;
  label: string;
  href: string;
  rows: RegionRow[];
}

/** The orders of the regions table and where each lives. */
export function regionOrderHref(key: string): string {
  return key === 'code' ? '/cities/' : `/cities/by/${key}/`;
}

/** The table of all regions' completion and status per insurance, in every order a reader may want. */
export function regionsTable(model: Model, year: number, lang: Lang = 'zh'): TableSpec & { links: string[]; insurances: Insurance[]; rows2: RegionRow[]; orders: RegionOrder[] } {
  const en = lang === 'en';
  const insurances = model.insurances;
  const byInsurance = insurances.map((i) => new Map(model.regionProgress(i, year).map((r) => [r.region.id, r.progress])));
  const rows2 = model.regions.map((region: Region): RegionRow => {
    const status = areaStatus(model, region.id, year);
    let shortfall: number | null = null;
    const cells = insurances.map((insurance, k): RegionCell => {
      const p = byInsurance[k]!.get(region.id);
      const s = status.items.find((x) => x.insurance === insurance)!;
      if (p?.remaining != null) shortfall = (shortfall ?? 0) + p.remaining;
      return {
        insurance,
        text: p?.completion != null ? formatPercent(p.completion) : p?.enrolled != null ? (en ? formatPersonsEn(p.enrolled) : `${formatCount(p.enrolled)}人`) : '—',
        value: p?.completion ?? null,
        status: en ? statusName(s.key, s.period, 'en') : s.label,
        tone: s.tone,
        key: s.key,
      };
    });
    return { region, href: progressHref(model, region.id, year, lang), cells, shortfall, shortfallText: shortfall == null ? '—' : shortfall === 0 ? '0' : en ? formatPersonsEn(shortfall) : formatPersons(shortfall) };
  });
  const byValue = (v: (r: RegionRow) => number | null, descending: boolean) => (a: RegionRow, b: RegionRow) => {
    const x = v(a);
    const y = v(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    return descending ? y - x : x - y;
  };
  // The English edition has no pre-sorted pages: its table sorts in place (src/scripts/sort-table.ts).
  const orders: RegionOrder[] = [
    { key: 'code', label: en ? 'Area code' : '区划代码顺序', href: en ? '/en/cities/' : regionOrderHref('code'), rows: rows2 },
    ...insurances.map((insurance, k) => ({
      key: `completion-${insurance}`,
      label: en ? `${INSURANCE_NAMES_EN[insurance].short}: share of target` : `${INSURANCE_NAMES[insurance].short}完成率`,
      href: regionOrderHref(`completion-${insurance}`),
      rows: [...rows2].sort(byValue((r) => r.cells[k]!.value, true)),
    })),
    { key: 'shortfall', label: en ? 'Gap to targets' : '尚差人数', href: regionOrderHref('shortfall'), rows: [...rows2].sort(byValue((r) => r.shortfall, true)) },
  ];
  const month = model.lastMonthOf(year);
  return {
    caption: en
      ? `Share of ${year} coverage targets reached, by region${month ? ` (as of ${formatMonthEn(month)})` : ''}`
      : `各地区${year}年扩面计划完成率${month ? `（截至${formatMonth(month)}）` : ''}`,
    columns: insurances.map((i) => ({ label: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[i].short, numeric: true })),
    rows: rows2.map((r) => ({ header: en ? r.region.nameEn || r.region.name : r.region.name, cells: r.cells.map((c) => c.text) })),
    links: rows2.map((r) => r.href),
    insurances,
    rows2,
    orders,
  };
}

/** The id of the regions table of a year (its CSV is /data/figures/<id>.csv). */
export function regionsTableId(year: number): string {
  return `regions-${year}`;
}

/**
 * The regions table as downloaded: for each insurance the enrolment, the target and the
 * completion the page's table shows (the page shows completion, or enrolment where no
 * target is set; the CSV carries all three so nothing has to be inferred from a blank).
 */
export function regionsDownloadTable(model: Model, year: number): TableSpec {
  const insurances = model.insurances;
  const byInsurance = insurances.map((i) => new Map(model.regionProgress(i, year).map((r) => [r.region.id, r.progress])));
  const month = model.lastMonthOf(year);
  const count = (n: number | null) => (n == null ? '—' : formatCount(n));
  return {
    caption: `各地区${year}年扩面计划完成情况${month ? `（截至${formatMonth(month)}）` : ''}`,
    rowHeader: '地区',
    rowKeyLabel: '地区标识',
    columns: insurances.flatMap((i) => [
      { label: `${INSURANCE_NAMES[i].short}${MEASURE_NAMES.enrolled}`, numeric: true, unit: 'persons' as const },
      { label: `${INSURANCE_NAMES[i].short}年度目标`, numeric: true, unit: 'persons' as const },
      { label: `${INSURANCE_NAMES[i].short}${MEASURE_NAMES.completion}`, numeric: true, unit: 'percent' as const },
      { label: `${INSURANCE_NAMES[i].short}状态` },
    ]),
    rows: model.regions.map((region: Region) => {
      const ps = byInsurance.map((m) => m.get(region.id));
      // The status words of the pages (src/stats/status.ts), so a download says what the page says.
      const st = new Map(areaStatus(model, region.id, year).items.map((x) => [x.insurance, x]));
      const label = (k: number) => {
        const x = st.get(insurances[k]!);
        return x ? x.label : '—';
      };
      return {
        header: region.name,
        key: region.id,
        values: ps.flatMap((p) => [p?.enrolled ?? null, p?.target ?? null, p?.completion ?? null, null]),
        cells: ps.flatMap((p, k) => [count(p?.enrolled ?? null), count(p?.target ?? null), p?.completion != null ? formatPercent(p.completion) : '—', label(k)]),
      };
    }),
  };
}
