/** /data/figures/<id>.csv: the table of one chart or data table, exactly as its page shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/build/site';
import { figureCsv, figurePaths } from '../../../site/figures/figure-downloads';

// The build writes these files itself (FigureDownloadWriter, from the figure registry), not as one
// Astro route each; the route serves them on the dev server.
export const getStaticPaths = (() => (import.meta.env.DEV ? figurePaths(getSite()) : [])) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(figureCsv(getSite(), params.id), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
