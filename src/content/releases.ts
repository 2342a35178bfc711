/** The release notes collection (content/releases/*.md); its schema is release-schema.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { settings } from '../settings';
import { releaseSchema } from './release-schema';

export const releases = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${settings().contentDir}/releases` }),
  schema: releaseSchema,
});
