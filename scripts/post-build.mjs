/**
 * Steps that run on a freshly built site before it replaces the live one:
 * the Pagefind search index and precompressed copies for nginx's gzip_static.
 *
 * Both take long on a large site, and neither keeps both cores busy throughout, so they run
 * at the same time: precompression first does everything outside pagefind/ while the search
 * index is made, then
 * pagefind/ once it is written. Every file the steps write thus still gets its copies.
 */
import { buildSearchIndex } from './post-build/search.mjs';
import { addCompression, compress, describeCompression } from './post-build/compress.mjs';

/** The folder the search step writes into, relative to the site. */
const SEARCH_DIR = 'pagefind';

/**
 * @param {string} dir the freshly built site
 * @param {{ brotliQuality: number }} settings
 */
export async function postBuild(dir, { brotliQuality }) {
  // Both run to the end even when one fails, so no worker is still writing when the build
  // throws the staged site away.
  const [search, site] = await Promise.allSettled([buildSearchIndex(dir), compress(dir, { skip: [SEARCH_DIR], brotliQuality })]);
  for (const step of [search, site]) if (step.status === 'rejected') throw step.reason;
  const index = await compress(dir, { only: SEARCH_DIR, brotliQuality });
  // The time is the compression's own: the site's (alongside the search index), then pagefind/'s.
  console.log(`post-build: ${describeCompression(addCompression(site.value, index))}, alongside the search index`);
}
