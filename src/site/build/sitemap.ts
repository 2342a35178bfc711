/**
 * Which built pages the sitemap lists: real pages only. Left out: embed pages (a chart
 * without its page, noindex), the search page (noindex: results are not content), article posters (print views), and the year addresses of the latest year, which only
 * forward to the bare address (see LatestYearStub.astro).
 */
import { getSite } from './site';
import { progressYears } from '../../stats/model';

/** True when `url` (absolute, from @astrojs/sitemap) belongs in the sitemap. */
export function keepInSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  if (path.startsWith('/embed/') || path === '/search/') return false;
  // Article posters are print views of their article (noindex).
  if (/^\/articles\/[^/]+\/poster\/$/.test(path)) return false;
  const latest = latestProgressYear();
  if (latest != null) {
    if (path === `/years/${latest}/`) return false;
    const m = /^\/cities\/([^/]+)\/(\d{4})\/$/.exec(path);
    if (m && Number(m[2]) === latest) return false;
  }
  return true;
}

const LATEST = new WeakMap<object, number | null>();

/** The latest year that has progress pages (null if none), once per model: the filter sees every URL of the site. */
function latestProgressYear(): number | null {
  const { model } = getSite();
  let latest = LATEST.get(model);
  if (latest === undefined) {
    const year = model.latestYear;
    latest = year != null && progressYears(model).includes(year) ? year : null;
    LATEST.set(model, latest);
  }
  return latest;
}
