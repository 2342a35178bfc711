/**
 * Which built pages the sitemap lists: real pages only. Left out: embed pages (a chart
 * without its page, noindex), the search page (noindex: results are not content), article posters (print views), and the year addresses of the latest year, which only
 * forward to the bare address (see LatestYearStub.astro), in both editions.
 */
import { getSite } from './site';
import { HTML_LANG, twins } from '../../i18n/lang';

/** True when `url` (absolute, from @astrojs/sitemap) belongs in the sitemap. */
export function keepInSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  if (path.startsWith('/embed/') || path === '/search/') return false;
  // Article posters are print views of their article (noindex).
  if (/^\/articles\/[^/]+\/poster\/$/.test(path)) return false;
  const latest = latestProgressYear();
  if (latest != null) {
    // The English stubs (/en/years/<y>/, /en/cities/<id>/<y>/) too.
    const zh = path.startsWith('/en/') ? path.slice(3) : path;
    if (zh === `/years/${latest}/`) return false;
    const m = /^\/cities\/([^/]+)\/(\d{4})\/$/.exec(zh);
    if (m && Number(m[2]) === latest) return false;
  }
  return true;
}

/** The latest year, when it has progress pages (null otherwise). */
function latestProgressYear(): number | null {
  const { model } = getSite();
  const year = model.latestYear;
  return year != null && model.hasProgressYear(year) ? year : null;
}

/** The hreflang alternates of a page with two editions (both link each other), as @astrojs/sitemap writes them. */
export function sitemapLinks(url: string): { url: string; lang: string }[] | undefined {
  const u = new URL(url);
  const pair = twins(u.pathname);
  if (!pair) return undefined;
  return [
    { url: new URL(pair.zh, u).href, lang: HTML_LANG.zh },
    { url: new URL(pair.en, u).href, lang: HTML_LANG.en },
  ];
}
