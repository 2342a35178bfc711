/** The chart functions and what callers need to call them (see README.md in this folder). */
export { lineChart, type LineChartSpec } from './line-chart';
export { barChart, type BarChartSpec } from './bar-chart';
export { progressBar, percent, type ProgressSpec } from './progress';
export { categoryBarChart, type CategoryBar, type CategoryBarSpec } from './category-bars';
export type { MonthPoint, MonthSeries, ReferenceLine, MonthChartSpec } from './frame';
export { INSURANCE_COLORS, SERIES_COLORS, INK, MUTED, seriesStyle, contrastRatio, type SeriesStyle } from './palette';
export { escapeXml } from './svg';
