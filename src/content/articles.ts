/** The articles collection (content/articles/*.mdx). Issue #5 owns its schema. */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './dir';

export const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/articles` }),
  schema: z.object({ title: z.string() }),
});
