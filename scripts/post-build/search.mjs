/**
 * Post-build step: the Pagefind search index, written to <dir>/pagefind/.
 *
 * Pagefind reads the built HTML: only pages that mark their main content with
 * `data-pagefind-body` are indexed (Base.astro does, except for noindex pages), and
 * anything inside `data-pagefind-ignore` (figure tools, citations, data tables) is
 * left out. The npm package ships the extended binary, which segments Chinese words;
 * the language comes from <html lang="zh-CN">. Named employers outside their
 * publication window are never built, so they cannot be indexed (a build test checks
 * the fragments). Runs before compression so the index files get compressed too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the site in `dir`; throws on any Pagefind error so the build fails and dist/ is kept. */
export async function buildSearchIndex(dir) {
  const started = Date.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length || !index) throw new Error(`pagefind: ${errors.join('; ') || 'no index'}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry file says how many were indexed.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed === 0) throw new Error('pagefind: no page has data-pagefind-body; nothing to search');
    console.log(`search: indexed ${indexed} of ${added.page_count} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}
