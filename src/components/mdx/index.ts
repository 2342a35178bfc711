/**
 * The components articles may use without importing them: the article page
 * passes this map to `<Content components={…} />`. See docs/articles.md.
 */
import Stat from './Stat.astro';
import TrendChart from './TrendChart.astro';
import RegionName from './RegionName.astro';

export const mdxComponents = { Stat, TrendChart, RegionName };
