/** /en/og/cities/<id>.png: the English region page's share image (name and key figure in English), rendered at build time and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cityCard } from '../../../../site/articles/og-cards';
import { ogPng } from '../../../../site/articles/og';
import { getSite } from '../../../../site/build/site';

export const getStaticPaths = (() => getSite().model.regions.map((r) => ({ params: { id: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const png = await ogPng(cityCard(getSite(), params.id!, site!, 'en'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
