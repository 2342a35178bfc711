/**
 * How to cite a page, figure or download: pure formatting, unit-tested.
 *
 * - Full reference in GB/T 7714-2015 style for an electronic resource:
 *   `主要责任者. 题名: 其他题名信息[文献类型标志/OL]. (更新日期)[引用日期]. 获取和访问路径.`
 *   The dataset version goes in the "other title information" so the reference names
 *   the exact data it quotes. Dates are YYYY-MM-DD as the standard writes them.
 * - Short form for running text: `发布者《题名》（数据版本 …）`.
 * - Copy-ready sentences that state a figure with its source, for journalists.
 */
import type { Day, Month } from '../../data/types';
import type { Progress } from '../../stats/model';
import { formatMonth } from '../../format/date';
import { formatPercent, formatPersons } from '../../format/number';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN } from '../../i18n/en';
import { formatDayEn, formatMonthEn, formatPersonsEn } from '../../format/en';

/** Who publishes what, and when: the same for every citation of one build. */
export interface CitationSource {
  /** 主要责任者: the publisher from dataset.json. */
  publisher: string;
  /** Dataset version (`YYYYMMDD-xxxxxxxx`). */
  version: string;
  /** 更新日期: the date the data is as of (dataset.json as_of, else the build date). */
  updated: Day;
  /** 引用日期: the build date — the day this page's text was generated. */
  accessed: Day;
}

/** One thing to cite. */
export interface CitedItem {
  /** 题名: the page's or figure's title, e.g. 沈阳市2005年社会保险扩面进展. */
  title: string;
  /** Absolute permanent URL. */
  url: string;
  /** 文献类型标志: EB (web page, default) or DS (data set, for downloads). */
  type?: 'EB' | 'DS';
  /** The month of data the page is about (a June report: 2005-06), when it is about one. */
  dataMonth?: Month;
}

/**
 * GB/T 7714-2015 reference: `发布者. 题名: 数据版本 X[EB/OL]. (更新日期)[引用日期]. URL.`; a page
 * about one month of data names it first in the other title information (`数据月份 2005-06, 数据版本 X`).
 */
export function fullReference(src: CitationSource, item: CitedItem): string {
  const type = item.type ?? 'EB';
  const month = item.dataMonth ? `数据月份 ${item.dataMonth}, ` : '';
  return `${endless(src.publisher)}. ${endless(item.title)}: ${month}数据版本 ${src.version}[${type}/OL]. (${src.updated})[${src.accessed}]. ${item.url}.`;
}

/** Short in-text form: `发布者《题名》（数据版本 X）`, or `（2005年6月数据，数据版本 X）` for a page about one month. */
export function shortCitation(src: CitationSource, item: Pick<CitedItem, 'title' | 'dataMonth'>): string {
  const month = item.dataMonth ? `${formatMonth(item.dataMonth)}数据，` : '';
  return `${src.publisher}《${unbracketed(item.title)}》（${month}数据版本 ${src.version}）`;
}

/** The source note appended to a copied sentence: `（来源：发布者《题名》，数据版本 X）`. */
export function sourceNote(src: CitationSource, item: Pick<CitedItem, 'title'>): string {
  return `（来源：${src.publisher}《${unbracketed(item.title)}》，数据版本 ${src.version}）`;
}

/**
 * A sentence stating where an area stands on one insurance, e.g.
 * `截至2005年12月，沈阳市企业职工基本养老保险参保人数为154.8万人，完成年度目标的101.0%，缴费率为92.8%。`
 * Null when the area has no figure for the year.
 */
export function progressSentence(areaName: string, p: Progress): string | null {
  if (p.enrolled == null || p.month == null) return null;
  const name = INSURANCE_NAMES[p.insurance].full;
  let s = `截至${formatMonth(p.month)}，${areaName}${name}参保人数为${formatPersons(p.enrolled)}`;
  s += p.completion != null ? `，完成年度目标的${formatPercent(p.completion)}` : '（未设年度目标）';
  if (p.contributionRate != null) s += `，缴费率为${formatPercent(p.contributionRate)}`;
  return `${s}。`;
}

/** A sentence with its source note, ready to paste. */
export function quotable(sentence: string, src: CitationSource, item: Pick<CitedItem, 'title'>): string {
  return `${sentence}${sourceNote(src, item)}`;
}

/** The standard puts ". " after each element; a title that already ends in a full stop keeps one. */
function endless(s: string): string {
  return s.replace(/[.。．]+$/u, '');
}

/** 《》 inside 《》 become 〈〉, as Chinese style nests title marks. */
function unbracketed(s: string): string {
  return s.replace(/《/g, '〈').replace(/》/g, '〉');
}

/**
 * The English edition's reference, in the manner of APA's data-set style:
 * `Publisher. (2005). Title (data for June 2005, data version X) [Web page]. Updated 31 December 2005. Retrieved 31 December 2005, from URL`.
 */
export function fullReferenceEn(src: CitationSource, item: CitedItem): string {
  const kind = (item.type ?? 'EB') === 'DS' ? 'Data set' : 'Web page';
  const month = item.dataMonth ? `data for ${formatMonthEn(item.dataMonth)}, ` : '';
  return `${endless(src.publisher)}. (${src.updated.slice(0, 4)}). ${endless(item.title)} (${month}data version ${src.version}) [${kind}]. Updated ${formatDayEn(src.updated)}. Retrieved ${formatDayEn(src.accessed)}, from ${item.url}`;
}

/** Short in-text form: `Publisher, "Title" (data version X)`, or `(June 2005 data, data version X)`. */
export function shortCitationEn(src: CitationSource, item: Pick<CitedItem, 'title' | 'dataMonth'>): string {
  const month = item.dataMonth ? `${formatMonthEn(item.dataMonth)} data, ` : '';
  return `${src.publisher}, “${item.title}” (${month}data version ${src.version})`;
}

/** A sentence with its source note, ready to paste: `… (Source: Publisher, "Title", data version X)`. */
export function quotableEn(sentence: string, src: CitationSource, item: Pick<CitedItem, 'title'>): string {
  return `${sentence} (Source: ${src.publisher}, “${item.title}”, data version ${src.version})`;
}

/**
 * progressSentence in English, e.g. `As of December 2005, Shenyang had 1.548 million people
 * insured under Basic Pension Insurance for Enterprise Employees, 101.0% of its annual target;
 * the contribution rate was 92.8%.` Null when the area has no figure for the year.
 */
export function progressSentenceEn(areaName: string, p: Progress): string | null {
  if (p.enrolled == null || p.month == null) return null;
  let s = `As of ${formatMonthEn(p.month)}, ${areaName} had ${formatPersonsEn(p.enrolled)} insured under ${INSURANCE_NAMES_EN[p.insurance].full}`;
  s += p.completion != null ? `, ${formatPercent(p.completion)} of its annual target` : ' (no annual target set)';
  if (p.contributionRate != null) s += `; the contribution rate was ${formatPercent(p.contributionRate)}`;
  return `${s}.`;
}
