/**
 * The site's two editions: Chinese at the root, English under /en/ at the same address
 * otherwise (/cities/shenyang/ and /en/cities/shenyang/). Which pages have an English twin is
 * said here once, so the language switcher, the hreflang alternates and the sitemap agree.
 */

export type Lang = 'zh' | 'en';

/** The value of `<html lang>` and of `hreflang` for each edition. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Where the English edition lives. */
export const EN_ROOT = '/en/';

/** The edition a site path belongs to. */
export function langOf(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith(EN_ROOT) ? 'en' : 'zh';
}

/**
 * The Chinese pages that have an English twin, as patterns of their paths. The English pages
 * are generated from the same lists as these (the same regions, years and reports), so a
 * Chinese page matching one always has its twin.
 */
const TWINNED: readonly RegExp[] = [
  // The progress pages: the province (latest year at /), its years, the regions and each region by year.
  /^\/$/,
  /^\/years\/\d{4}\/$/,
  /^\/cities\/$/,
  /^\/cities\/(?!by\/)[^/]+\/$/,
  /^\/cities\/(?!by\/)[^/]+\/\d{4}\/$/,
  // The reference pages.
  /^\/calendar\/$/,
  /^\/notice\/$/,
  /^\/methodology\/$/,
  /^\/data\/$/,
  // The reports and the assessment.
  /^\/reports\/$/,
  /^\/reports\/[^/]+\/$/,
  /^\/assessment\/$/,
  /^\/assessment\/\d{4}\/$/,
];

/** The English twin of a Chinese page's path, or null when it has none. */
export function englishTwin(zhPath: string): string | null {
  if (langOf(zhPath) === 'en') return null;
  return TWINNED.some((p) => p.test(zhPath)) ? `/en${zhPath}` : null;
}

/** The Chinese twin of an English page's path (every English page has one), or null for a Chinese path. */
export function chineseTwin(enPath: string): string | null {
  if (langOf(enPath) !== 'en') return null;
  return enPath === '/en' ? '/' : enPath.slice(3);
}

/** Both editions of a page, when it has two: what hreflang alternates and the switcher link. */
export function twins(pathname: string): { zh: string; en: string } | null {
  if (langOf(pathname) === 'en') return { zh: chineseTwin(pathname)!, en: pathname };
  const en = englishTwin(pathname);
  return en ? { zh: pathname, en } : null;
}
