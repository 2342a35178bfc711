/**
 * Builds every site the build tests read (test/build/sites.ts) once per run, two at a time,
 * without holding up the unit tests: each build test waits for its own site, and they run in
 * the order the sites are ready (`buildQueue`, `readyOrder` and test/build/sequencer.ts).
 *
 * `TEST_SITES=fixture,twoYears npx vitest run test/build/x.test.ts` builds only those sites, for a
 * quick run of the build tests that read them (the others then fail for want of their site).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, buildSiteAsync, listFiles } from './build/build-site';
import { SITES, buildQueue, contentOf, resultFile, type SiteBuild, type SiteName } from './build/sites';

const PARALLEL = 2;

export default function setup() {
  const results = path.join(ROOT, '.build-test/results');
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  // While this file exists, a build a test starts itself waits (build-site.ts).
  const pending = path.join(results, 'pending');
  writeFileSync(pending, '');
  const only = process.env['TEST_SITES']?.split(',').filter(Boolean);
  const queue = buildQueue((Object.keys(SITES) as SiteName[]).filter((n) => !only?.length || only.includes(n)));
  const running = new Set<Promise<void>>();
  let runningContent: string | undefined;

  const run = async (name: SiteName) => {
    const site = SITES[name] as SiteBuild;
    site.prepare?.();
    const outputs: string[] = [];
    const files: Record<string, string>[] = [];
    let status = 0;
    let output = '';
    for (const step of [site, ...(site.then ?? [])]) {
      const r = await buildSiteAsync(step);
      outputs.push(r.output);
      ({ status, output } = r);
      if (status !== 0) break;
      if (site.fingerprints) files.push(fingerprints(path.join(ROOT, step.outDir)));
    }
    writeFileSync(resultFile(name), JSON.stringify({ status, output, outputs, ...(site.fingerprints ? { files } : {}) }));
  };
  const all = (async () => {
    for (const name of queue) {
      // A build with another content folder waits until no other build is running, and the next waits for it.
      if (running.size > 0 && contentOf(name) !== runningContent) await Promise.all(running);
      while (running.size >= PARALLEL) await Promise.race(running);
      runningContent = contentOf(name);
      const p: Promise<void> = run(name).finally(() => running.delete(p));
      running.add(p);
    }
    await Promise.all(running);
  })().finally(() => rmSync(pending, { force: true }));
  return async () => {
    await all;
  };
}

/** Every file below `dir` and the SHA-256 of its bytes. */
function fingerprints(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}
