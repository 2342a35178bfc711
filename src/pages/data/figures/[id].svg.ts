/** /data/figures/<id>.svg: a chart as a standalone SVG file with title and source line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site';
import { figurePaths, figureSvg } from '../../../site/figure-downloads';

export const getStaticPaths = (() => figurePaths(getSite(), 'chart')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params, site }) =>
  new Response(figureSvg(getSite(), params.id, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
