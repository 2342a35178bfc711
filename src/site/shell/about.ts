/** Facts about this build that citations, downloads and embeds all state the same way. */
import { settings } from '../../settings';
import type { Site } from '../build/site';
import type { CitationSource } from './citation';
import type { Lang } from '../../i18n/lang';

/** The publisher, version and dates every citation of this build uses (the English edition names the publisher in English when dataset.json does). */
export function citationSource(site: Pick<Site, 'dataset' | 'version'>, lang: Lang = 'zh'): CitationSource {
  const { meta, buildDate } = site.dataset;
  const publisher = lang === 'en' ? (meta.publisherEn ?? meta.publisher) : meta.publisher;
  return { publisher, version: site.version, updated: meta.asOf ?? buildDate, accessed: buildDate };
}

/** The absolute address of a site path, on `base` when given (Astro's `site`, which is SITE_URL) or else on SITE_URL. */
export function absoluteUrl(path: string, base?: URL | string): string {
  return new URL(path, base ?? settings().siteUrl).href;
}
