/**
 * The HTML of the tools under each chart (FigureTools.astro), of a box of text to copy
 * (CopyBox.astro) and of the 引用本页 section (CiteThis.astro), made as one string each.
 *
 * A city page has 16 charts, each with its tools and two copy boxes, markup that differs from
 * chart to chart only in a few texts; as one string it costs none of Astro's work per
 * component and expression. The markup is what Astro's would be
 * (only the whitespace between tags and the scoping attributes are gone; the styles are global,
 * src/styles/tools.css): texts are escaped as Astro escapes text, attribute values as Astro
 * escapes attributes, and every text from the data goes through one of the two.
 */
import { escapeAttribute as attr, escapeHtml } from '../../format/html';
import { MEASURE_ANCHORS, MEASURE_NAMES, TOOL_TERMS } from '../../i18n/glossary';
import { MEASURE_NAMES_EN, TOOL_TERMS_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { absoluteUrl, citationSource } from '../shell/about';
import { fullReference, fullReferenceEn, quotable, quotableEn, shortCitation, shortCitationEn } from '../shell/citation';
import { formatDay, formatMonth } from '../../format/date';
import { formatDayEn, formatMonthEn } from '../../format/en';
import type { Month } from '../../data/types';
import { figureFiles, type FigureSpec } from './figures';
import type { Site } from '../build/site';

/**
 * Text to copy, readable and selectable without JavaScript (a <pre>); src/scripts/copy.ts adds
 * a 复制 button when JavaScript runs. `label` says what it is (e.g. 嵌入代码); `code` shows it
 * in a monospace font.
 */
export function copyBoxHtml(text: string, label: string, code = false): string {
  const l = attr(label);
  return `<div class="copy-box" data-copy-label="${l}"><pre class="copy-text${code ? ' code' : ''}">${escapeHtml(text)}</pre></div>`;
}

/**
 * The <iframe> code of a figure's embed page, as other sites paste it. Its attribute values are
 * escaped for HTML here, and the whole code again as text when shown (copyBoxHtml).
 */
export function embedCode(figure: Pick<FigureSpec, 'id' | 'title'>, site: URL | string | undefined): string {
  const embedUrl = absoluteUrl(figureFiles(figure.id).embed, site);
  const title = figure.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embedUrl}" title="${title}" width="100%" height="660" loading="lazy" style="border:0;max-width:720px"></iframe>`;
}

/**
 * Under a chart: its CSV and metadata, SVG (and PNG, made by src/scripts/figure-png.ts), links
 * to the definitions of its measures, a citation of the chart at `permalink` (a site path) and
 * its embed code. Hidden from the search index.
 */
export function figureToolsHtml(figure: FigureSpec, permalink: string, site: Site, siteUrl: URL | string | undefined, lang: Lang = 'zh', chinesePage?: string): string {
  const w = TOOLS_WORDS[lang];
  const files = figureFiles(figure.id);
  const title = escapeHtml(figure.title);
  const titleAttr = attr(figure.title);
  const cited = { title: figure.title, url: absoluteUrl(`${permalink}#${figure.id}`, siteUrl) };
  const reference = lang === 'en' ? fullReferenceEn(citationSource(site, lang), cited) : fullReference(citationSource(site), cited);
  const methodology = lang === 'en' ? '/en/methodology/' : '/methodology/';
  const definitions =
    figure.measures.length === 0
      ? ''
      : `<dt>${w.terms.definitions}</dt><dd>` +
        figure.measures.map((m) => `<a href="${methodology}#${attr(MEASURE_ANCHORS[m])}">${escapeHtml(w.measures[m])}</a>`).join(' · ') +
        '</dd>';
  // The image downloads and the embed page are the Chinese chart's (one drawing per figure id);
  // the English edition says so rather than offering them as its own, and links the Chinese
  // page the chart is on now (`chinesePage`; a latest year's permanent address only forwards).
  const images =
    lang === 'en'
      ? ''
      : `<dt>图片</dt><dd> <a href="${attr(files.svg)}" download aria-label="下载SVG：${titleAttr}">SVG</a> ` +
        `<span class="png-slot" data-png-svg="${attr(files.svg)}" data-png-name="${attr(figure.id)}" data-png-title="${titleAttr}" hidden></span> </dd>`;
  const embed =
    lang === 'en'
      ? `<p class="note">Images and embed code of this chart are published with its <a href="${attr(chinesePage ?? permalink.replace(/^\/en\//, '/'))}#${attr(figure.id)}" hreflang="zh-CN">Chinese edition</a>.</p>`
      : `<p class="tool-label">${TOOL_TERMS.embedCode}（<a href="${attr(files.embed)}">预览</a>）</p>${copyBoxHtml(embedCode(figure, siteUrl), TOOL_TERMS.embedCode, true)}`;
  return (
    `<details class="figure-tools" data-pagefind-ignore><summary>${w.terms.tools}<span class="visually-hidden">${w.colon}${title}</span></summary>` +
    `<dl><dt>${w.data}</dt><dd><a href="${attr(figure.csv)}" download aria-label="${w.downloadCsv}${titleAttr}">CSV</a> · <a href="${attr(files.metadata)}">${w.metadata}</a></dd>` +
    `${images}${definitions}</dl>` +
    `<p class="tool-label">${w.terms.citeFigure}${w.style}</p>${copyBoxHtml(reference, w.terms.citeFigure)}` +
    embed +
    '</details>'
  );
}

/** The words of the tools under a chart, in each edition. */
const TOOLS_WORDS = {
  zh: { terms: TOOL_TERMS, measures: MEASURE_NAMES, colon: '：', data: '数据', downloadCsv: '下载CSV：', metadata: '说明（JSON）', style: '（GB/T 7714）' },
  en: { terms: TOOL_TERMS_EN, measures: MEASURE_NAMES_EN, colon: ': ', data: 'Data', downloadCsv: 'Download CSV: ', metadata: 'About the file (JSON)', style: '' },
} as const;

/** What CiteThis.astro takes (see there for the meaning of each). */
export interface CiteThisOptions {
  title: string;
  /** Site path of the permanent URL. */
  permalink: string;
  sentences?: readonly string[];
  kind?: 'EB' | 'DS';
  heading?: 'h2' | 'h3';
  /** The month of data the page is about: shown, and named in the citations, instead of the dataset's as-of date. */
  dataMonth?: Month;
  /** The page's edition (default Chinese). */
  lang?: Lang;
}

/**
 * 引用本页: the permanent URL, version, dates and publisher; a short citation and a GB/T 7714
 * reference to copy; optional copy-ready sentences with their source note. Hidden from the
 * search index; id="cite" so other parts of the page link to it.
 */
export function citeThisHtml(site: Site, siteUrl: URL | string | undefined, options: CiteThisOptions): string {
  const { title, permalink, sentences = [], kind = 'EB', heading: h = 'h2', dataMonth, lang = 'zh' } = options;
  if (lang === 'en') return citeThisHtmlEn(site, siteUrl, options);
  const src = citationSource(site);
  const url = absoluteUrl(permalink, siteUrl);
  const item = { title, url, type: kind, ...(dataMonth ? { dataMonth } : {}) };
  const label = (text: string) => `<p class="cite-label">${text}</p>`;
  const quotes =
    sentences.length === 0 ? '' : label('可直接引用的句子') + sentences.map((s) => copyBoxHtml(quotable(s, src, item), '引用句子')).join('');
  return (
    `<section class="cite" id="cite" aria-labelledby="cite-heading" data-pagefind-ignore><${h} id="cite-heading">${TOOL_TERMS.cite}</${h}>` +
    `<dl class="cite-facts"><dt>固定网址</dt><dd><a href="${attr(permalink)}">${escapeHtml(url)}</a></dd>` +
    `<dt>${TOOL_TERMS.version}</dt><dd><span class="version">${escapeHtml(src.version)}</span>（<a href="/releases/">${TOOL_TERMS.releases}</a>）</dd>` +
    (dataMonth ? `<dt>数据月份</dt><dd>${formatMonth(dataMonth)}</dd><dt>更新日期</dt><dd>${formatDay(src.updated)}</dd>` : `<dt>数据截至</dt><dd>${formatDay(src.updated)}</dd>`) +
    `<dt>引用日期</dt><dd>${formatDay(src.accessed)}（本页生成日期；在其他日期查阅时请改为实际查阅日期）</dd>` +
    `<dt>发布者</dt><dd>${escapeHtml(src.publisher)}</dd></dl>` +
    label('简短引用') +
    copyBoxHtml(shortCitation(src, item), '简短引用') +
    label('参考文献（GB/T 7714-2015 格式）') +
    copyBoxHtml(fullReference(src, item), '参考文献') +
    quotes +
    `<p class="note">数据版本标识本页所用的数据：数据更新后版本随之改变，<a href="/releases/">${TOOL_TERMS.releases}</a>列出每次更新和修订。` +
    `各项数字的定义见<a href="/methodology/">${TOOL_TERMS.methodology}</a>。</p></section>`
  );
}

/** citeThisHtml for an English page: the same facts, an English reference and English sentences. */
function citeThisHtmlEn(site: Site, siteUrl: URL | string | undefined, options: CiteThisOptions): string {
  const { title, permalink, sentences = [], kind = 'EB', heading: h = 'h2', dataMonth } = options;
  const src = citationSource(site, 'en');
  const url = absoluteUrl(permalink, siteUrl);
  const item = { title, url, type: kind, ...(dataMonth ? { dataMonth } : {}) };
  const label = (text: string) => `<p class="cite-label">${text}</p>`;
  const publisher = site.dataset.meta.publisherEn ? escapeHtml(src.publisher) : `<span lang="zh-CN">${escapeHtml(src.publisher)}</span>`;
  const quotes =
    sentences.length === 0 ? '' : label('Sentences to quote') + sentences.map((s) => copyBoxHtml(quotableEn(s, src, item), 'Sentence')).join('');
  return (
    `<section class="cite" id="cite" aria-labelledby="cite-heading" data-pagefind-ignore><${h} id="cite-heading">${TOOL_TERMS_EN.cite}</${h}>` +
    `<dl class="cite-facts"><dt>Permanent address</dt><dd><a href="${attr(permalink)}">${escapeHtml(url)}</a></dd>` +
    `<dt>${TOOL_TERMS_EN.version}</dt><dd><span class="version">${escapeHtml(src.version)}</span> (<a href="/releases/" hreflang="zh-CN">release notes, in Chinese</a>)</dd>` +
    (dataMonth ? `<dt>Data for</dt><dd>${formatMonthEn(dataMonth)}</dd><dt>Updated</dt><dd>${formatDayEn(src.updated)}</dd>` : `<dt>Data as of</dt><dd>${formatDayEn(src.updated)}</dd>`) +
    `<dt>Retrieved</dt><dd>${formatDayEn(src.accessed)} (the day this page was generated; give the day you read it if different)</dd>` +
    `<dt>Publisher</dt><dd>${publisher}</dd></dl>` +
    label('Short citation') +
    copyBoxHtml(shortCitationEn(src, item), 'Short citation') +
    label('Reference') +
    copyBoxHtml(fullReferenceEn(src, item), 'Reference') +
    quotes +
    '<p class="note">The data version identifies the data this page uses: it changes whenever the data is updated, and every update and revision is listed in the release notes. ' +
    `Every measure is defined in the <a href="/en/methodology/">${TOOL_TERMS_EN.methodology.toLowerCase()}</a>.</p></section>`
  );
}
