/** /og/articles/<slug>.png: an article's share image (title and key figure), rendered at build time and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../site/articles/articles';
import { articleCard } from '../../../site/articles/og-cards';
import { ogPng } from '../../../site/articles/og';
import { getSite } from '../../../site/build/site';

export const getStaticPaths = (async () => (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { article } = props as { article: Article };
  const png = await ogPng(articleCard(getSite(), article.data, site!));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
