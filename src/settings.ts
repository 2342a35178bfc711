/**
 * The build's settings: the one module that reads environment variables. Every
 * setting, its default and its rule is in SETTINGS below; `readSettings` checks all of
 * them at once and throws SettingsError listing every bad one, so `npm run build`
 * refuses bad settings before any work starts (scripts/build.mjs loads this file
 * through scripts/settings.mjs) and Astro's render reads the same values.
 *
 * This file imports only Node built-ins: scripts/settings.mjs bundles it for plain Node.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The public address a build without SITE_URL is made for (the sample's). */
export const DEFAULT_SITE_URL = 'https://kuomian.example.org';

/** Every setting's value, as the build uses it. */
export interface Settings {
  /** Absolute path of the data folder (DATA_DIR). */
  dataDir: string;
  /** The content folder as Astro's loaders take it: relative to the project, no trailing slash (CONTENT_DIR). */
  contentDir: string;
  /** Absolute path of the output folder, inside the project (OUT_DIR). */
  outDir: string;
  /** The public address for canonical links, sitemap, feeds and previews (SITE_URL). */
  siteUrl: string;
  /** SOURCE_DATE_EPOCH in Unix seconds, when set: the build date of a dataset that is not a sample. */
  sourceDateEpoch: number | undefined;
  /** Brotli quality (0–11) of the precompressed `.br` files (BROTLI_QUALITY). */
  brotliQuality: number;
  /** Whether the build writes the precompressed `.gz` and `.br` copies (PRECOMPRESS): not needed by a host that compresses as it sends. */
  precompress: boolean;
  /** Whether the build makes the Pagefind search index (SEARCH_INDEX): a build whose search page nobody uses, such as a test's, can go without. */
  searchIndex: boolean;
  /** JavaScript heap of the astro build in MB (BUILD_HEAP_MB); undefined when NODE_OPTIONS sets --max-old-space-size, which wins. */
  buildHeapMb: number | undefined;
  /**
   * The previous release's data folder, compared with for revisions (PREVIOUS_DATA_DIR):
   * undefined to use the data/ downloads of the site in the output folder, null for none (`none`).
   */
  previousDataDir: string | null | undefined;
  /** How many earlier releases' data /data/versions/ keeps (KEEP_VERSIONS; 0 keeps none). */
  keepVersions: number;
}

/** The environment, as far as settings go. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** One or more settings are bad; `problems` has one line per setting, each naming the variable. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`bad settings (environment variables; README.md lists them):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** What `SOURCE_DATE_EPOCH` must look like, in its refusal. */
export const EPOCH_EXPECTED = 'Unix seconds as a whole number (e.g. 1136044799), as `date +%s` prints';
/** Largest |seconds| a JS Date can hold. */
const MAX_EPOCH_SECONDS = 8.64e12;

/**
 * SOURCE_DATE_EPOCH as seconds; undefined when unset or empty (CI templates often export it
 * empty), NaN when malformed (the reproducible-builds spec: a malformed value fails the build).
 */
export function epochSeconds(raw: string | undefined): number | undefined {
  const epoch = raw?.trim();
  if (epoch === undefined || epoch === '') return undefined;
  const seconds = /^-?\d+$/.test(epoch) ? Number(epoch) : NaN;
  return Math.abs(seconds) <= MAX_EPOCH_SECONDS ? seconds : NaN;
}

/** Where the project is and what the environment says. */
interface Context {
  env: Environment;
  root: string;
}

/** A setting's rule: its value from the raw variable (undefined when unset or blank), or a refusal thrown as a string. */
type Rule<T> = (raw: string | undefined, ctx: Context) => T;

/** A folder given relative to the project or absolute, which must exist. */
function folder(name: string, fallback: string): Rule<string> {
  return (raw, { root }) => {
    const dir = path.resolve(root, raw ?? fallback);
    if (!existsSync(dir)) throw `${name}: no such folder: ${dir}`;
    if (!statSync(dir).isDirectory()) throw `${name}: not a folder: ${dir}`;
    return dir;
  };
}

/** A whole number within [min, max]. */
function wholeNumber(name: string, fallback: number, min: number, max: number, unit: string): Rule<number> {
  return (raw) => {
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) throw `${name}: ${unit}, got "${raw}"`;
    return n;
  };
}

/** `yes` or `no`. */
function yesNo(name: string, fallback: boolean): Rule<boolean> {
  return (raw) => {
    if (raw === undefined) return fallback;
    if (raw === 'yes' || raw === 'no') return raw === 'yes';
    throw `${name}: yes or no, got "${raw}"`;
  };
}

/** Every setting: the variable it comes from, its default and its rule. Add a new setting here. */
const SETTINGS: { [K in keyof Settings]: { variable: string; rule: Rule<Settings[K]> } } = {
  dataDir: { variable: 'DATA_DIR', rule: folder('DATA_DIR', 'data') },
  contentDir: {
    variable: 'CONTENT_DIR',
    rule: (raw, ctx) => {
      const given = (raw ?? 'content').replace(/\/+$/, '');
      folder('CONTENT_DIR', 'content')(given, ctx);
      return given;
    },
  },
  outDir: {
    variable: 'OUT_DIR',
    rule: (raw, { root }) => {
      const dir = path.resolve(root, raw ?? 'dist');
      // An output folder outside the project makes Astro delete .astro/ and leak internal files.
      if (!dir.startsWith(root + path.sep)) throw `OUT_DIR: must be a folder inside the project (${root}), got ${dir}`;
      return dir;
    },
  },
  siteUrl: {
    variable: 'SITE_URL',
    rule: (raw) => {
      const given = raw ?? DEFAULT_SITE_URL;
      let url: URL | undefined;
      try {
        url = new URL(given);
      } catch {
        url = undefined;
      }
      if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw `SITE_URL: an absolute http(s) address such as ${DEFAULT_SITE_URL}, got "${given}"`;
      }
      return given;
    },
  },
  sourceDateEpoch: {
    variable: 'SOURCE_DATE_EPOCH',
    rule: (raw) => {
      const seconds = epochSeconds(raw);
      if (Number.isNaN(seconds)) throw `SOURCE_DATE_EPOCH: ${EPOCH_EXPECTED}, got "${raw}"`;
      return seconds;
    },
  },
  brotliQuality: { variable: 'BROTLI_QUALITY', rule: wholeNumber('BROTLI_QUALITY', 6, 0, 11, 'a whole number 0–11') },
  precompress: { variable: 'PRECOMPRESS', rule: yesNo('PRECOMPRESS', true) },
  searchIndex: { variable: 'SEARCH_INDEX', rule: yesNo('SEARCH_INDEX', true) },
  buildHeapMb: {
    variable: 'BUILD_HEAP_MB',
    rule: (raw, ctx) => {
      const mb = wholeNumber('BUILD_HEAP_MB', 1536, 256, Number.MAX_SAFE_INTEGER, 'a whole number of megabytes, at least 256')(raw, ctx);
      return /(^|\s)--max-old-space-size/.test(ctx.env.NODE_OPTIONS ?? '') ? undefined : mb;
    },
  },
  previousDataDir: {
    variable: 'PREVIOUS_DATA_DIR',
    rule: (raw, ctx) => (raw === undefined ? undefined : raw === 'none' ? null : folder('PREVIOUS_DATA_DIR', raw)(raw, ctx)),
  },
  keepVersions: {
    variable: 'KEEP_VERSIONS',
    rule: (raw, ctx) => wholeNumber('KEEP_VERSIONS', DEFAULT_KEEP_VERSIONS, 0, 10_000, 'a whole number of releases (0 keeps none)')(raw, ctx),
  },
};

/** How many earlier releases /data/versions/ keeps when KEEP_VERSIONS is not set: two years of monthly releases. */
export const DEFAULT_KEEP_VERSIONS = 24;

/** The settings the environment gives for a project at `root`; throws SettingsError listing every bad one. */
export function readSettings(env: Environment, root: string = process.cwd()): Settings {
  const problems: string[] = [];
  const values: Partial<Record<keyof Settings, unknown>> = {};
  for (const [key, { variable, rule }] of Object.entries(SETTINGS) as [keyof Settings, { variable: string; rule: Rule<unknown> }][]) {
    const raw = env[variable]?.trim();
    try {
      values[key] = rule(raw === '' ? undefined : raw, { env, root });
    } catch (refusal) {
      if (typeof refusal !== 'string') throw refusal;
      problems.push(refusal);
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return values as Settings;
}

let current: Settings | undefined;

/** This process's settings, read from its environment once. */
export function settings(): Settings {
  current ??= readSettings(process.env);
  return current;
}

/** This process's settings for a project at `root` (scripts/build.mjs, which may run from elsewhere). */
export function settingsAt(root: string): Settings {
  return readSettings(process.env, root);
}

/**
 * The environment of the astro build that scripts/build.mjs starts: this one, always for
 * production. A calling process must not leak import.meta.env's built-ins: vitest sets
 * NODE_ENV=test, MODE=test, PROD='' and DEV=1, and Astro would then render with
 * import.meta.env.PROD false, which would publish drafts.
 */
export function astroBuildEnvironment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'production' };
  for (const key of ['MODE', 'PROD', 'DEV', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete env[key];
  return env;
}

