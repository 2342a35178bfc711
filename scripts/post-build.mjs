/**
 * Steps that run on a freshly built site before it replaces the live one:
 * the Pagefind search index and precompressed copies for nginx's gzip_static.
 * Precompression stays last: it must see every file the other steps write.
 */
import { buildSearchIndex } from './post-build/search.mjs';
import { compress, describeCompression } from './post-build/compress.mjs';

export async function postBuild(dir) {
  await buildSearchIndex(dir);
  console.log(`post-build: ${describeCompression(await compress(dir))}`);
}
