/**
 * What the release calendar shows (/calendar/, /calendar.ics, the 下次更新 line of report and
 * progress pages, the home page): calendar.csv's releases, upcoming and past, with the words a
 * reader sees. Pure over the validated calendar and the reports the data supports.
 */
import type { CalendarEntry, CalendarStatus, Day, ReleaseKind } from '../../data/types';
import { formatDay, formatMonth } from '../../format/date';
import { QUARTER_NAMES, REPORT_NAMES } from '../../i18n/glossary';
import { QUARTER_NAMES_EN } from '../../i18n/en';
import { formatDayEn, formatMonthEn } from '../../format/en';
import type { Lang } from '../../i18n/lang';
import type { Model } from '../../stats/model';
import { assessmentHref, assessmentYearsOf, periodsOf, reportHref } from '../reports/report-common';

/** The Chinese word of each status, as calendar.csv may also write it. */
export const CALENDAR_STATUS_NAMES: Record<CalendarStatus, string> = {
  planned: '拟定',
  confirmed: '确定',
  postponed: '推迟',
  cancelled: '取消',
  published: '已发布',
};

/** One release as the calendar page and the iCalendar file show it. */
export interface CalendarItem {
  release: string;
  kind: ReleaseKind;
  /** 2006年1月扩面月报, 2005年第四季度扩面阶段报告, 2005年扩面年度总结, 2005年度考核. */
  title: string;
  date: Day;
  dateText: string;
  status: CalendarStatus;
  statusText: string;
  /** The day first announced, for a postponed release. */
  previousDate?: Day;
  previousDateText?: string;
  /** The reason of a postponement or cancellation, or a remark (plain text). */
  note?: string;
  /** Set when an English item shows the Chinese note, as calendar.csv gives no note_en. */
  noteLang?: 'zh';
  /** The report's page, once published and built. */
  href?: string;
  /** The anchor of the release on /calendar/. */
  anchor: string;
}

/** The calendar page's two lists. */
export interface CalendarView {
  /** Releases not yet out (postponed and cancelled ones included), soonest first. */
  upcoming: CalendarItem[];
  /** Published releases, newest first. */
  past: CalendarItem[];
}

/** The English word of each status. */
export const CALENDAR_STATUS_NAMES_EN: Record<CalendarStatus, string> = {
  planned: 'provisional',
  confirmed: 'confirmed',
  postponed: 'postponed',
  cancelled: 'cancelled',
  published: 'published',
};

/** The English title of a release: "Monthly report, January 2006", "Quarterly stage report, fourth quarter 2005". */
export function releaseTitleEn(e: Pick<CalendarEntry, 'kind' | 'year' | 'lastMonth'>): string {
  switch (e.kind) {
    case 'month':
      return `Monthly report, ${formatMonthEn(e.lastMonth)}`;
    case 'quarter':
      return `Quarterly stage report, ${QUARTER_NAMES_EN[Number(e.lastMonth.slice(5, 7)) / 3 - 1]!.toLowerCase()} ${e.year}`;
    case 'year':
      return `Annual summary ${e.year}`;
    case 'assessment':
      return `Annual assessment ${e.year}`;
  }
}

/** The next-release line in English: "27 February 2006 (Monthly report, January 2006; postponed from 20 February 2006)". */
export function nextReleaseTextEn(e: CalendarEntry): string {
  const postponed = e.status === 'postponed' && e.previousDate !== undefined ? `; postponed from ${formatDayEn(e.previousDate)}` : '';
  const planned = e.status === 'planned' ? `; ${CALENDAR_STATUS_NAMES_EN.planned}` : '';
  return `${formatDayEn(e.date)} (${releaseTitleEn(e)}${postponed}${planned})`;
}

/** The title of a release. */
export function releaseTitle(e: Pick<CalendarEntry, 'kind' | 'year' | 'lastMonth'>): string {
  switch (e.kind) {
    case 'month':
      return `${formatMonth(e.lastMonth)}扩面月报`;
    case 'quarter':
      return `${e.year}年${QUARTER_NAMES[Number(e.lastMonth.slice(5, 7)) / 3 - 1]}扩面阶段报告`;
    case 'year':
      return `${e.year}年扩面年度总结`;
    case 'assessment':
      return `${e.year}${REPORT_NAMES.assessment}`;
  }
}

/** The address of a release's page: the report or the assessment (whether it exists is the caller's to check). */
export function releaseHref(e: Pick<CalendarEntry, 'kind' | 'release' | 'year'>): string {
  return e.kind === 'assessment' ? `/assessment/${e.year}/` : `/reports/${e.release}/`;
}

/**
 * A calendar row with its words; `pages` is the set of report and assessment addresses the site
 * has. In English the report links go to the English twins (/en/reports/…), which the site
 * builds for every report it has.
 */
export function calendarItem(e: CalendarEntry, pages: ReadonlySet<string>, lang: Lang = 'zh'): CalendarItem {
  const en = lang === 'en';
  const day = en ? formatDayEn : formatDay;
  const href = releaseHref(e);
  const item: CalendarItem = {
    release: e.release,
    kind: e.kind,
    title: en ? releaseTitleEn(e) : releaseTitle(e),
    date: e.date,
    dateText: day(e.date),
    status: e.status,
    statusText: (en ? CALENDAR_STATUS_NAMES_EN : CALENDAR_STATUS_NAMES)[e.status],
    anchor: `release-${e.release}`,
  };
  if (e.status === 'postponed' && e.previousDate !== undefined) {
    item.previousDate = e.previousDate;
    item.previousDateText = day(e.previousDate);
  }
  if (en && e.noteEn !== undefined) item.note = e.noteEn;
  else if (e.note !== undefined) {
    item.note = e.note;
    if (en) item.noteLang = 'zh';
  }
  if (e.status === 'published' && pages.has(href)) item.href = en ? `/en${href}` : href;
  return item;
}

/** The calendar page: upcoming soonest first, published newest first. */
export function calendarView(calendar: readonly CalendarEntry[], pages: ReadonlySet<string>, lang: Lang = 'zh'): CalendarView {
  const items = calendar.map((e) => calendarItem(e, pages, lang));
  return {
    upcoming: items.filter((i) => i.status !== 'published'),
    past: items.filter((i) => i.status === 'published').reverse(),
  };
}

/**
 * The next release due on or after the build date, of one kind or of any: not published, not
 * cancelled. Null when the calendar names none, so that a page says nothing rather than guess.
 */
export function nextRelease(calendar: readonly CalendarEntry[], buildDate: Day, kind?: ReleaseKind): CalendarEntry | null {
  for (const e of calendar) {
    if (e.status === 'published' || e.status === 'cancelled' || e.date < buildDate) continue;
    if (kind === undefined || e.kind === kind) return e;
  }
  return null;
}

/** The 下次更新 line: "2006年2月27日（2006年1月扩面月报；推迟，原定2006年2月20日）". */
export function nextReleaseText(e: CalendarEntry): string {
  const postponed = e.status === 'postponed' && e.previousDate !== undefined ? `；${CALENDAR_STATUS_NAMES.postponed}，原定${formatDay(e.previousDate)}` : '';
  const planned = e.status === 'planned' ? `；${CALENDAR_STATUS_NAMES.planned}` : '';
  return `${formatDay(e.date)}（${releaseTitle(e)}${postponed}${planned}）`;
}

/** The addresses of every report and assessment page this build has. */
export function reportPages(model: Model): Set<string> {
  return new Set([...periodsOf(model).map(reportHref), ...assessmentYearsOf(model).map(assessmentHref)]);
}
