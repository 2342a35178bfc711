/**
 * Which built pages the sitemap lists: real pages only. Left out: embed pages (a chart
 * without its page, noindex), the search page (noindex: results are not content), article posters (print views), and the year addresses of the latest year, which only
 * forward to the bare address (see LatestYearStub.astro).
 */
import { getSite } from './site';
import { progressYears } from '../stats/model';

/** True when `url` (absolute, from @astrojs/sitemap) belongs in the sitemap. */
export function keepInSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  if (path.startsWith('/embed/') || path === '/search/') return false;
  // Article posters are print views of their article (noindex).
  if (/^\/articles\/[^/]+\/poster\/$/.test(path)) return false;
  const { model } = getSite();
  const latest = model.latestYear;
  if (latest != null && progressYears(model).includes(latest)) {
    if (path === `/years/${latest}/`) return false;
    const m = /^\/cities\/([^/]+)\/(\d{4})\/$/.exec(path);
    if (m && Number(m[2]) === latest) return false;
  }
  return true;
}
