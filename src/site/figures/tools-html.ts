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
import { absoluteUrl, citationSource } from '../shell/about';
import { fullReference, quotable, shortCitation } from '../shell/citation';
import { formatDay, formatMonth } from '../../format/date';
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
export function figureToolsHtml(figure: FigureSpec, permalink: string, site: Site, siteUrl: URL | string | undefined): string {
  const files = figureFiles(figure.id);
  const title = escapeHtml(figure.title);
  const titleAttr = attr(figure.title);
  const reference = fullReference(citationSource(site), { title: figure.title, url: absoluteUrl(`${permalink}#${figure.id}`, siteUrl) });
  const definitions =
    figure.measures.length === 0
      ? ''
      : `<dt>${TOOL_TERMS.definitions}</dt><dd>` +
        figure.measures.map((m) => `<a href="/methodology/#${attr(MEASURE_ANCHORS[m])}">${escapeHtml(MEASURE_NAMES[m])}</a>`).join(' · ') +
        '</dd>';
  return (
    `<details class="figure-tools" data-pagefind-ignore><summary>${TOOL_TERMS.tools}<span class="visually-hidden">：${title}</span></summary>` +
    `<dl><dt>数据</dt><dd><a href="${attr(figure.csv)}" download aria-label="下载CSV：${titleAttr}">CSV</a> · <a href="${attr(files.metadata)}">说明（JSON）</a></dd>` +
    `<dt>图片</dt><dd> <a href="${attr(files.svg)}" download aria-label="下载SVG：${titleAttr}">SVG</a> ` +
    `<span class="png-slot" data-png-svg="${attr(files.svg)}" data-png-name="${attr(figure.id)}" data-png-title="${titleAttr}" hidden></span> </dd>` +
    `${definitions}</dl>` +
    `<p class="tool-label">${TOOL_TERMS.citeFigure}（GB/T 7714）</p>${copyBoxHtml(reference, TOOL_TERMS.citeFigure)}` +
    `<p class="tool-label">${TOOL_TERMS.embedCode}（<a href="${attr(files.embed)}">预览</a>）</p>${copyBoxHtml(embedCode(figure, siteUrl), TOOL_TERMS.embedCode, true)}` +
    '</details>'
  );
}

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
}

/**
 * 引用本页: the permanent URL, version, dates and publisher; a short citation and a GB/T 7714
 * reference to copy; optional copy-ready sentences with their source note. Hidden from the
 * search index; id="cite" so other parts of the page link to it.
 */
export function citeThisHtml(site: Site, siteUrl: URL | string | undefined, options: CiteThisOptions): string {
  const { title, permalink, sentences = [], kind = 'EB', heading: h = 'h2', dataMonth } = options;
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
