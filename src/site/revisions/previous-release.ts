/**
 * Finds the previous release's data, compares this release with it, and decides which earlier
 * releases' data /data/versions/ keeps (data contract, "The previous release").
 *
 * The previous release is the data folder PREVIOUS_DATA_DIR, or by default the data/ downloads
 * of the site now in the output folder, read with the same loader as any data. A rebuild that
 * publishes the same figures (a daily rebuild for an employer's expiry, say) is not a new
 * release: the comparison then goes back to the newest kept version whose figures differ, so
 * the revisions page keeps saying what the last real release changed.
 *
 * Kept versions hold the figures only (regions, targets, monthly, groups), gzip-compressed:
 * never employers, whose entries must leave every download when their publication ends.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GROUPS_FILE } from '../../data/groups';
import { loadDataset } from '../../data/load';
import { MONTHLY_FILE } from '../../data/monthly';
import { DataError } from '../../data/problems';
import { publishedEmployers } from '../../data/publication';
import { REGIONS_FILE } from '../../data/regions';
import { TARGETS_FILE } from '../../data/targets';
import type { Dataset, Day } from '../../data/types';
import { compareReleases, RevisionIndex, sameFigures } from '../../stats/revisions';
import type { Settings } from '../../settings';
import type { EpochEnvironment } from '../../data/build-date';

/** The settings the comparison reads. */
export type RevisionSettings = Pick<Settings, 'previousDataDir' | 'outDir' | 'keepVersions'>;

/** The files a kept version holds (gzip-compressed, `.csv.gz`). */
export const VERSION_FILES = [REGIONS_FILE, TARGETS_FILE, MONTHLY_FILE, GROUPS_FILE] as const;
/** The folder of kept versions inside the site's data/ (and so inside a previous release's data folder). */
export const VERSIONS_FOLDER = 'versions';
/** What a kept version says about itself. */
export const VERSION_META = 'version.json';

const VERSION_RE = /^\d{8}-[0-9a-f]{8}$/;

/** How the build computes a dataset's version (site.ts datasetVersion), handed in to avoid an import cycle. */
export type VersionOf = (dataset: Dataset, published: Dataset['employers']) => string;

/** One earlier release whose data this build keeps at /data/versions/<version>/. */
export interface KeptVersion {
  version: string;
  asOf?: Day;
  /** Where its files come from: a kept version's folder (copied as it is) or a data folder (compressed on the way). */
  from: { kind: 'kept'; dir: string; files: string[] } | { kind: 'data'; dir: string; files: string[] };
}

/** What this build knows about earlier releases. */
export interface Revisions {
  /** The comparison with the previous release; null when there is none with other figures. */
  index: RevisionIndex | null;
  /** The as-of date of the release compared with. */
  previousAsOf?: Day;
  /** Earlier releases kept under /data/versions/, newest first, at most KEEP_VERSIONS. */
  versions: KeptVersion[];
}

/** Wording of the problem of a previous release that does not load, shared with tests. */
export const PREVIOUS_EXPECTED = (dir: string) =>
  `the previous release's data (${dir}) to be valid build input; fix or move it, or set PREVIOUS_DATA_DIR=none to build without comparing`;

/**
 * The comparison and the versions to keep, or null when there is no previous release with
 * other figures and no version to keep (then nothing about revisions is published, and the
 * output is the same as a first build's). Throws DataError when the previous data does not load.
 */
export function findRevisions(
  current: Dataset,
  currentVersion: string,
  settings: RevisionSettings,
  env: EpochEnvironment,
  versionOf: VersionOf,
): Revisions | null {
  if (settings.previousDataDir === null) return null;
  const dir = settings.previousDataDir ?? path.join(settings.outDir, 'data');
  if (!existsSync(path.join(dir, MONTHLY_FILE)) && !existsSync(path.join(dir, VERSIONS_FOLDER))) {
    if (settings.previousDataDir !== undefined) throw new DataError([{ file: 'PREVIOUS_DATA_DIR', line: 0, value: dir, expected: PREVIOUS_EXPECTED(dir) }]);
    return null;
  }
  const kept = keptVersions(path.join(dir, VERSIONS_FOLDER)).filter((v) => v.version !== currentVersion);
  const candidates: (KeptVersion & { load: () => Dataset })[] = [];
  if (existsSync(path.join(dir, MONTHLY_FILE))) {
    const own = folderRelease(dir, env, versionOf);
    if (own.version !== currentVersion && !kept.some((k) => k.version === own.version)) candidates.push(own);
  }
  for (const k of kept) candidates.push({ ...k, load: () => loadKept(k, env) });

  let index: RevisionIndex | null = null;
  let previousAsOf: Day | undefined;
  const versions: KeptVersion[] = [...kept];
  for (const c of candidates) {
    const previous = c.load();
    const report = compareReleases(previous, current);
    if (sameFigures(report)) continue;
    index = new RevisionIndex(report, c.version);
    if (c.asOf !== undefined) previousAsOf = c.asOf;
    if (c.from.kind === 'data') versions.push({ version: c.version, ...(c.asOf ? { asOf: c.asOf } : {}), from: c.from });
    break;
  }
  versions.sort((a, b) => (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
  const keeping = versions.slice(0, settings.keepVersions);
  // Nothing to compare with and nothing kept: the build is the same as one without a previous release.
  if (index === null && keeping.length === 0) return null;
  return { index, ...(previousAsOf ? { previousAsOf } : {}), versions: keeping };
}

/** A data folder as a release: its version from the download's meta, or computed as the build computes it. */
function folderRelease(dir: string, env: EpochEnvironment, versionOf: VersionOf): KeptVersion & { load: () => Dataset } {
  const files = VERSION_FILES.filter((f) => existsSync(path.join(dir, f)));
  const meta = downloadMeta(path.join(dir, 'dataset.json'));
  if (meta) {
    // A site's data/: its dataset.json is the whole dataset with a meta block, not a dataset.json of the contract.
    return { version: meta.version, ...(meta.asOf ? { asOf: meta.asOf } : {}), from: { kind: 'data', dir, files }, load: () => loadFolder(dir, files, env) };
  }
  const dataset = load(dir, dir, env);
  const version = versionOf(dataset, publishedEmployers(dataset.employers, dataset.buildDate));
  return { version, asOf: dataset.meta.asOf ?? dataset.buildDate, from: { kind: 'data', dir, files }, load: () => dataset };
}

/** `meta.version` and `meta.as_of` of a site's dataset.json download, read from its first 64 KB; undefined for a contract dataset.json. */
function downloadMeta(file: string): { version: string; asOf?: Day } | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(65_536);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    if (!/^\s*\{\s*"meta"\s*:/.test(text)) return undefined;
    const version = /"version"\s*:\s*"([^"]*)"/.exec(text)?.[1];
    const asOf = /"as_of"\s*:\s*"(\d{4}-\d{2}-\d{2})"/.exec(text)?.[1];
    return version && VERSION_RE.test(version) ? { version, ...(asOf ? { asOf } : {}) } : undefined;
  } finally {
    closeSync(fd);
  }
}

/** The versions kept in a versions/ folder, each with its version.json. */
function keptVersions(dir: string): KeptVersion[] {
  if (!existsSync(dir)) return [];
  const out: KeptVersion[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!VERSION_RE.test(name) || !existsSync(path.join(dir, name, VERSION_META))) continue;
    const meta = JSON.parse(readFileSync(path.join(dir, name, VERSION_META), 'utf8')) as { version?: string; as_of?: string };
    // In VERSION_FILES order, as the build that kept them listed them: a rebuild lists them the same.
    const files = readdirSync(path.join(dir, name)).filter((f) => f.endsWith('.csv.gz')).sort(byVersionFileOrder);
    out.push({ version: name, ...(meta.as_of ? { asOf: meta.as_of } : {}), from: { kind: 'kept', dir: path.join(dir, name), files } });
  }
  return out;
}

/** Orders `<file>.csv.gz` names as VERSION_FILES lists their CSVs; any other name after them, by name. */
function byVersionFileOrder(a: string, b: string): number {
  const rank = (f: string) => {
    const i = (VERSION_FILES as readonly string[]).indexOf(f.replace(/\.gz$/, ''));
    return i < 0 ? VERSION_FILES.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The figures of a kept version: its files unpacked into a temporary folder and loaded. */
function loadKept(k: KeptVersion, env: EpochEnvironment): Dataset {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kuomian-version-'));
  try {
    for (const f of k.from.files) writeFileSync(path.join(tmp, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(path.join(k.from.dir, f))));
    return load(tmp, k.from.dir, env);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The CSV files of a folder without its dataset.json (linked into a temporary folder), loaded. */
function loadFolder(dir: string, files: readonly string[], env: EpochEnvironment): Dataset {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kuomian-previous-'));
  try {
    for (const f of files) symlinkSync(path.join(dir, f), path.join(tmp, f));
    return load(tmp, dir, env);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Loads with the build's loader; problems name the previous release's folder. */
function load(dir: string, shownAs: string, env: EpochEnvironment): Dataset {
  try {
    return loadDataset(dir, { env }).dataset;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    throw new DataError([
      { file: 'PREVIOUS_DATA_DIR', line: 0, value: shownAs, expected: PREVIOUS_EXPECTED(shownAs) },
      ...error.problems.map((p) => ({ ...p, file: path.join(shownAs, p.file) })),
    ]);
  }
}
