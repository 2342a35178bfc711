#!/usr/bin/env node
/**
 * Builds the site so that a failure never damages the published one.
 *
 * Astro writes into `dist/` directly: a compile error empties it and an error
 * while rendering leaves it half-written (see docs/decisions/0001-atomic-build.md).
 * So Astro builds into a fresh folder under `.build/`, the post-build steps
 * (search index, precompression) run there too, and only when every step has
 * succeeded is the new folder swapped in for the old one. On any failure the
 * new folder is deleted and the previous site stays byte-for-byte as it was.
 *
 * Settings are environment variables (README.md), read and checked by src/settings.ts
 * before anything else happens: a bad one stops the build with every problem listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postBuild } from './post-build.mjs';
import { settingsModule } from './settings.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readSettings, astroBuildEnvironment, SettingsError } = await settingsModule();
const flags = astroFlags();
let settings;
try {
  settings = readSettings(process.env, root);
} catch (err) {
  if (!(err instanceof SettingsError)) throw err;
  refuse(err.message);
}
const outDir = settings.outDir;
const work = path.join(root, '.build');
const tag = `${path.basename(outDir)}-${process.pid}`;
const next = path.join(work, `next-${tag}`);
// Written beside the new site by the build, read and removed by the search step.
const searchList = `${next}.search-pages.json`;
const old = path.join(work, `old-${tag}`);
mkdirSync(work, { recursive: true });
rmSync(next, { recursive: true, force: true });
rmSync(searchList, { force: true });

const started = Date.now();
// Node flags given to this script (e.g. --cpu-prof, --max-old-space-size) apply to the astro build too.
const astro = spawnSync(
  process.execPath,
  [...process.execArgv, ...heapFlags(), path.join(root, 'node_modules/astro/astro.js'), 'build', '--outDir', path.relative(root, next), ...flags],
  { cwd: root, stdio: 'inherit', env: astroBuildEnvironment() },
);
if (astro.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  rmSync(searchList, { force: true });
  fail(`the site was not built (astro exited with ${astro.status ?? astro.signal}).`);
}

const astroDone = Date.now();
try {
  await postBuild(next, settings);
} catch (err) {
  rmSync(next, { recursive: true, force: true });
  rmSync(searchList, { force: true });
  fail(`a post-build step failed: ${err instanceof Error ? err.stack : String(err)}`);
}

// Swap: two renames on one file system. The old site is kept until the new one is in place.
mkdirSync(path.dirname(outDir), { recursive: true });
const hadOld = existsSync(outDir);
if (hadOld) renameSync(outDir, old);
try {
  renameSync(next, outDir);
} catch (err) {
  if (hadOld) renameSync(old, outDir);
  rmSync(next, { recursive: true, force: true });
  fail(`could not move the new site into place: ${err instanceof Error ? err.message : String(err)}`);
}
rmSync(old, { recursive: true, force: true });
const seconds = (from, to = Date.now()) => ((to - from) / 1000).toFixed(1);
console.log(`\n✔ built ${path.relative(root, outDir)}/ in ${seconds(started)} s (astro ${seconds(started, astroDone)} s, post-build ${seconds(astroDone)} s)`);

/**
 * The astro build's JavaScript heap (BUILD_HEAP_MB): a cap keeps a national build inside the
 * memory the benchmark allows (BENCHMARKS.md); a larger dataset that needs more says so with
 * "JavaScript heap out of memory". A --max-old-space-size given to this script or in
 * NODE_OPTIONS wins.
 */
function heapFlags() {
  const given = process.execArgv.some((f) => f.startsWith('--max-old-space-size'));
  return given || settings.buildHeapMb === undefined ? [] : [`--max-old-space-size=${settings.buildHeapMb}`];
}

/** `npm run build -- --verbose`: Astro's debug log, which lists e.g. every withheld employer id. */
function astroFlags() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--verbose');
  if (unknown.length) refuse(`unknown option ${unknown.join(' ')} (the only option is --verbose; settings are environment variables, see README.md)`);
  return args;
}

/** Stops before any work: nothing was built, no file changed. */
function refuse(message) {
  console.error(`\n✘ Build failed: ${message}\n  Nothing was built and no file was changed.`);
  process.exit(1);
}

function fail(message) {
  console.error(`\n✘ Build failed: ${message}\n  The previously built site (${path.relative(root, outDir) || outDir}/) was left exactly as it was.`);
  process.exit(1);
}
