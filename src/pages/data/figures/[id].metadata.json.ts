/** /data/figures/<id>.metadata.json: the sidecar of a figure's CSV (version, source, citation, columns). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site';
import { figureMetadata, figurePaths } from '../../../site/figure-downloads';

export const getStaticPaths = (() => figurePaths(getSite())) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params, site }) =>
  new Response(figureMetadata(getSite(), params.id, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
