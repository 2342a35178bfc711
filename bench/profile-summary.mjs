#!/usr/bin/env node
/**
 * Summarises V8 CPU profiles (`node --cpu-prof`): the functions with the most self time,
 * and the same grouped by file, so the hot spots of a build are visible at a glance.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/astro/astro.js build …
 *   node bench/profile-summary.mjs /tmp/prof [--top 30]
 *
 * A folder sums every profile in it (Astro may start worker processes).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const top = Number(option('--top') ?? 30);
/** --callers NAME: who calls the functions named NAME, by the time spent in them (self time). */
const callersOf = option('--callers');
const targets = args.filter((a, i) => !a.startsWith('--') && !['--top', '--callers'].includes(args[i - 1]));
if (targets.length === 0) {
  console.error('usage: node bench/profile-summary.mjs <profile.cpuprofile | folder> [--top N]');
  process.exit(2);
}

const files = targets.flatMap((t) =>
  statSync(t).isDirectory()
    ? readdirSync(t).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(t, f))
    : [t],
);

const byFunction = new Map();
const byCaller = new Map();
const byFile = new Map();
let total = 0;
let waiting = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  // Self time per node: the sampling interval after each sample.
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i + 1] ?? 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  for (const [id, us] of self) {
    const frame = nodes.get(id).callFrame;
    // Time a process spends waiting (idle, or blocked in spawnSync for the astro child it
    // started) is not work: leave it out so the build's own hot spots stand out.
    if (frame.functionName === '(idle)' || frame.functionName === 'spawnSync') {
      waiting += us;
      continue;
    }
    const where = shortUrl(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const fileKey = where || frame.functionName;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
    total += us;
    if (callersOf && frame.functionName === callersOf) {
      // The chain of callers up to the first frame in project code (not node_modules or node:).
      const chain = [];
      for (let p = parents.get(id); p !== undefined && chain.length < 8; p = parents.get(p)) {
        const f = nodes.get(p).callFrame;
        chain.push(`${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`);
        if (f.url && !f.url.includes('node_modules') && !f.url.startsWith('node:')) break;
      }
      const key = chain.join(' ← ');
      byCaller.set(key, (byCaller.get(key) ?? 0) + us);
    }
  }
}

const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1e6).toFixed(2).padStart(8)} s ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`${files.length} profile(s), ${(total / 1e6).toFixed(1)} s sampled at work (${(waiting / 1e6).toFixed(1)} s idle or waiting for a child left out)`);
if (callersOf) show(`Callers of ${callersOf}`, byCaller);
else {
  show('Self time by function', byFunction);
  show('Self time by file', byFile);
}

function shortUrl(url) {
  if (!url) return '';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length);
  const cwd = process.cwd() + '/';
  return clean.startsWith(cwd) ? clean.slice(cwd.length) : clean;
}
