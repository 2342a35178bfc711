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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_EPOCH, generate, resolveOptions } from './generate.mjs';
import { machineInfo, measure, PROBES, scanOutput, settle, tail } from './measure.mjs';
import { fmt1, fmtMB, fmtMiB, fmtS, resultTable, updateReport, verdicts } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const BARE = path.join(ROOT, 'bench/bare');
const ASTRO = path.join(ROOT, 'node_modules/astro/astro.js');

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
      updateReport(machine, table, verdict, results, args.note);
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

function log(line) {
  console.log(line);
}

/**
 * The dataset for a size: reused when a previous run wrote it with the same generator and
 * parameters (a manifest next to it records both), generated otherwise.
 */
function dataset(sizeOptions, size) {
  const manifestFile = `${size.out}.json`;
  const generator = ['bench/generate.mjs', 'bench/generate-common.mjs', 'bench/generate-employers.mjs', 'scripts/lib/synthetic.mjs'];
  const hash = createHash('sha256');
  for (const file of generator) hash.update(readFileSync(path.join(ROOT, file)));
  const generatorHash = hash.digest('hex').slice(0, 16);
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

await main();
