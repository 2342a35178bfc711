/** /articles/feed.xml: an RSS feed of the published articles, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '../../site/articles/articles';
import { articleHref } from '../../site/articles/article-view';
import { getSite } from '../../site/build/site';
import { AUDIENCE_NAMES, INSURANCE_NAMES } from '../../i18n/glossary';
import { escapeHtml } from '../../format/html';

export async function GET(context: APIContext) {
  const articles = await getArticles();
  const { meta } = getSite().dataset;
  return rss({
    // Readers render titles, descriptions and categories as HTML; these are plain text.
    title: escapeHtml(`${meta.title} · 政策解读`),
    description: '社会保险政策解读：养老、失业、医疗、工伤保险交多少、保什么，单位不给参保怎么办。',
    site: context.site!,
    items: articles.map((a) => ({
      title: escapeHtml(a.data.title),
      link: articleHref(a.id),
      pubDate: new Date(`${a.data.published}T00:00:00+08:00`),
      description: escapeHtml(a.data.summary),
      categories: [...a.data.audiences.map((k) => AUDIENCE_NAMES[k]), ...a.data.insurances.map((k) => INSURANCE_NAMES[k].full)],
    })),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
