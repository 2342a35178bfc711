/** /releases/feed.xml: RSS of the data releases (published ones only, newest first). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../site/build/site';
import { absoluteUrl } from '../../site/shell/about';
import { escapeHtml } from '../../format/html';
import { publishedReleases, releaseSummary } from '../../site/articles/releases-view';

export const GET: APIRoute = async ({ site }) => {
  const { dataset, model } = getSite();
  const releases = publishedReleases(await getCollection('releases'), dataset.buildDate);
  const regionName = (id: string) => model.regionById.get(id)?.name;
  return rss({
    // Readers render titles and descriptions as HTML; these are plain text.
    title: escapeHtml(`${dataset.meta.title}：发布记录`),
    description: escapeHtml(`${dataset.meta.publisher}的数据发布与修订记录`),
    site: absoluteUrl('/', site),
    customData: '<language>zh-cn</language>',
    // Links carry a #fragment; rss must not append a slash after it.
    trailingSlash: false,
    items: releases.map((r) => ({
      title: escapeHtml(r.data.title),
      pubDate: new Date(`${r.data.date}T00:00:00+08:00`),
      link: absoluteUrl(`/releases/#${r.id}`, site),
      description: escapeHtml(releaseSummary(r, regionName)),
    })),
  });
};
