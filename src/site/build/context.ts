/**
 * The build context: what one build shares. The data integration creates it once per
 * `astro build` (astro:config:setup) and every page and view reaches it through
 * buildContext(): the settings, the loaded site, the memos of values computed once per
 * build, the pages the search indexes, the sizes of the downloads and the writers of the
 * files that are not pages.
 *
 * Astro renders the pages from a separately bundled copy of the modules the integration
 * runs from, so a module variable would exist twice; the context is kept under one symbol
 * on globalThis instead, the site's only global. Outside a build (dev server, tests) a
 * context is made on first use.
 */
import { settings as readSettings, type Settings } from '../../settings';
import type { DataDownloadWriter } from '../downloads/data-downloads';
import type { FigureDownloadWriter } from '../figures/figure-downloads';
import { loadSite, type Site } from './site';

export interface BuildContext {
  readonly settings: Settings;
  /** The loaded and validated data, loaded on first use (throws DataError on bad data). */
  site(): Site;
  /** `make()` once per `owner` (a model, a site, a list of records) and name, for this build. */
  memo<T>(owner: object, name: string, make: () => T): T;
  /** Paths of the pages the site search indexes, as they render (search-pages.ts). */
  readonly searchPages: Set<string>;
  /** Problems the MDX safety check (remarkContentSafety) met while the content synced, for the integration to fail on. */
  readonly contentProblems: string[];
  /** Counts of the share images, for the build log. */
  readonly og: { rendered: number; cached: number; pruned: number };
  /** The writers of `astro build`'s files that are not pages, while it runs (integration.ts). */
  writers: { figures: FigureDownloadWriter; data: DataDownloadWriter } | undefined;
}

const KEY = Symbol.for('kuomian.build-context');
type Holder = Record<symbol, BuildContext | undefined>;

/** A fresh context for the given settings. */
export function createBuildContext(settings: Settings): BuildContext {
  let site: Site | undefined;
  const memos = new WeakMap<object, Map<string, unknown>>();
  return {
    settings,
    site: () => (site ??= loadSite(settings)),
    memo<T>(owner: object, name: string, make: () => T): T {
      let byName = memos.get(owner);
      if (!byName) memos.set(owner, (byName = new Map()));
      if (byName.has(name)) return byName.get(name) as T;
      const value = make();
      byName.set(name, value);
      return value;
    },
    searchPages: new Set(),
    contentProblems: [],
    og: { rendered: 0, cached: 0, pruned: 0 },
    writers: undefined,
  };
}

/** Starts a build: its context replaces any earlier one (the data integration, at astro:config:setup). */
export function startBuildContext(settings: Settings = readSettings()): BuildContext {
  const context = createBuildContext(settings);
  (globalThis as unknown as Holder)[KEY] = context;
  return context;
}

/** The context of the build in progress (one is made on first use outside a build). */
export function buildContext(): BuildContext {
  return (globalThis as unknown as Holder)[KEY] ?? startBuildContext();
}

/** `make()` once per `owner` and name in this build: the memo of buildContext(). */
export function memo<T>(owner: object, name: string, make: () => T): T {
  return buildContext().memo(owner, name, make);
}
