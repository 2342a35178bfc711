/** Facts about this build that citations, downloads and embeds all state the same way. */
import type { Site } from '../build/site';
import type { CitationSource } from './citation';

/** The publisher, version and dates every citation of this build uses. */
export function citationSource(site: Pick<Site, 'dataset' | 'version'>): CitationSource {
  const { meta, buildDate } = site.dataset;
  return { publisher: meta.publisher, version: site.version, updated: meta.asOf ?? buildDate, accessed: buildDate };
}

/** An absolute URL for a site path, from SITE_URL (Astro's `site`). */
export function absoluteUrl(path: string, base: URL | string | undefined): string {
  return new URL(path, base ?? 'https://kuomian.example.org').href;
}
