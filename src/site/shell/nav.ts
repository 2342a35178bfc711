/** The site's main sections, in navigation order. Each section's issue adds its entry. */
export const NAV: { href: string; label: string }[] = [
  { href: '/', label: '全省进展' },
  { href: '/cities/', label: '各地区' },
  { href: '/reports/', label: '报告' },
  { href: '/assessment/', label: '年度考核' },
  { href: '/employers/', label: '曝光单位' },
  { href: '/articles/', label: '政策解读' },
  { href: '/data/', label: '数据下载' },
  { href: '/methodology/', label: '方法说明' },
  { href: '/search/', label: '搜索' },
];

/** The footer's links: the main sections, then the release calendar, release notes and revisions. */
export const FOOTER_NAV: { href: string; label: string }[] = [
  ...NAV,
  { href: '/calendar/', label: '发布日程' },
  { href: '/releases/', label: '发布记录' },
  { href: '/revisions/', label: '数据修订' },
];

/** The English edition's sections (the pages it has; see src/i18n/lang.ts). */
export const NAV_EN: { href: string; label: string }[] = [
  { href: '/en/', label: 'Province' },
  { href: '/en/cities/', label: 'Regions' },
  { href: '/en/reports/', label: 'Reports' },
  { href: '/en/assessment/', label: 'Assessment' },
  { href: '/en/data/', label: 'Data' },
  { href: '/en/methodology/', label: 'Methodology' },
  { href: '/en/notice/', label: 'The notice' },
];

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
