/** /data/figures/<id>.metadata.json: the sidecar of a figure's CSV (version, source, citation, columns). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/build/site';
import { figureMetadata, figurePaths } from '../../../site/figures/figure-downloads';

// The build writes these files itself (FigureDownloadWriter, from the figure registry), not as one
// Astro route each; the route serves them on the dev server.
export const getStaticPaths = (() => (import.meta.env.DEV ? figurePaths(getSite()) : [])) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params, site }) =>
  new Response(figureMetadata(getSite(), params.id, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
