/** /data/figures/index.csv: every chart and table of the site with its page, CSV and embed addresses. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../site/build/site';
import { figureRegistry } from '../../../site/figures/figure-registry';
import { figureFiles } from '../../../site/figures/figures';
import { toCsv } from '../../../site/downloads/csv';
import { absoluteUrl } from '../../../site/shell/about';

export const GET: APIRoute = ({ site }) => {
  const rows = figureRegistry(getSite().model).map((e) => {
    const f = figureFiles(e.id);
    return [e.id, e.kind, e.title, absoluteUrl(e.page, site), absoluteUrl(f.csv, site), e.kind === 'chart' ? absoluteUrl(f.svg, site) : null, e.kind === 'chart' ? absoluteUrl(f.embed, site) : null];
  });
  return new Response(toCsv(['id', 'kind', 'title', 'page', 'csv', 'svg', 'embed'], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
