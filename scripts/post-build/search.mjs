/**
 * Post-build step: the Pagefind search index, written to <dir>/pagefind/.
 *
 * Only pages that mark their main content with `data-pagefind-body` are given to Pagefind.
 * Base.astro marks every page except noindex pages and those that say `search={false}`:
 * past years' progress pages, lists by date and filtered lists, and the entry pages of named
 * employers, whose names are indexed on their region lists instead, each a sub-result at the
 * entry's anchor (docs/decisions/0007-search-scope.md). Anything inside `data-pagefind-ignore`
 * (tables, figure tools, citations, lists repeated from elsewhere) is left out.
 *
 * The build lists the pages marked for search beside the site (src/site/build/search-pages.ts); they
 * are read here and passed one by one (addHTMLFile) rather than letting Pagefind read the whole
 * folder: Pagefind keeps every HTML file it reads in memory until it has seen them all, far
 * more than a large site's build can hold, and opening every page to look for the marker
 * would cost a read of every page. The npm package ships
 * the extended binary, which segments Chinese words; the language comes from
 * <html lang="zh-CN">. Named employers outside their publication window are never built, so
 * they cannot be indexed (a build test checks the fragments). Runs before compression so the
 * index files get compressed too.
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The marker of a page meant to be searched (Base.astro's <main>). */
const BODY = 'data-pagefind-body';

/**
 * The list of searchable pages the build wrote beside the site in `dir` (src/site/build/search-pages.ts,
 * searchListFile: the same name is made there).
 */
export function searchListFile(dir) {
  return `${dir.replace(/[/\\]+$/, '')}.search-pages.json`;
}

/** Indexes the site in `dir`; throws on any Pagefind error so the build fails and dist/ is kept. */
export async function buildSearchIndex(dir) {
  const started = Date.now();
  const listFile = searchListFile(dir);
  if (!existsSync(listFile)) throw new Error(`search: ${listFile} is missing (the data integration writes it when Astro has built the site)`);
  const list = JSON.parse(readFileSync(listFile, 'utf8'));
  rmSync(listFile);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length || !index) throw new Error(`pagefind: ${errors.join('; ') || 'no index'}`);
    // One page at a time, in the list's (sorted) order, the next one read while Pagefind indexes
    // this one: with several in flight Pagefind numbered the pages in the order they happened
    // to finish, and two builds of the same data gave different index files. In order, the index
    // is the same byte for byte, and no slower (547 pages: 4.1 s before, 3.9 s).
    const sourceOf = (pathname) => pathname.replace(/^\/+/, '') + (pathname.endsWith('/') ? 'index.html' : pathname.endsWith('.html') ? '' : '.html');
    const read = (pathname) => {
      const reading = readFile(path.join(dir, sourceOf(pathname)), 'utf8');
      reading.catch(() => {}); // Rejected only when awaited in turn below, which fails the build.
      return reading;
    };
    let sent = 0;
    let next = list.length > 0 ? read(list[0]) : undefined;
    for (let i = 0; i < list.length; i++) {
      const sourcePath = sourceOf(list[i]);
      const content = await next;
      next = i + 1 < list.length ? read(list[i + 1]) : undefined;
      if (!content.includes(BODY)) throw new Error(`search: ${sourcePath} was listed for search but has no ${BODY}`);
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length) throw new Error(`pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
      sent++;
    }
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // The search page uses the default UI (pagefind-ui.js/.css). The other UI bundles are never
    // loaded and carry their translators' web addresses, which the build's no-external-URL test refuses.
    for (const f of ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css']) {
      rmSync(path.join(outputPath, f), { force: true });
    }
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed === 0) throw new Error(`pagefind: no page has ${BODY}; nothing to search`);
    console.log(`search: indexed ${indexed} of the ${sent} pages marked for search in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}
