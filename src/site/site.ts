/**
 * The site's one entry to the data: loads and validates DATA_DIR once per build,
 * computes the model, and decides which named employers are published.
 *
 * Astro renders pages in the same process that ran the config hooks, but from a
 * separately bundled copy of this module, so the loaded site is memoised on
 * globalThis rather than in a module variable: the data is read and validated once.
 */
import { createHash } from 'node:crypto';
import { loadDataset, dataDir } from '../data/load';
import { publishedEmployers, withheldEmployers } from '../data/publication';
import type { Dataset, Employer, Problem } from '../data/types';
import { Model } from '../stats/model';

/** Everything a page may show, computed once. */
export interface Site {
  dataset: Dataset;
  model: Model;
  /** Named employers inside their publication window: the only ones any output may contain. */
  employers: Employer[];
  /** Ids and reasons of the entries left out, for the build log only. */
  withheld: { id: string; reason: string }[];
  warnings: Problem[];
  /** Dataset version: the as-of date plus a short hash of the published data. */
  version: string;
  /** Absolute path of the data folder. */
  dataDir: string;
}

const CACHE = Symbol.for('kuomian.site');
type Cache = { key: string; site: Site };

/** The loaded site for the current DATA_DIR and build date (throws DataError on bad data). */
export function getSite(): Site {
  const dir = dataDir(process.env);
  const key = `${dir}|${process.env.SOURCE_DATE_EPOCH ?? ''}`;
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const hit = g[CACHE];
  if (hit && hit.key === key) return hit.site;
  const { dataset, warnings } = loadDataset(dir, { env: process.env });
  const employers = publishedEmployers(dataset.employers, dataset.buildDate);
  const site: Site = {
    dataset,
    model: new Model(dataset),
    employers,
    withheld: withheldEmployers(dataset.employers, dataset.buildDate),
    warnings,
    version: datasetVersion(dataset, employers),
    dataDir: dir,
  };
  g[CACHE] = { key, site };
  return site;
}

/**
 * `YYYYMMDD-xxxxxxxx`: the as-of (or build) date and the first 8 hex digits of a
 * SHA-256 over the published records. Withheld employers are not hashed, so the
 * version never depends on, or reveals, anything unpublished.
 */
export function datasetVersion(dataset: Dataset, published: Employer[]): string {
  const h = createHash('sha256');
  const strip = <T extends { source?: unknown }>(r: T) => ({ ...r, source: undefined });
  h.update(JSON.stringify(dataset.meta));
  for (const part of [dataset.regions, dataset.targets, dataset.monthly, dataset.groups, published] as { source?: unknown }[][]) {
    for (const r of part) h.update(JSON.stringify(strip(r)));
    h.update('\n');
  }
  const date = (dataset.meta.asOf ?? dataset.buildDate).replaceAll('-', '');
  return `${date}-${h.digest('hex').slice(0, 8)}`;
}
