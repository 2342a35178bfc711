/**
 * Which pages the site search indexes, as they are rendered (Base.astro calls markSearchable).
 * The data integration writes the list next to the built site when Astro is done, and the
 * post-build search step reads only those pages, a small part of a large site, instead of
 * opening every page to look for a marker.
 */
import { writeFileSync } from 'node:fs';
import { buildContext } from './context';

function pages(): Set<string> {
  return buildContext().searchPages;
}

/** Records that the page at `pathname` (e.g. /cities/shenyang/) is indexed by the site search. */
export function markSearchable(pathname: string): void {
  pages().add(pathname);
}

/** The file the list is written to for the site built in `outDir`: beside it, never inside it. */
export function searchListFile(outDir: string): string {
  return `${outDir.replace(/[/\\]+$/, '')}.search-pages.json`;
}

/** Writes the sorted list of searchable page paths for the site in `outDir`; returns how many. */
export function writeSearchList(outDir: string): number {
  const list = [...pages()].sort();
  writeFileSync(searchListFile(outDir), JSON.stringify(list));
  return list.length;
}
