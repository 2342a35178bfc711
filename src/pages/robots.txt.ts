/** /robots.txt: everything may be crawled; the sitemap is at SITE_URL. Embed pages say noindex themselves. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/shell/about';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('/sitemap-index.xml', site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
