/**
 * /employers/feed.xml: RSS of newly published entries (the newest FEED_SIZE, published
 * ones only), with absolute links from SITE_URL. @astrojs/rss escapes every text for
 * XML; texts are additionally escaped as HTML because many readers render titles,
 * descriptions and categories as HTML, and data texts are plain text.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSite } from '../../site/build/site';
import { EMPLOYERS_HREF, employerHref, employerIndex, feedEntries, publicationInstant, quoteText } from '../../site/employers/employers-view';
import { escapeHtml } from '../../format/html';
import { EMPLOYER_TERMS } from '../../i18n/glossary';

export function GET(context: APIContext) {
  const { employers, dataset, model } = getSite();
  const index = employerIndex(employers, dataset.regions, dataset.buildDate);
  return rss({
    title: escapeHtml(`${dataset.meta.title}：新公布的${EMPLOYER_TERMS.named}`),
    description: '因未依法参加社会保险受到处罚并依规公布的用人单位，按公布日期排列，最新的在前。',
    site: new URL(EMPLOYERS_HREF, context.site).href,
    customData: '<language>zh-cn</language>',
    items: feedEntries(index).map((e) => ({
      title: escapeHtml(e.name),
      link: new URL(employerHref(e.id), context.site).href,
      pubDate: publicationInstant(e.publishedOn),
      description: escapeHtml(quoteText(e, dataset.buildDate)),
      categories: [escapeHtml(model.regionById.get(e.region)!.name)],
    })),
  });
}
