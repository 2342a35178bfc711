import type { Lang } from '../../i18n/lang';

/**
 * The site's main sections in navigation order, each with its word in the editions whose
 * navigation lists it (the English edition has only some pages; see src/i18n/lang.ts).
 */
const SECTIONS: readonly { path: string; zh?: string; en?: string }[] = [
  { path: '/', zh: '全省进展', en: 'Province' },
  { path: '/cities/', zh: '各地区', en: 'Regions' },
  { path: '/reports/', zh: '报告', en: 'Reports' },
  { path: '/assessment/', zh: '年度考核', en: 'Assessment' },
  { path: '/employers/', zh: '曝光单位' },
  { path: '/articles/', zh: '政策解读' },
  { path: '/data/', zh: '数据下载', en: 'Data' },
  { path: '/methodology/', zh: '方法说明', en: 'Methodology' },
  { path: '/search/', zh: '搜索' },
  { path: '/notice/', en: 'The notice' },
];

/** One edition's navigation: its sections, at that edition's addresses. */
function navOf(lang: Lang): { href: string; label: string }[] {
  return SECTIONS.flatMap(({ path, [lang]: label }) => (label === undefined ? [] : [{ href: lang === 'en' ? `/en${path}` : path, label }]));
}

/** The Chinese edition's main sections. */
export const NAV = navOf('zh');

/** The footer's links: the main sections, then the release calendar, release notes and revisions. */
export const FOOTER_NAV: { href: string; label: string }[] = [
  ...NAV,
  { href: '/calendar/', label: '发布日程' },
  { href: '/releases/', label: '发布记录' },
  { href: '/revisions/', label: '数据修订' },
];

/** The English edition's main sections. */
export const NAV_EN = navOf('en');

/**
 * The English footer: the sections, the release calendar, and the sections published in Chinese
 * only (`zh`), named as such: the explainers and posters are written for Chinese workers, and the
 * named employers are legal sanctions whose names must not be translated loosely.
 */
export const FOOTER_NAV_EN: { href: string; label: string; zh?: true }[] = [
  ...NAV_EN,
  { href: '/en/calendar/', label: 'Release calendar' },
  { href: '/articles/', label: 'Explainers (in Chinese)', zh: true },
  { href: '/employers/', label: 'Named employers (in Chinese)', zh: true },
  { href: '/releases/', label: 'Release notes (in Chinese)', zh: true },
];

/** The nav entry a path belongs to (longest matching prefix), in the path's edition. */
export function currentSection(pathname: string): string | undefined {
  const en = pathname.startsWith('/en/');
  const home = en ? '/en/' : '/';
  return (en ? NAV_EN : NAV)
    .filter((n) => (n.href === home ? pathname === home || pathname.startsWith(`${home}years/`) : pathname.startsWith(n.href)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
