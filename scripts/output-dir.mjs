/**
 * The output folder and the swap that puts a new site in place (docs/decisions/0001-atomic-build.md).
 *
 * - The build replaces its output folder whole, so it only ever replaces a folder it made:
 *   one holding its stamp file (or an empty one, or one that is plainly an earlier build of this
 *   site). It never writes into the repository's own folders, and never through a link that
 *   leads out of the project. A link that stays inside it is followed, and the log says so.
 * - The swap is two renames on one file system, recorded in a journal first. If the build is
 *   stopped between them, the next build puts the previous site back before anything else
 *   (`recoverSwaps`), and temporary folders of builds that are gone are removed (`cleanStale`).
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file that marks a folder as the build's output. */
export const STAMP = '.kuomian-site';

/** Top-level folders of the repository that an output folder may never be, or be inside. */
export const PROJECT_FOLDERS = ['.git', '.github', '.ci', '.astro', '.build', 'bench', 'content', 'data', 'deploy', 'docs', 'e2e', 'node_modules', 'public', 'scripts', 'src', 'test'];

/** Scratch folders inside those that git ignores and the benchmark builds into. */
export const SCRATCH_FOLDERS = [path.join('bench', 'out')];

/**
 * The folder to build into for OUT_DIR `outDir` (absolute, inside `root`), or a refusal. A link
 * inside the project is followed (`via` names it); anything the build did not make is refused.
 * @returns {{ dir: string, via?: string } | { refused: string }}
 */
export function resolveOutDir(outDir, root) {
  const realRoot = realpathSync(root);
  const rel = path.relative(root, outDir);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { refused: `OUT_DIR must be a folder inside the project (${root}); got ${outDir}` };
  const top = rel.split(path.sep)[0];
  const scratch = SCRATCH_FOLDERS.some((f) => rel.startsWith(f + path.sep));
  if (PROJECT_FOLDERS.includes(top) && !scratch) {
    return { refused: `OUT_DIR ${rel}/ is ${top === rel ? '' : 'inside '}the project's own folder ${top}/, which the build would replace whole; choose another folder (the default is dist)` };
  }
  // Every existing part of the path must stay inside the project once links are followed.
  let dir = outDir;
  let via;
  let real;
  try {
    const st = lstatSync(outDir);
    if (st.isSymbolicLink()) via = rel;
    real = realpathSync(outDir);
  } catch {
    real = path.join(realAncestor(path.dirname(outDir)), path.basename(outDir));
  }
  if (!real.startsWith(realRoot + path.sep)) {
    return { refused: `OUT_DIR ${rel} leads out of the project (to ${real}) through a link; the build writes only inside the project` };
  }
  if (via !== undefined) {
    const target = path.join(root, path.relative(realRoot, real));
    const again = resolveOutDir(target, root);
    if ('refused' in again) return { refused: `OUT_DIR ${rel} is a link to ${path.relative(realRoot, real)}: ${again.refused}` };
    dir = again.dir;
  }
  if (existsSync(dir)) {
    const st = lstatSync(dir);
    if (!st.isDirectory()) return { refused: `OUT_DIR ${rel} exists and is not a folder; the build will not replace it` };
    if (!madeByBuild(dir)) {
      return {
        refused: `OUT_DIR ${rel}/ is a folder this build did not make (it has no ${STAMP} file), and the build replaces its output folder whole; choose another OUT_DIR, or move that folder away yourself`,
      };
    }
  }
  return via === undefined ? { dir } : { dir, via };
}

/** The real path of the nearest existing ancestor of `dir`. */
function realAncestor(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return path.join(realAncestor(path.dirname(dir)), path.basename(dir));
  }
}

/** A folder the build made: it has the stamp, or it is empty, or it is plainly an earlier build of this site (made before stamps). */
export function madeByBuild(dir) {
  if (existsSync(path.join(dir, STAMP))) return true;
  const entries = readdirSync(dir);
  if (entries.length === 0) return true;
  return ['index.html', '_headers', 'pagefind', 'data'].every((e) => entries.includes(e));
}

/** Marks a freshly built folder as the build's output. */
export function stamp(dir) {
  writeFileSync(path.join(dir, STAMP), 'Made by scripts/build.mjs: the next build replaces this folder whole.\n');
}

/** Journal of a swap in progress, in the work folder: one per build process, which builds running side by side leave alone. */
function journalPath(work, outDir) {
  return path.join(work, `swap-${path.basename(outDir)}-${process.pid}.json`);
}

/**
 * Puts `next` in place of `outDir`: journal, rename the old site aside, rename the new one in,
 * delete the old one and the journal. `stopAt` (tests) kills the process at a step, as a power
 * cut or `kill -9` would.
 * @param {{ next: string, outDir: string, old: string, work: string, stopAt?: 'journal' | 'aside' | 'swapped' }} paths
 */
export function swapIn({ next, outDir, old, work, stopAt }) {
  const stop = (step) => {
    if (stopAt === step) process.kill(process.pid, 'SIGKILL');
  };
  mkdirSync(path.dirname(outDir), { recursive: true });
  const journal = journalPath(work, outDir);
  writeFileSync(journal, JSON.stringify({ outDir, old, next }));
  stop('journal');
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  stop('aside');
  try {
    renameSync(next, outDir);
  } catch (err) {
    if (hadOld) renameSync(old, outDir);
    rmSync(journal, { force: true });
    throw err;
  }
  stop('swapped');
  rmSync(old, { recursive: true, force: true });
  rmSync(journal, { force: true });
}

/**
 * Finishes or undoes swaps that a stopped build left: the previous site goes back when the
 * output folder is missing; a finished swap only loses its leftovers. Returns what it did.
 */
export function recoverSwaps(work) {
  const done = [];
  if (!existsSync(work)) return done;
  for (const name of readdirSync(work)) {
    const m = /^swap-.*-(\d+)\.json$/.exec(name);
    // A build still running is in the middle of its own swap: not ours to finish.
    if (m === null || alive(Number(m[1]))) continue;
    const journal = path.join(work, name);
    let entry;
    try {
      entry = JSON.parse(readFileSync(journal, 'utf8'));
    } catch {
      rmSync(journal, { force: true });
      continue;
    }
    const { outDir, old, next } = entry;
    if (!existsSync(outDir) && existsSync(old)) {
      renameSync(old, outDir);
      done.push(`put the previous site back in ${outDir} (a build was stopped during its swap)`);
    } else if (existsSync(old)) {
      rmSync(old, { recursive: true, force: true });
    }
    if (existsSync(next)) rmSync(next, { recursive: true, force: true });
    rmSync(journal, { force: true });
  }
  return done;
}

/** Removes temporary folders and files of builds whose process is gone (`next-<name>-<pid>…`, `old-<name>-<pid>`). */
export function cleanStale(work) {
  const removed = [];
  if (!existsSync(work)) return removed;
  for (const name of readdirSync(work)) {
    const m = /^(?:next|old)-.*-(\d+)(?:\..*)?$/.exec(name);
    if (m === null || alive(Number(m[1]))) continue;
    rmSync(path.join(work, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function alive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Whether an error, or a folder's file system, says the disk is full; with the free space when known. */
export function diskFull(err, dir) {
  const text = `${err?.code ?? ''} ${err?.message ?? err ?? ''}`;
  let free;
  try {
    const s = statfsSync(dir);
    free = s.bavail * s.bsize;
  } catch {
    free = undefined;
  }
  const full = /ENOSPC|no space left/i.test(text) || (free !== undefined && free < 16 * 1024 * 1024);
  return { full, free };
}
