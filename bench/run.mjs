#!/usr/bin/env node
/**
 * National-scale benchmark (`npm run bench`; CI runs `npm run bench -- --smoke`).
 *
 * For each size: generate (or reuse) a synthetic dataset with bench/generate.mjs, run the
 * real build (scripts/build.mjs: astro build + post-build steps + atomic swap) on it, and
 * measure wall time, CPU time, peak RSS of the whole process tree, pages written, output
 * size and the data layer's ingestion rate (parsed from the build log). Then build a bare
 * Astro project (bench/bare/) writing the same number of trivial pages with the same
 * astro binary, and report the ratio between the two.
 *
 * Default sizes: scale 0.25, 0.5 and 1 (1 = 330 regions, 10 years, 100,000 employers), so
 * growth with data size shows. Results print as a table and go into BENCHMARKS.md.
 *
 *   npm run bench                          # the three sizes, updates BENCHMARKS.md
 *   npm run bench -- --scales 1            # one size
 *   npm run bench -- --smoke               # tiny, quick; exits non-zero only if a build fails
 *   npm run bench -- --profile /tmp/prof   # CPU profiles of every node process (see bench/profile-summary.mjs)
 *
 * Options: --scales a,b,c  --no-bare  --no-write (leave BENCHMARKS.md alone)  --regenerate
 *          --keep (keep the built sites in bench/out/)  --note "text" (a note for the history row)
 *
 * Every build starts from the same state of the disk: nothing is deleted between builds (the
 * built sites and the bare builds' outputs are removed at the end of the run), and each build
 * waits until the previous one's writes are on disk. Deleting a built site (up to 377,000
 * files) slowed the creation of files for tens of seconds after it (measured: 22 µs a file
 * before, 162 µs straight after, 39–54 µs 20 s later), which fell on whichever build came next.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_EPOCH, generate, resolveOptions } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const BARE = path.join(ROOT, 'bench/bare');
const ASTRO = path.join(ROOT, 'node_modules/astro/astro.js');
const REPORT = path.join(ROOT, 'BENCHMARKS.md');
/** The disk probes' files (see settle): kept to the end of the run, as deleting them would slow the next probe. */
const PROBES = path.join(OUT, 'probe-files');

/** Targets from the issue (quality gate 6). */
export const TARGETS = Object.freeze({ ratio: 2, peakRssBytes: 2 * 1024 ** 3, ingestionMBps: 50 });

const args = parseArgs(process.argv.slice(2));

/** Runs every size, prints the table, updates BENCHMARKS.md; the exit code says whether every build succeeded. */
async function main() {
  const results = [];
  let failed = false;
  /** Outputs to remove at the end of the run (see the top of this file). */
  const outputs = [];
  if (removeOutputs(leftovers())) await settle({ afterDeleting: true });
  for (const scale of args.scales) {
    const sizeOptions = args.smoke ? { smoke: true } : { scale };
    const size = resolveOptions(sizeOptions);
    log(`\n━━ size ${args.smoke ? 'smoke' : `scale ${scale}`}: ${size.regions} regions, ${size.years} years, ${size.employers.toLocaleString('en-US')} employers`);
    const data = dataset(sizeOptions, size);
    log(`data: ${path.relative(ROOT, data.dir)}/ ${(data.bytes / 1e6).toFixed(1)} MB`);

    const label = args.smoke ? 'smoke' : `s${scale}`;
    const outRel = `bench/out/site-${label}`;
    const logFile = path.join(OUT, `build-${label}.log`);
    log(`build: npm run build → ${outRel}/ (log: ${path.relative(ROOT, logFile)})`);
    const env = {
      ...process.env,
      DATA_DIR: path.relative(ROOT, data.dir),
      OUT_DIR: outRel,
      SOURCE_DATE_EPOCH: String(BUILD_EPOCH),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    // --cpu-prof is not allowed in NODE_OPTIONS; build.mjs passes its own node flags on to astro.
    const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profile, label)}`] : [];
    if (!args.keep) outputs.push(path.join(ROOT, outRel));
    await settle();
    const build = await measure(process.execPath, [...profile, path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, env }, logFile);
    if (build.code !== 0) {
      failed = true;
      log(`✘ the build failed (exit ${build.code}); see ${path.relative(ROOT, logFile)}:\n${tail(logFile, 25)}`);
      continue;
    }
    const text = readFileSync(logFile, 'utf8');
    const ingest = /data: loaded ([\d.]+) MB in ([\d.]+) s \([\d.]+ MB\/s(?:; CPU ([\d.]+) s)?/.exec(text);
    const steps = /\(astro ([\d.]+) s, post-build ([\d.]+) s\)/.exec(text);
    const site = scanOutput(path.join(ROOT, outRel));
    const result = {
      label,
      peakByProgram: build.peakByProgram,
      scale: args.smoke ? null : scale,
      regions: size.regions,
      years: size.years,
      employers: size.employers,
      dataBytes: data.bytes,
      wallSeconds: build.wallSeconds,
      cpuSeconds: build.cpuSeconds,
      peakRssBytes: build.peakRssBytes,
      astroSeconds: steps ? Number(steps[1]) : null,
      postBuildSeconds: steps ? Number(steps[2]) : null,
      loadSeconds: ingest ? Number(ingest[2]) : null,
      ingestionMBps: ingest ? data.bytes / 1e6 / Math.max(Number(ingest[2]), 1e-3) : null,
      loadCpuSeconds: ingest?.[3] ? Number(ingest[3]) : null,
      ingestionCpuMBps: ingest?.[3] ? data.bytes / 1e6 / Math.max(Number(ingest[3]), 1e-3) : null,
      pages: site.pages,
      files: site.files,
      outputBytes: site.bytes,
    };
    log(`peak RSS by program: ${Object.entries(build.peakByProgram).map(([n, b]) => `${n} ${fmtMiB(b)}`).join(', ')}`);
    log(
      `full build: ${fmtS(result.wallSeconds)} wall (astro ${fmtS(result.astroSeconds)}, post-build ${fmtS(result.postBuildSeconds)}), ` +
        `${fmtS(result.cpuSeconds)} CPU, peak RSS ${fmtMiB(result.peakRssBytes)}, ${result.pages.toLocaleString('en-US')} pages, ` +
        `${result.files.toLocaleString('en-US')} files, ${fmtMB(result.outputBytes)}, ingestion ${fmt1(result.ingestionMBps)} MB/s (per CPU second ${fmt1(result.ingestionCpuMBps)} MB/s)`,
    );

    if (args.bare) {
      const bareLog = path.join(OUT, `bare-${label}.log`);
      const bareOut = `dist-${label}`;
      log(`bare astro: ${result.pages.toLocaleString('en-US')} trivial pages (log: ${path.relative(ROOT, bareLog)})`);
      outputs.push(path.join(BARE, bareOut));
      await settle();
      const bare = await measure(
        process.execPath,
        [ASTRO, 'build', '--outDir', bareOut],
        { cwd: BARE, env: { ...process.env, BENCH_PAGES: String(result.pages), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
        bareLog,
      );
      if (bare.code !== 0) {
        failed = true;
        log(`✘ the bare Astro build failed (exit ${bare.code}):\n${tail(bareLog, 25)}`);
      } else {
        result.bareWallSeconds = bare.wallSeconds;
        result.bareCpuSeconds = bare.cpuSeconds;
        result.barePeakRssBytes = bare.peakRssBytes;
        result.ratio = result.wallSeconds / bare.wallSeconds;
        result.cpuRatio = result.cpuSeconds / bare.cpuSeconds;
        log(`bare build: ${fmtS(bare.wallSeconds)} wall, ${fmtS(bare.cpuSeconds)} CPU, peak RSS ${fmtMiB(bare.peakRssBytes)} → ratio ${result.ratio.toFixed(2)}× (CPU ${result.cpuRatio.toFixed(2)}×)`);
      }
    }
    results.push(result);
  }
  removeOutputs([...outputs, PROBES]);

  const machine = machineInfo();
  if (args.smoke) {
    const r = results[0];
    if (r) {
      console.log(
        `\nbench smoke: ${r.pages} pages in ${fmtS(r.wallSeconds)} (${r.ratio ? `${r.ratio.toFixed(2)}× bare Astro ${fmtS(r.bareWallSeconds)}` : 'no bare build'}), ` +
          `peak RSS ${fmtMiB(r.peakRssBytes)}, ${fmtMB(r.dataBytes)} data at ${fmt1(r.ingestionMBps)} MB/s, output ${fmtMB(r.outputBytes)}`,
      );
    }
    process.exit(failed ? 1 : 0);
  }

  if (results.length > 0) {
    const table = resultTable(results);
    const verdict = verdicts(results);
    console.log(`\n${table}\n\n${verdict.join('\n')}`);
    writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ machine, results }, null, 2) + '\n');
    if (args.write) {
      updateReport(machine, table, verdict, results);
      log(`\nBENCHMARKS.md updated (commit ${machine.commit}).`);
    }
  }
  process.exit(failed ? 1 : 0);
}

// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { scales: [0.25, 0.5, 1], smoke: false, bare: true, write: true, regenerate: false, keep: false, profile: '', note: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--smoke') o.smoke = true;
    else if (a === '--scales') o.scales = value().split(',').map(Number);
    else if (a === '--no-bare') o.bare = false;
    else if (a === '--no-write') o.write = false;
    else if (a === '--regenerate') o.regenerate = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--profile') o.profile = value();
    else if (a === '--note') o.note = value();
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  if (o.smoke) {
    o.scales = [1];
    o.write = false;
  }
  if (o.scales.some((s) => !(s > 0))) usage('--scales: positive numbers, e.g. 0.25,0.5,1');
  return o;
}

function usage(problem) {
  if (problem) console.error(`bench: ${problem}`);
  console.error('usage: npm run bench -- [--smoke] [--scales 0.25,0.5,1] [--no-bare] [--no-write] [--regenerate] [--keep] [--profile DIR] [--note TEXT]');
  process.exit(problem ? 2 : 0);
}

/** Removes `dirs` (absent ones are fine); says whether there was anything to remove. */
function removeOutputs(dirs) {
  const present = dirs.filter((d) => existsSync(d));
  for (const d of present) rmSync(d, { recursive: true, force: true });
  return present.length > 0;
}

/** What an interrupted run left behind: built sites in bench/out/ and the bare builds' outputs. */
function leftovers() {
  const sites = existsSync(OUT) ? readdirSync(OUT).filter((n) => n.startsWith('site-')).map((n) => path.join(OUT, n)) : [];
  const bare = readdirSync(BARE).filter((n) => n === 'dist' || n.startsWith('dist-')).map((n) => path.join(BARE, n));
  const probes = existsSync(PROBES) ? [PROBES] : [];
  return args.keep ? [...bare, ...probes] : [...sites, ...bare, ...probes];
}

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
async function settle({ afterDeleting = false } = {}) {
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
  log(`(disk: ${probes.map((p) => p.toFixed(0)).join(', ')} µs to create a file${waited >= 1 ? `; waited ${waited.toFixed(1)} s for it to settle` : ''})`);
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

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function log(line) {
  console.log(line);
}

/**
 * The dataset for a size: reused when a previous run wrote it with the same generator and
 * parameters (a manifest next to it records both), generated otherwise.
 */
function dataset(sizeOptions, size) {
  const manifestFile = `${size.out}.json`;
  const generatorHash = createHash('sha256').update(readFileSync(path.join(ROOT, 'bench/generate.mjs'))).digest('hex').slice(0, 16);
  const wanted = { regions: size.regions, years: size.years, employers: size.employers, generatorHash };
  if (!args.regenerate && existsSync(manifestFile) && existsSync(size.out)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (Object.entries(wanted).every(([k, v]) => manifest[k] === v)) return { dir: size.out, bytes: manifest.bytes };
  }
  const started = performance.now();
  const written = generate(sizeOptions);
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(written.counts).map(([f, n]) => `${f} ${n.toLocaleString('en-US')}`).join(', ')}`);
  writeFileSync(manifestFile, JSON.stringify({ ...wanted, bytes: written.bytes, statuses: written.statuses }, null, 2) + '\n');
  return { dir: written.dir, bytes: written.bytes };
}

/**
 * Runs a command with its output to `logFile`, sampling the RSS of its whole process tree
 * every 100 ms from /proc (peak = the largest sum seen). CPU time is exact: the command runs
 * under `sh -c '…; times'`, whose `times` reports the user and system time of every
 * descendant that has exited (each is reaped by its parent, up to the shell).
 */
async function measure(command, argv, options, logFile) {
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
function scanOutput(dir) {
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

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function machineInfo() {
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

// ---------------------------------------------------------------------------
// Reporting

const fmtS = (s) => (s == null ? '—' : `${s.toFixed(1)} s`);
const fmtMiB = (b) => (b == null ? '—' : `${(b / 1024 ** 2).toFixed(0)} MiB`);
const fmtMB = (b) => (b == null ? '—' : `${(b / 1e6).toFixed(1)} MB`);
const fmt1 = (x) => (x == null ? '—' : x.toFixed(1));

function resultTable(rows) {
  const head = [
    'size', 'regions', 'employers', 'data', 'pages', 'files', 'output', 'wall', 'astro + post-build', 'CPU',
    'peak RSS', 'ms/page', 'ingestion', 'bare Astro', 'ratio',
  ];
  const body = rows.map((r) => [
    r.scale == null ? r.label : `×${r.scale}`,
    r.regions.toLocaleString('en-US'),
    r.employers.toLocaleString('en-US'),
    fmtMB(r.dataBytes),
    r.pages.toLocaleString('en-US'),
    r.files.toLocaleString('en-US'),
    fmtMB(r.outputBytes),
    fmtS(r.wallSeconds),
    `${fmtS(r.astroSeconds)} + ${fmtS(r.postBuildSeconds)}`,
    fmtS(r.cpuSeconds),
    fmtMiB(r.peakRssBytes),
    ((1000 * r.wallSeconds) / r.pages).toFixed(2),
    `${fmt1(r.ingestionMBps)} MB/s (CPU ${fmt1(r.ingestionCpuMBps)})`,
    r.bareWallSeconds == null ? '—' : `${fmtS(r.bareWallSeconds)} / ${fmtMiB(r.barePeakRssBytes)}`,
    r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`,
  ]);
  return [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** One line per target: met or not, for the largest size; linearity over all sizes. */
function verdicts(rows) {
  const big = rows.reduce((a, b) => (b.dataBytes > a.dataBytes ? b : a));
  const mark = (ok) => (ok ? '✅ met' : '❌ missed');
  const lines = [];
  if (big.ratio != null) lines.push(`- Build time ≤ ${TARGETS.ratio}× bare Astro (${big.label}): ${big.ratio.toFixed(2)}× — ${mark(big.ratio <= TARGETS.ratio)}`);
  lines.push(`- Peak RSS ≤ 2 GiB (${big.label}): ${fmtMiB(big.peakRssBytes)} — ${mark(big.peakRssBytes <= TARGETS.peakRssBytes)}`);
  if (big.ingestionMBps != null) {
    lines.push(`- Ingestion ≥ ${TARGETS.ingestionMBps} MB/s (${big.label}): ${big.ingestionMBps.toFixed(1)} MB/s — ${mark(big.ingestionMBps >= TARGETS.ingestionMBps)}`);
  }
  const sorted = [...rows].sort((a, b) => a.dataBytes - b.dataBytes);
  if (sorted.length >= 3) {
    // Linear growth: the cost of each further MB stays the same from one size to the next
    // (a fixed start-up cost is allowed; a rising marginal cost is not).
    const marginal = [];
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1];
      const b = sorted[i];
      marginal.push((b.wallSeconds - a.wallSeconds) / ((b.dataBytes - a.dataBytes) / 1e6));
    }
    const growth = marginal.at(-1) / marginal[0];
    lines.push(
      `- Linear in data size: marginal cost ${marginal.map((m) => `${m.toFixed(2)} s/MB`).join(' → ')} ` +
        `(last/first ${growth.toFixed(2)}; linear ≈ 1, within ±25%) — ${mark(growth <= 1.25 && growth >= 0.75)}`,
    );
  }
  return lines;
}

/**
 * BENCHMARKS.md keeps hand-written analysis; this replaces only the block between the
 * `bench:latest` markers and appends rows to the history table.
 */
function updateReport(m, table, verdict, rows) {
  const begin = '<!-- bench:latest -->';
  const end = '<!-- /bench:latest -->';
  const historyEnd = '<!-- /bench:history -->';
  let text = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n\n## History\n\n<!-- bench:history -->\n| date | commit | size | pages | wall | peak RSS | ingestion | ratio | note |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${historyEnd}\n`;
  const block = [
    begin,
    `Latest run: ${m.date}, commit \`${m.commit}\`${m.dirty ? ' (with uncommitted changes)' : ''} on \`${m.branch}\`; ` +
      `${m.cpus} cores (${m.cpuModel}), ${m.memGiB} GiB memory, Node ${m.node}, Astro ${m.astro}; load average at the end ${m.load}.`,
    '',
    table,
    '',
    ...verdict,
    end,
  ].join('\n');
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  const history = rows
    .map(
      (r) =>
        `| ${m.date} | \`${m.commit}\`${m.dirty ? '+' : ''} | ${r.scale == null ? r.label : `×${r.scale}`} | ${r.pages.toLocaleString('en-US')} | ` +
        `${fmtS(r.wallSeconds)} | ${fmtMiB(r.peakRssBytes)} | ${fmt1(r.ingestionMBps)} MB/s | ${r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`} | ${args.note} |`,
    )
    .join('\n');
  const h = text.indexOf(historyEnd);
  text = h >= 0 ? `${text.slice(0, h)}${history}\n${text.slice(h)}` : `${text.trimEnd()}\n${history}\n`;
  writeFileSync(REPORT, text);
}

await main();
