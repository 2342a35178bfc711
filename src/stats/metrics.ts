/** The names article components accept: kept apart from live-figures.ts so the content schema can import them without the chart code. */

/** The figures `<Stat metric="…">` can show (see docs/articles.md for what each means). */
export const METRICS = [
  'enrolled',
  'target',
  'completion',
  'remaining',
  'contributionRate',
  'rateTarget',
  'newContributionRate',
  'growth',
  'newEnrolled',
  'groupEnrolled',
  'namedEmployers',
] as const;
export type Metric = (typeof METRICS)[number];

/** What `<TrendChart measure="…">` can draw. */
export const CHART_MEASURES = ['enrolled', 'contributionRate', 'newEnrolled'] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];
