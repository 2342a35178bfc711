/** The release notes collection (content/releases/*.md). Issue #6 owns its schema. */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './dir';

export const releases = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/releases` }),
  schema: z.object({ title: z.string() }),
});
