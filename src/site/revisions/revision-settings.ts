/**
 * The settings of revisions and kept versions, read from the environment in this one place
 * (to move into src/settings.ts with the other settings).
 */
import path from 'node:path';

/** How many earlier releases' data /data/versions/ keeps when KEEP_VERSIONS is not set. */
export const DEFAULT_KEEP_VERSIONS = 24;

/** What revisions.ts needs from the environment. */
export interface RevisionSettings {
  /** The previous release's data folder; undefined to look in the output folder; null for none (PREVIOUS_DATA_DIR=none). */
  previousDataDir: string | null | undefined;
  /** The output folder of the site now published (OUT_DIR, default dist), whose data/ is the default previous release. */
  outDir: string;
  /** How many earlier releases /data/versions/ keeps (0: none). */
  keepVersions: number;
}

/** Reads PREVIOUS_DATA_DIR, OUT_DIR and KEEP_VERSIONS; throws on a KEEP_VERSIONS that is not a whole number. */
export function revisionSettings(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): RevisionSettings {
  const given = env.PREVIOUS_DATA_DIR?.trim();
  const previousDataDir = given === undefined || given === '' ? undefined : given === 'none' ? null : path.resolve(cwd, given);
  const keep = env.KEEP_VERSIONS?.trim();
  if (keep !== undefined && keep !== '' && !/^\d+$/.test(keep)) throw new Error(`KEEP_VERSIONS must be a whole number of releases (0 keeps none); got "${keep}"`);
  return {
    previousDataDir,
    outDir: path.resolve(cwd, env.OUT_DIR?.trim() || 'dist'),
    keepVersions: keep === undefined || keep === '' ? DEFAULT_KEEP_VERSIONS : Number(keep),
  };
}
