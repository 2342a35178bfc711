/** The list of reports (/reports/) and the short line of a year's reports on the progress pages. */
import { QUARTER_NAMES, REPORT_NAMES } from '../../i18n/glossary';
import { QUARTER_NAMES_EN, REPORT_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatMonthEn, formatMonthShortEn } from '../../format/en';
import type { Model } from '../../stats/model';
import type { ReportPeriod } from '../../stats/periods';
import { assessmentHref, assessmentLabel, assessmentYearsOf, localHref, periodsOf, reportHref, reportTitle, type Link } from './report-common';

/** One report in a list. */
export interface ReportItem {
  href: string;
  title: string;
  /** Short label within its year: 第二季度, 6月. */
  short: string;
  complete: boolean;
  /** "进行中，数据截至2006年5月" for a period in progress. */
  status: string | null;
}

/** One year of the list, newest first inside. */
export interface ReportYear {
  year: number;
  annual: ReportItem | null;
  assessment: Link | null;
  quarters: { quarter: ReportItem | null; months: ReportItem[] }[];
}

function item(p: ReportPeriod, lang: Lang): ReportItem {
  if (lang === 'en') {
    return {
      href: localHref(reportHref(p), lang),
      title: reportTitle(p, lang),
      short: p.kind === 'month' ? formatMonthShortEn(p.first) : p.kind === 'quarter' ? QUARTER_NAMES_EN[p.quarter! - 1]! : String(p.year),
      complete: p.complete,
      status: p.complete ? null : `${REPORT_NAMES_EN.inProgress}; data to ${formatMonthEn(p.latest)}`,
    };
  }
  const short = p.kind === 'month' ? `${Number(p.first.slice(5, 7))}月` : p.kind === 'quarter' ? QUARTER_NAMES[p.quarter! - 1]! : `${p.year}年`;
  return {
    href: reportHref(p),
    title: reportTitle(p),
    short,
    complete: p.complete,
    status: p.complete ? null : `${REPORT_NAMES.inProgress}，数据截至${formatMonth(p.latest)}`,
  };
}

/** Every report grouped by year (newest first), each year's quarters with their months. */
export function reportsIndex(model: Model, lang: Lang = 'zh'): ReportYear[] {
  const periods = periodsOf(model);
  const assessed = new Set(assessmentYearsOf(model));
  const years = [...new Set(periods.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const mine = periods.filter((p) => p.year === year);
    const annual = mine.find((p) => p.kind === 'year');
    const quarters: ReportYear['quarters'] = [];
    for (let q = 4; q >= 1; q--) {
      const quarter = mine.find((p) => p.kind === 'quarter' && p.quarter === q);
      const months = mine.filter((p) => p.kind === 'month' && Math.ceil(Number(p.first.slice(5, 7)) / 3) === q);
      if (quarter || months.length) quarters.push({ quarter: quarter ? item(quarter, lang) : null, months: months.map((m) => item(m, lang)) });
    }
    return {
      year,
      annual: annual ? item(annual, lang) : null,
      assessment: assessed.has(year) ? { href: localHref(assessmentHref(year), lang), label: assessmentLabel(year, lang) } : null,
      quarters,
    };
  });
}

/** The newest reports of each kind: what "最新报告" links to. */
export function latestReports(model: Model, year?: number, lang: Lang = 'zh'): Link[] {
  const en = lang === 'en';
  const periods = periodsOf(model).filter((p) => year == null || p.year === year);
  const links: Link[] = [];
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const p = periods.find((x) => x.kind === kind);
    const inProgress = p && !(p.complete || kind === 'month') ? (en ? ` (${REPORT_NAMES_EN.inProgress.toLowerCase()})` : `（${REPORT_NAMES.inProgress}）`) : '';
    if (p) links.push({ href: localHref(reportHref(p), lang), label: reportTitle(p, lang) + inProgress });
  }
  const y = year ?? periods.find((p) => p.kind === 'year')?.year;
  if (y != null && assessmentYearsOf(model).includes(y)) links.push({ href: localHref(assessmentHref(y), lang), label: assessmentLabel(y, lang) });
  return links;
}
