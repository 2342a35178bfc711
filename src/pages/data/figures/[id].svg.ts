/** /data/figures/<id>.svg: a chart as a standalone SVG file with title and source line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/build/site';
import { figurePaths, figureSvg } from '../../../site/figures/figure-downloads';

// The build writes these files itself (FigureDownloadWriter, from the embed pages and the data integration): as
// ~150,000 Astro routes they took most of a national build. The route serves them in dev.
export const getStaticPaths = (() => (import.meta.env.DEV ? figurePaths(getSite(), 'chart') : [])) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params, site }) =>
  new Response(figureSvg(getSite(), params.id, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
