/**
 * The articles the site publishes: the collection without drafts (in a
 * production build), checked against the data, newest first. Every article route
 * and component gets them from here, so a broken article fails the build with
 * every problem listed (src/site/articles/article-check.ts; its date: src/content/period.ts)
 * before any of them is shown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ArticleError, checkArticle } from './article-check';
import { periodProblems } from '../../content/period';
import { newestFirst } from './article-view';
import { buildContext } from '../build/context';
import { getSite } from '../build/site';

/** A published article. */
export type Article = CollectionEntry<'articles'>;

/** Published articles, newest first; throws ArticleError when any does not fit the data. */
export function getArticles(): Promise<Article[]> {
  // Once per build; `astro dev` reads them again on every request, so edits show at once.
  if (!import.meta.env.PROD) return load();
  const context = buildContext();
  return context.memo(context, 'articles', load);
}

async function load(): Promise<Article[]> {
  const { model, dataset } = getSite();
  // An article dated after the build date is not yet published, like a draft.
  const entries = await getCollection('articles', (e) => !(import.meta.env.PROD && (e.data.draft || e.data.published > dataset.buildDate)));
  const problems = entries.flatMap((e) => {
    const file = e.filePath ?? `articles/${e.id}.mdx`;
    const source = readFileSync(path.resolve(process.cwd(), file), 'utf8');
    return [...checkArticle({ file, id: e.id, source, figure: e.data.figure }, model), ...periodProblems(file, source, e.data)];
  });
  if (problems.length) throw new ArticleError(problems);
  return newestFirst(entries);
}
