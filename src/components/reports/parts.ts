/** The parts every report page is made of, imported together by MonthlyReport, QuarterlyReport and AnnualReport. */
export { default as Base } from '../../layouts/Base.astro';
export { default as ReportHeader } from './ReportHeader.astro';
export { default as ReportPager } from './ReportPager.astro';
export { default as ReportSection } from './ReportSection.astro';
export { default as KeyFigures } from '../progress/KeyFigures.astro';
export { default as CiteThis } from '../shell/CiteThis.astro';
export { default as NextRelease } from '../shell/NextRelease.astro';
export { reportHref } from '../../site/reports/report-common';
