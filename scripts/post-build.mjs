/**
 * Steps that run on a freshly built site before it replaces the live one:
 * the Pagefind search index and precompressed copies for nginx's gzip_static.
 */
import { buildSearchIndex } from './post-build/search.mjs';

export async function postBuild(dir) {
  await buildSearchIndex(dir);
}
