/** Facts about this build that citations, downloads and embeds all state the same way. */
import { settings } from '../../settings';
import type { Site } from '../build/site';
import type { CitationSource } from './citation';

/** The publisher, version and dates every citation of this build uses. */
export function citationSource(site: Pick<Site, 'dataset' | 'version'>): CitationSource {
  const { meta, buildDate } = site.dataset;
  return { publisher: meta.publisher, version: site.version, updated: meta.asOf ?? buildDate, accessed: buildDate };
}

/** The absolute address of a site path, on `base` when given (Astro's `site`, which is SITE_URL) or else on SITE_URL. */
export function absoluteUrl(path: string, base?: URL | string): string {
  return new URL(path, base ?? settings().siteUrl).href;
}
