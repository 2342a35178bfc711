/**
 * How the benchmark measures a build: waiting for the disk to settle first, wall and CPU
 * time and the peak RSS of the whole process tree, the size of the output, the machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The disk probes' files (see settle): kept to the end of the run, as deleting them would slow the next probe. */
export const PROBES = path.join(ROOT, 'bench/out/probe-files');

/** Dirty and being-written page cache, in bytes (/proc/meminfo). */
function unwrittenBytes() {
  const info = readFileSync('/proc/meminfo', 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(info)?.[1] ?? 0);
  return (kb('Dirty') + kb('Writeback')) * 1024;
}

/**
 * Waits until the disk has caught up: `sync`, then until less than 64 MB is left to write
 * (at most two minutes); after deleting outputs, 20 s more for the file system to finish
 * freeing them (see the top of this file); then until three probes in a row, 2 s apart, take
 * the same time to create files (within 25%; at most a minute). The probes are logged: on a
 * shared virtual disk they vary from 25 µs to 750 µs a file within minutes, and a build that
 * starts on a slow disk is slower for it.
 */
export async function settle({ afterDeleting = false } = {}) {
  const started = performance.now();
  spawnSync('sync');
  while (unwrittenBytes() > 64 * 1024 * 1024 && performance.now() - started < 120_000) await sleep(500);
  if (afterDeleting) await sleep(20_000);
  // A large deletion from outside the run (another checkout's build, a site removed by hand)
  // slows the creation of files too, so wait until creating files takes a steady time.
  const probes = [];
  const probing = performance.now();
  while (performance.now() - probing < 60_000) {
    probes.push(fileCreationMicros());
    const last = probes.slice(-3);
    if (last.length === 3 && Math.max(...last) <= 1.25 * Math.min(...last)) break;
    await sleep(2_000);
  }
  const waited = (performance.now() - started) / 1000;
  console.log(`(disk: ${probes.map((p) => p.toFixed(0)).join(', ')} µs to create a file${waited >= 1 ? `; waited ${waited.toFixed(1)} s for it to settle` : ''})`);
}

let probeCount = 0;

/** Microseconds to create one small file, from creating 1,000 new ones. */
function fileCreationMicros() {
  const dir = path.join(PROBES, String(probeCount++));
  mkdirSync(dir, { recursive: true });
  const data = 'x'.repeat(3000);
  const started = performance.now();
  for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `${i}.html`), data);
  return ((performance.now() - started) * 1000) / 1000;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs a command with its output to `logFile`, sampling the RSS of its whole process tree
 * every 100 ms from /proc (peak = the largest sum seen). CPU time is exact: the command runs
 * under `sh -c '…; times'`, whose `times` reports the user and system time of every
 * descendant that has exited (each is reaped by its parent, up to the shell).
 */
export async function measure(command, argv, options, logFile) {
  const timesFile = `${logFile}.times`;
  rmSync(timesFile, { force: true });
  // The build writes its log straight into the file, as `npm run build > build.log` would:
  // through a pipe, the benchmark's own reading would slow down Astro's per-page logging.
  const out = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn('sh', ['-c', '"$@"; status=$?; times > "$BENCH_TIMES"; exit $status', 'sh', command, ...argv], {
    ...options,
    env: { ...options.env, BENCH_TIMES: timesFile },
    stdio: ['ignore', out, out],
  });
  let peak = 0;
  /** Largest RSS seen per program (node, pagefind…), to tell who a peak belongs to. */
  const byProgram = new Map();
  const sample = () => {
    const { total, processes } = treeRss(child.pid);
    if (total > peak) peak = total;
    for (const [name, rss] of processes) if (rss > (byProgram.get(name) ?? 0)) byProgram.set(name, rss);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1))));
  clearInterval(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(out);
  const peakByProgram = Object.fromEntries([...byProgram].sort((a, b) => b[1] - a[1]));
  return { code, wallSeconds, peakRssBytes: peak, peakByProgram, cpuSeconds: childCpuSeconds(timesFile) };
}

/**
 * Sum of VmRSS over a process and all its descendants, in bytes (0 once it is gone), and
 * the RSS of each program in the tree (processes of the same name summed).
 */
function treeRss(rootPid) {
  const children = new Map();
  const names = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Field 4 (ppid) follows the command name, which may contain spaces: parse after its ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    names.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  let total = 0;
  const processes = new Map();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) {
        const rss = Number(m[1]) * 1024;
        total += rss;
        const name = names.get(pid) ?? String(pid);
        processes.set(name, (processes.get(name) ?? 0) + rss);
      }
    } catch {
      // exited meanwhile
    }
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return { total, processes };
}

/** User + system seconds of the shell's children, from the second line of `times` ("0m1.5s 0m0.2s"). */
function childCpuSeconds(file) {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const parts = (lines[1] ?? lines[0]).trim().split(/\s+/);
    return parts.reduce((sum, p) => {
      const m = /^(\d+)m([\d.]+)s$/.exec(p);
      return m ? sum + Number(m[1]) * 60 + Number(m[2]) : sum;
    }, 0);
  } catch {
    return null;
  }
}

/** Pages (index.html files), all files, and bytes of a built site. */
export function scanOutput(dir) {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
        if (entry.name === 'index.html') pages++;
      }
    }
  };
  walk(dir);
  return { pages, files, bytes };
}

export function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export function machineInfo() {
  const git = (...a) => (spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout ?? '').trim();
  const memGiB = os.totalmem() / 1024 ** 3;
  return {
    date: new Date().toISOString().slice(0, 10),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? '',
    memGiB: Math.round(memGiB),
    node: process.version,
    astro: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version,
    load: os.loadavg().map((l) => l.toFixed(1)).join(' '),
  };
}
