/**
 * A writer that lives for one `astro build`, shared between the data integration (which starts
 * and finishes it) and the pages (which hand it files as they render). Kept on globalThis: the
 * pages run from a separately bundled copy of each module (see site.ts).
 */
import type { Site } from './site';

export interface BuildSlot<T extends { finish(site: Site): Promise<number> }> {
  /** Makes `w` the writer of this build (astro:build:start). */
  start(w: T): T;
  /** The writer of the build in progress; undefined on the dev server. */
  current(): T | undefined;
  /** Finishes the writer (astro:build:done) and clears the slot; returns the files written. */
  finish(site: Site): Promise<number>;
}

/** The slot called `name` (which also starts its error messages). */
export function buildSlot<T extends { finish(site: Site): Promise<number> }>(name: string): BuildSlot<T> {
  const key = Symbol.for(`kuomian.${name}`);
  const slot = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    start: (w) => (slot[key] = w),
    current: () => slot[key],
    async finish(site) {
      const w = slot[key];
      if (!w) throw new Error(`${name}: finished before they were started`);
      slot[key] = undefined;
      return w.finish(site);
    },
  };
}
