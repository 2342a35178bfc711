/**
 * The site's one entry to the data: loads and validates DATA_DIR once per build (the
 * build context holds it), computes the model, and decides which named employers are
 * published.
 */
import { createHash } from 'node:crypto';
import { CALENDAR_FILE } from '../../data/calendar';
import { DATASET_FILE } from '../../data/dataset-meta';
import { EMPLOYERS_FILE } from '../../data/employers';
import { GROUPS_FILE } from '../../data/groups';
import { loadDataset } from '../../data/load';
import { filesBytes } from '../../data/read-ahead';
import { MONTHLY_FILE } from '../../data/monthly';
import { REGIONS_FILE } from '../../data/regions';
import { TARGETS_FILE } from '../../data/targets';
import { publishedEmployers, withheldEmployers } from '../../data/publication';
import type { Dataset, Employer, Problem } from '../../data/types';
import type { Settings } from '../../settings';
import { Model } from '../../stats/model';
import { findRevisions, type Revisions } from '../revisions/previous-release';
import { buildContext } from './context';

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
  /** The comparison with the previous release and the earlier releases kept; absent without a previous release. */
  revisions?: Revisions;
  /** What reading the data cost, for the build log (the benchmark parses it). */
  timings: SiteTimings;
}

/** Bytes read and seconds spent by loadDataset (ingestion), and by the model and version that follow. */
export interface SiteTimings {
  bytes: number;
  loadSeconds: number;
  /** CPU time of loadDataset (all threads of the process, so also garbage collection helpers). */
  loadCpuSeconds: number;
  modelSeconds: number;
}

/** The loaded site of this build (throws DataError on bad data). */
export function getSite(): Site {
  return buildContext().site();
}

/** Loads and validates the data folder of `settings`, and computes what every page needs from it. */
export function loadSite(settings: Pick<Settings, 'dataDir' | 'sourceDateEpoch' | 'outDir' | 'previousDataDir' | 'keepVersions'>): Site {
  const { dataDir: dir, sourceDateEpoch } = settings;
  const env = { SOURCE_DATE_EPOCH: sourceDateEpoch?.toString() };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { dataset, warnings } = loadDataset(dir, { env });
  const loaded = performance.now();
  const loadCpu = process.cpuUsage(cpu);
  const employers = publishedEmployers(dataset.employers, dataset.buildDate);
  const model = new Model(dataset);
  const withheld = withheldEmployers(dataset.employers, dataset.buildDate);
  const version = datasetVersion(dataset, employers);
  const revisions = findRevisions(dataset, version, settings, env, datasetVersion);
  model.revisions = revisions?.index ?? null;
  const timings: SiteTimings = {
    bytes: dataBytes(dir),
    loadSeconds: (loaded - started) / 1000,
    loadCpuSeconds: (loadCpu.user + loadCpu.system) / 1e6,
    modelSeconds: (performance.now() - loaded) / 1000,
  };
  const site: Site = { dataset, model, employers, withheld, warnings, version, dataDir: dir, timings, ...(revisions ? { revisions } : {}) };
  return site;
}

const DATA_FILES = [DATASET_FILE, REGIONS_FILE, TARGETS_FILE, MONTHLY_FILE, GROUPS_FILE, EMPLOYERS_FILE, CALENDAR_FILE];

/** Total size of the data files present in `dir`. */
function dataBytes(dir: string): number {
  return filesBytes(dir, DATA_FILES);
}

/**
 * `YYYYMMDD-xxxxxxxx`: the as-of (or build) date and the first 8 hex digits of a
 * SHA-256 over the published records. Withheld employers are not hashed, so the
 * version never depends on, or reveals, anything unpublished.
 */
export function datasetVersion(dataset: Dataset, published: Employer[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(dataset.meta));
  // The same bytes as hashing each record's JSON in turn, with far fewer calls into the
  // hash: records are joined into chunks of about 64 KB.
  let chunk = '';
  for (const part of [dataset.regions, dataset.targets, dataset.monthly, dataset.groups, published] as { source?: unknown }[][]) {
    for (const r of part) {
      const { source, ...record } = r;
      chunk += JSON.stringify(record);
      if (chunk.length > 65_536) {
        h.update(chunk);
        chunk = '';
      }
    }
    chunk += '\n';
  }
  h.update(chunk);
  const date = (dataset.meta.asOf ?? dataset.buildDate).replaceAll('-', '');
  return `${date}-${h.digest('hex').slice(0, 8)}`;
}
