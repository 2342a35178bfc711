/**
 * Steps that run on a freshly built site before it replaces the live one:
 * the Pagefind search index and precompressed copies for nginx's gzip_static.
 *
 * Both take long on a large site, and neither keeps both cores busy throughout, so they run
 * at the same time: precompression first does everything outside pagefind/ while the search
 * index is made, then
 * pagefind/ once it is written. Every file the steps write thus still gets its copies.
 */
import { rmSync } from 'node:fs';
import { buildSearchIndex, searchListFile } from './post-build/search.mjs';
import { addCompression, compress, describeCompression } from './post-build/compress.mjs';

/** The folder the search step writes into, relative to the site. */
const SEARCH_DIR = 'pagefind';

/**
 * Each step can be left out (SEARCH_INDEX=no, PRECOMPRESS=no; src/settings.ts).
 * @param {string} dir the freshly built site
 * @param {{ brotliQuality: number, searchIndex: boolean, precompress: boolean }} settings
 */
export async function postBuild(dir, { brotliQuality, searchIndex, precompress }) {
  if (!searchIndex) {
    rmSync(searchListFile(dir), { force: true });
    console.log('post-build: no search index (SEARCH_INDEX=no)');
  }
  if (!precompress) console.log('post-build: no precompressed copies (PRECOMPRESS=no)');
  const searching = searchIndex ? buildSearchIndex(dir) : Promise.resolve(0);
  const compressing = precompress ? compress(dir, { skip: [SEARCH_DIR], brotliQuality }) : Promise.resolve(undefined);
  // Both run to the end even when one fails, so no worker is still writing when the build
  // throws the staged site away.
  const [search, site] = await Promise.allSettled([searching, compressing]);
  for (const step of [search, site]) if (step.status === 'rejected') throw step.reason;
  if (!precompress) return;
  const index = await compress(dir, { only: SEARCH_DIR, brotliQuality });
  // The time is the compression's own: the site's (alongside the search index), then pagefind/'s.
  console.log(`post-build: ${describeCompression(addCompression(site.value, index))}${searchIndex ? ', alongside the search index' : ''}`);
}
