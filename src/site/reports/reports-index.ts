/** The list of reports (/reports/) and the short line of a year's reports on the progress pages. */
import { QUARTER_NAMES, REPORT_NAMES } from '../../i18n/glossary';
import { formatMonth } from '../../format/date';
import type { Model } from '../../stats/model';
import type { ReportPeriod } from '../../stats/periods';
import { assessmentHref, assessmentYearsOf, periodsOf, reportHref, reportTitle, type Link } from './report-common';

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

function item(p: ReportPeriod): ReportItem {
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
export function reportsIndex(model: Model): ReportYear[] {
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
      if (quarter || months.length) quarters.push({ quarter: quarter ? item(quarter) : null, months: months.map(item) });
    }
    return {
      year,
      annual: annual ? item(annual) : null,
      assessment: assessed.has(year) ? { href: assessmentHref(year), label: `${year}年度考核` } : null,
      quarters,
    };
  });
}

/** The newest reports of each kind: what "最新报告" links to. */
export function latestReports(model: Model, year?: number): Link[] {
  const periods = periodsOf(model).filter((p) => year == null || p.year === year);
  const links: Link[] = [];
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const p = periods.find((x) => x.kind === kind);
    if (p) links.push({ href: reportHref(p), label: reportTitle(p) + (p.complete || kind === 'month' ? '' : `（${REPORT_NAMES.inProgress}）`) });
  }
  const y = year ?? periods.find((p) => p.kind === 'year')?.year;
  if (y != null && assessmentYearsOf(model).includes(y)) links.push({ href: assessmentHref(y), label: `${y}年度考核` });
  return links;
}
