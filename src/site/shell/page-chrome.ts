/**
 * The parts of every page's shell (Base.astro) that are the same on all pages of a build: the
 * header with the main navigation, the sample-data notice and the footer. They are made once per
 * build, as strings (the header once per section, which its navigation marks as current).
 *
 * Written as Astro markup, they were some sixty rendered expressions on each of a national
 * build's 94,000 pages with this shell (two lists of nine links, the publisher, version and
 * dates), redone identically every time. The markup is the same as Astro's was, apart from
 * whitespace between tags; texts from the data (dataset.json's title, publisher, licence and
 * contact) are escaped as Astro escapes text.
 */
import { formatDay } from '../../format/date';
import { formatDayEn } from '../../format/en';
import { escapeAttribute as attr, escapeHtml } from '../../format/html';
import { EN_ROOT, langOf, twins, type Lang } from '../../i18n/lang';
import { FOOTER_NAV, FOOTER_NAV_EN, NAV, NAV_EN } from './nav';
import type { Site } from '../build/site';

export interface PageChrome {
  /**
   * The skip link, the header and navigation (with `section` marked as current), and the sample
   * notice when the data is a sample. `switcher` is the link to the page's other edition
   * (languageSwitch), placed in the header's row.
   */
  header(section: string | undefined, switcher?: string): string;
  /** The footer: publisher, licence, contact, dataset version and dates, and the navigation again. */
  footer: string;
}

const MADE = new WeakMap<Site, Record<Lang, PageChrome>>();

/** The shell's parts of an edition for this build's site (made on first use, then reused). */
export function pageChrome(site: Site, lang: Lang = 'zh'): PageChrome {
  let chrome = MADE.get(site);
  if (chrome === undefined) {
    chrome = { zh: makeChrome(site), en: makeEnglishChrome(site) };
    MADE.set(site, chrome);
  }
  return chrome[lang];
}

/** The link to a page's other edition: 中文 on English pages, English on Chinese pages that have a twin (empty otherwise). */
export function languageSwitch(pathname: string): string {
  const pair = twins(pathname);
  if (!pair) return '';
  return langOf(pathname) === 'en'
    ? `<a class="lang-switch" href="${attr(pair.zh)}" hreflang="zh-CN" lang="zh-CN">中文</a>`
    : `<a class="lang-switch" href="${attr(pair.en)}" hreflang="en" lang="en"><span class="ls-full">English</span><span class="ls-short" aria-hidden="true">EN</span></a>`;
}

/** A header made once per section, with the switcher put in its place on each page. */
function headers(make: (section: string | undefined) => [before: string, after: string]): PageChrome['header'] {
  const made = new Map<string | undefined, [string, string]>();
  return (section, switcher = '') => {
    let parts = made.get(section);
    if (parts === undefined) made.set(section, (parts = make(section)));
    return parts[0] + switcher + parts[1];
  };
}

function navLinks(nav: readonly { href: string; label: string }[], section: string | undefined): string {
  return nav.map((n) => `<li><a href="${n.href}"${section === n.href ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a></li>`).join('');
}

function makeChrome(site: Site): PageChrome {
  const { meta, buildDate } = site.dataset;
  const title = escapeHtml(meta.title);
  // The sample notice in one line; what it means is a click away (<details>, no script).
  const banner = meta.sample
    ? '<aside class="banner" aria-label="示例数据说明"> <div class="wrap"> <details> <summary><strong>示例数据</strong>数字用于演示，不是官方统计</summary> <p>' +
      '本站数字用于演示，不是官方统计；除特别注明参照公开来源的数字外均为虚构，示例中的单位名称均为虚构。' +
      `本站按数据截至日${meta.asOf ? formatDay(meta.asOf) : ''}生成。</p> </details> </div> </aside>`
    : '';
  // One row on a phone: the site's name, a search box (a plain GET form to /search/) and a
  // menu that opens without script (<details>); wider screens show the links themselves.
  const search =
    '<form class="site-search" action="/search/" method="get" role="search" aria-label="全站搜索"> <label class="visually-hidden" for="site-q">搜索本站</label>' +
    '<input id="site-q" name="q" type="search" placeholder="搜索地区、政策、单位" /> <button type="submit">搜索</button> </form>';
  const header = headers((section) => {
    const links = navLinks(NAV, section);
    return [
      '<a class="skip" href="#main">跳到正文</a> <header class="site-header"> <div class="wrap"> ' + `<a class="brand" href="/">${title}</a> ${search} `,
      `<details class="menu"> <summary>菜单</summary> <nav class="site-nav" aria-label="主导航"> <ul> ${links} </ul> </nav> </details> ` +
        `<nav class="site-nav wide-nav" aria-label="主导航（宽屏）"> <ul> ${links} </ul> </nav> </div> </header> ${banner}`,
    ];
  });
  const publisher =
    escapeHtml(meta.publisher) + (meta.license ? ` · 许可：${escapeHtml(meta.license)}` : '') + (meta.contact ? ` · 联系：${escapeHtml(meta.contact)}` : '');
  const footer =
    `<footer class="site-footer"> <div class="wrap"> <p>发布：${publisher}</p> ` +
    `<p>数据版本 <span class="version">${escapeHtml(site.version)}</span> · 数据截至${formatDay(meta.asOf ? meta.asOf : buildDate)} · 生成日期 ${formatDay(buildDate)}</p> ` +
    `<nav aria-label="页脚导航"> <ul> ${FOOTER_NAV.map((n) => `<li><a href="${n.href}">${escapeHtml(n.label)}</a></li>`).join('')} </ul> </nav> </div> </footer>`;
  return { header, footer };
}

/**
 * The English edition's shell: the same parts, no search box (the site search is Chinese), and
 * the Chinese-only sections linked with their language said. The dataset's title and publisher
 * are its English ones when dataset.json gives them, else the Chinese names, marked as Chinese.
 */
function makeEnglishChrome(site: Site): PageChrome {
  const { meta, buildDate } = site.dataset;
  const title = englishName(meta.titleEn, meta.title);
  const banner = meta.sample
    ? '<aside class="banner" aria-label="About the sample data"> <div class="wrap"> <details> <summary><strong>Sample data</strong>Figures for demonstration, not official statistics</summary> <p>' +
      'The figures on this site are for demonstration and are not official statistics. Except where a figure is said to follow a published source, they are invented, and so are the names of employers in the sample. ' +
      `The site shows the data as of ${meta.asOf ? formatDayEn(meta.asOf) : 'its build date'}.</p> </details> </div> </aside>`
    : '';
  const header = headers((section) => {
    const links = navLinks(NAV_EN, section);
    return [
      '<a class="skip" href="#main">Skip to content</a> <header class="site-header"> <div class="wrap"> ' + `<a class="brand" href="${EN_ROOT}">${title}</a> `,
      ` <details class="menu"> <summary>Menu</summary> <nav class="site-nav" aria-label="Main"> <ul> ${links} </ul> </nav> </details> ` +
        `<nav class="site-nav wide-nav" aria-label="Main (wide screens)"> <ul> ${links} </ul> </nav> </div> </header> ${banner}`,
    ];
  });
  const publisher =
    englishName(meta.publisherEn, meta.publisher) + (meta.license ? ` · Licence: ${escapeHtml(meta.license)}` : '') + (meta.contact ? ` · Contact: ${escapeHtml(meta.contact)}` : '');
  const footer =
    `<footer class="site-footer"> <div class="wrap"> <p>Published by ${publisher}</p> ` +
    `<p>Data version <span class="version">${escapeHtml(site.version)}</span> · Data as of ${formatDayEn(meta.asOf ? meta.asOf : buildDate)} · Generated ${formatDayEn(buildDate)}</p> ` +
    `<nav aria-label="Footer"> <ul> ${FOOTER_NAV_EN.map((n) => `<li><a href="${n.href}"${n.zh ? ' hreflang="zh-CN"' : ''}>${escapeHtml(n.label)}</a></li>`).join('')} </ul> </nav> </div> </footer>`;
  return { header, footer };
}

/** An English name when there is one, else the Chinese name marked as Chinese (escaped either way). */
export function englishName(english: string | undefined, chinese: string): string {
  return english ? escapeHtml(english) : `<span lang="zh-CN">${escapeHtml(chinese)}</span>`;
}
