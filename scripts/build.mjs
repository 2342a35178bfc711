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
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postBuild } from './post-build.mjs';
import { cleanStale, diskFull, recoverSwaps, resolveOutDir, stamp, swapIn } from './output-dir.mjs';
import { settingsModule } from './settings.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { settingsAt, astroBuildEnvironment, SettingsError } = await settingsModule();
const flags = astroFlags();
let settings;
try {
  settings = settingsAt(root);
} catch (err) {
  if (!(err instanceof SettingsError)) throw err;
  refuse(err.message);
}
const work = path.join(root, '.build');
const { dir: outDir, via } = prepareOutput(settings.outDir);
const tag = `${path.basename(outDir)}-${process.pid}`;
const next = path.join(work, `next-${tag}`);
// Written beside the new site by the build, read and removed by the search step.
const searchList = `${next}.search-pages.json`;
const old = path.join(work, `old-${tag}`);
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
  const message = diskFullMessage(undefined) ?? astroFailure(astro.status, astro.signal);
  removeTemporary();
  fail(message);
}

const astroDone = Date.now();
// A step that stops without settling its promise (a worker killed by a full disk) would end
// this script with exit status 13 and no word: say what happened and clean up instead.
process.once('beforeExit', () => {
  const message = diskFullMessage(undefined) ?? 'a post-build step stopped without finishing.';
  removeTemporary();
  fail(message);
});
try {
  await postBuild(next, settings);
} catch (err) {
  const message = diskFullMessage(err) ?? `a post-build step failed: ${err instanceof Error ? err.stack : String(err)}`;
  removeTemporary();
  fail(message);
}

try {
  stamp(next);
  swapIn({ next, outDir, old, work });
} catch (err) {
  const message = diskFullMessage(err) ?? `could not move the new site into place: ${err instanceof Error ? err.message : String(err)}`;
  removeTemporary();
  fail(message);
}
const seconds = (from, to = Date.now()) => ((to - from) / 1000).toFixed(1);
const shownOut = via === undefined ? `${path.relative(root, outDir)}/` : `${via}/ (a link to ${path.relative(root, outDir)}/)`;
console.log(`\n✔ built ${shownOut} in ${seconds(started)} s (astro ${seconds(started, astroDone)} s, post-build ${seconds(astroDone)} s)`);
process.exit(0);

/**
 * Before any work: a swap a stopped build left is finished or undone (the previous site put
 * back), temporary folders of builds that are gone are removed, and OUT_DIR is checked.
 */
function prepareOutput(given) {
  mkdirSync(work, { recursive: true });
  for (const line of recoverSwaps(work)) console.log(`build: ${line}`);
  const removed = cleanStale(work);
  if (removed.length) console.log(`build: removed ${removed.length} temporary folder(s) of stopped builds from .build/`);
  const out = resolveOutDir(given, root);
  if ('refused' in out) refuse(out.refused);
  return out;
}

/** Removes this build's temporary output. */
function removeTemporary() {
  rmSync(next, { recursive: true, force: true });
  rmSync(searchList, { force: true });
}

/** The message for a full disk, or undefined when the disk is not full. */
function diskFullMessage(err) {
  const { full, free } = diskFull(err, work);
  if (!full) return undefined;
  const left = free === undefined ? '' : ` (${(free / 1048576).toFixed(0)} MB free)`;
  return `the disk is full${left}. The temporary output was removed; free some space (the build needs about twice the site's size) and run the build again.`;
}

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

/** What a failed astro build means for the person who ran it. */
function astroFailure(status, signal) {
  // 65: the data has problems (DATA_PROBLEMS_EXIT in src/data/problems.ts), already listed.
  if (status === 65) {
    return 'the data files have the problems listed above (file:line: column: value — what was expected).\n  Correct them in the files named, then run the build again; nothing was built.';
  }
  // 66: an article or release note has problems (CONTENT_PROBLEMS_EXIT in src/site/articles/content-safety.ts).
  if (status === 66) return 'the articles or release notes have the problems listed above (file:line:column); correct them, then run the build again.';
  return `the site was not built (astro exited with ${status ?? signal}).`;
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
