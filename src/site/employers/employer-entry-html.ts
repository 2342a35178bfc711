/**
 * The body of a named employer's entry page (/employers/<id>/), made as one string.
 *
 * A large dataset has tens of thousands of these pages, and Astro spends its time per
 * rendered expression and component, so the body is one string rather than Astro markup.
 * The markup is what Astro's would be
 * (only the whitespace between tags and the scoping attributes are gone; the styles are
 * src/styles/employer-entry.css): every text from the data is escaped as Astro escapes text,
 * every attribute value as Astro escapes attributes, so the entry stays plain text.
 */
import { HELP_NOT_ENROLLED } from '../progress/summary';
import type { Employer } from '../../data/types';
import { escapeAttribute as attr, escapeHtml as text } from '../../format/html';
import { formatDay } from '../../format/date';
import { formatCount } from '../../format/number';
import { EMPLOYER_FIELD_NAMES as F, EMPLOYER_TERMS } from '../../i18n/glossary';
import { absoluteUrl } from '../shell/about';
import { EMPLOYERS_HREF, employerHref, employerIndex, expiryNote, insuranceList, quoteText, rectification, regionListHref } from './employers-view';
import type { Site } from '../build/site';
import { citeThisHtml } from '../figures/tools-html';

/** The page's title (without the site name) and description, for Base. */
export function employerEntryHead(site: Site, e: Employer): { title: string; description: string } {
  return { title: `${e.name}（${EMPLOYER_TERMS.named}）`, description: quoteText(e, site.dataset.buildDate) };
}

/** Everything inside <main> of the entry page of `e` (a published entry). */
export function employerEntryHtml(site: Site, e: Employer, siteUrl: URL | string | undefined): string {
  const { dataset, model } = site;
  const index = employerIndex(site.employers, dataset.regions, dataset.buildDate);
  const region = model.regionById.get(e.region);
  if (!region) throw new Error(`employer ${e.id}: no region ${e.region}`);
  const listHref = attr(regionListHref(region.id, index.regionPage.get(e.id) ?? 1));
  const regionName = text(region.name);
  const name = text(e.name);
  const status = rectification(e, dataset.buildDate);
  const quote = quoteText(e, dataset.buildDate);
  const permalink = absoluteUrl(employerHref(e.id), siteUrl);
  const citation = `${quote}\n来源：${dataset.meta.title}，${permalink}`;
  const fact = (term: string, value: string, cls?: string) => `<dt>${term}</dt><dd${cls ? ` class="${cls}"` : ''}>${value}</dd>`;
  const optional = (term: string, value: string | undefined, cls?: string) => (value === undefined ? '' : fact(term, value, cls));
  return (
    `<nav class="breadcrumbs" aria-label="位置"><ol><li><a href="${EMPLOYERS_HREF}">${EMPLOYER_TERMS.named}</a></li>` +
    `<li><a href="${listHref}">${regionName}</a></li><li aria-current="page">${name}</li></ol></nav>` +
    `<p class="kicker">${EMPLOYER_TERMS.named} · ${regionName}</p><h1 class="employer-name">${name}</h1>` +
    `<div class="rectification ${status.rectified ? 'is-rectified' : 'is-pending'}">` +
    `<p class="rectification-label"><strong>${text(status.label)}</strong>${status.rectified ? ` · ${formatDay(e.rectifiedOn!)}` : ''}</p>` +
    `<p>${text(status.text)}</p></div>` +
    // The worker who came here because their own employer does not enrol them: what to do, near the top.
    `<p class="help-link"><a href="${HELP_NOT_ENROLLED}#${attr(region.id)}">单位没给你交社保？看看可以怎么办</a></p>` +
    '<dl class="facts">' +
    fact(F.name, name) +
    optional(F.creditCode, e.creditCode ? text(e.creditCode) : undefined, 'code') +
    fact(F.region, `<a href="${listHref}">${regionName}</a><span class="note">（<a href="/cities/${attr(region.id)}/">${regionName}扩面进展</a>）</span>`) +
    fact(F.insurances, text(insuranceList(e.insurances, 'full'))) +
    optional(F.workers, e.workers === undefined ? undefined : `${formatCount(e.workers)}人`) +
    fact(F.violation, text(e.violation), 'text') +
    fact(F.penalty, text(e.penalty), 'text') +
    optional(F.legalBasis, e.legalBasis ? text(e.legalBasis) : undefined, 'text') +
    fact(F.decisionNo, text(e.decisionNo)) +
    fact(F.authority, text(e.authority)) +
    fact(F.decidedOn, formatDay(e.decidedOn)) +
    fact(F.notifiedOn, formatDay(e.notifiedOn)) +
    fact(F.publishedOn, formatDay(e.publishedOn)) +
    fact(F.expiresOn, `${formatDay(e.expiresOn)}<span class="note">（${text(expiryNote(e))}）</span>`) +
    fact(F.rectifiedOn, status.rectified ? formatDay(e.rectifiedOn!) : EMPLOYER_TERMS.notRectified) +
    '</dl>' +
    '<section aria-labelledby="quote-heading"><h2 id="quote-heading">可引用的文字</h2>' +
    '<p>以下文字只由本条的数据生成，可以直接引用；本页网址长期有效。</p>' +
    '<label class="visually-hidden" for="quote">可引用的文字</label>' +
    `<textarea id="quote" class="quote" readonly rows="6">${text(citation)}</textarea>` +
    `<p class="note">本页网址：<a href="${attr(permalink)}">${text(permalink)}</a></p></section>` +
    citeThisHtml(site, siteUrl, { title: `${e.name}（${e.decisionNo}）`, permalink: employerHref(e.id) }) +
    '<section aria-labelledby="objection"><h2 id="objection">异议与撤下</h2>' +
    `<p>对处罚决定不服的，可以依法申请行政复议或者提起行政诉讼，受理机关和期限以处罚决定书的告知为准。认为本条内容有误的，请联系处罚机关：${text(e.authority)}。` +
    `处罚决定被撤销或者变更的，本条自撤销之日起撤下；公布期满，自${formatDay(e.expiresOn)}起撤下。<a href="${EMPLOYERS_HREF}#rules">详细规则</a></p></section>`
  );
}
