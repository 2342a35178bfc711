/** /articles/<slug>/poster.png: an article's A4 poster as a PNG for chat groups, rendered at build time and cached with the share images. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../site/articles/articles';
import { treePng } from '../../../site/articles/og';
import { POSTER_HEIGHT, POSTER_WIDTH, posterTree } from '../../../site/articles/poster';
import { posterCard } from '../../../site/articles/poster-card';
import { getSite } from '../../../site/build/site';

export const getStaticPaths = (async () => (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { article } = props as { article: Article };
  const png = await treePng(posterTree(posterCard(getSite(), article, site)), POSTER_WIDTH, POSTER_HEIGHT);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
