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
import { escapeHtml } from '../../format/html';
import { FOOTER_NAV, NAV } from './nav';
import type { Site } from '../build/site';

export interface PageChrome {
  /** The skip link, the header and navigation (with `section` marked as current), and the sample notice when the data is a sample. */
  header(section: string | undefined): string;
  /** The footer: publisher, licence, contact, dataset version and dates, and the navigation again. */
  footer: string;
}

const MADE = new WeakMap<Site, PageChrome>();

/** The shell's parts for this build's site (made on first use, then reused). */
export function pageChrome(site: Site): PageChrome {
  let chrome = MADE.get(site);
  if (chrome === undefined) {
    chrome = makeChrome(site);
    MADE.set(site, chrome);
  }
  return chrome;
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
  const headers = new Map<string | undefined, string>();
  const header = (section: string | undefined): string => {
    let html = headers.get(section);
    if (html === undefined) {
      const links = NAV.map((n) => `<li><a href="${n.href}"${section === n.href ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a></li>`).join('');
      html =
        '<a class="skip" href="#main">跳到正文</a> <header class="site-header"> <div class="wrap"> ' +
        `<a class="brand" href="/">${title}</a> ${search} ` +
        `<details class="menu"> <summary>菜单</summary> <nav class="site-nav" aria-label="主导航"> <ul> ${links} </ul> </nav> </details> ` +
        `<nav class="site-nav wide-nav" aria-label="主导航（宽屏）"> <ul> ${links} </ul> </nav> </div> </header> ${banner}`;
      headers.set(section, html);
    }
    return html;
  };
  const publisher =
    escapeHtml(meta.publisher) + (meta.license ? ` · 许可：${escapeHtml(meta.license)}` : '') + (meta.contact ? ` · 联系：${escapeHtml(meta.contact)}` : '');
  const footer =
    `<footer class="site-footer"> <div class="wrap"> <p>发布：${publisher}</p> ` +
    `<p>数据版本 <span class="version">${escapeHtml(site.version)}</span> · 数据截至${formatDay(meta.asOf ? meta.asOf : buildDate)} · 生成日期 ${formatDay(buildDate)}</p> ` +
    `<nav aria-label="页脚导航"> <ul> ${FOOTER_NAV.map((n) => `<li><a href="${n.href}">${escapeHtml(n.label)}</a></li>`).join('')} </ul> </nav> </div> </footer>`;
  return { header, footer };
}
