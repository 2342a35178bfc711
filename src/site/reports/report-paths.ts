/**
 * The pages of the reports and of the assessment, listed once for both editions: /reports/<slug>/
 * and /en/reports/<slug>/ (and /assessment/<year>/ and its twin) are made from these lists, so
 * every Chinese report has its English twin.
 */
import { getSite } from '../build/site';
import { assessmentYearsOf, periodsOf } from './report-common';

/** getStaticPaths of the report pages: one per period the data supports. */
export function reportPaths() {
  return periodsOf(getSite().model).map((period) => ({ params: { slug: period.slug }, props: { period } }));
}

/** getStaticPaths of the assessment pages: one per year with targets and reports. */
export function assessmentPaths() {
  return assessmentYearsOf(getSite().model).map((year) => ({ params: { year: String(year) }, props: { year } }));
}
