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

/** The nav entry a path belongs to (longest matching prefix). */
export function currentSection(pathname: string): string | undefined {
  return NAV.filter((n) => (n.href === '/' ? pathname === '/' || /^\/years\//.test(pathname) : pathname.startsWith(n.href)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
