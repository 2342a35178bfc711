/** /data/figures/<id>.svg: a chart as a standalone SVG file with title and source line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/build/site';
import { figurePaths, figureSvg } from '../../../site/figures/figure-downloads';

// The build writes these files itself (FigureDownloadWriter, from the figure registry), not as one
// Astro route each; the route serves them on the dev server.
export const getStaticPaths = (() => (import.meta.env.DEV ? figurePaths(getSite(), 'chart') : [])) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params, site }) =>
  new Response(figureSvg(getSite(), params.id, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
