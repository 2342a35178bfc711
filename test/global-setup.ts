/**
 * Builds every site the build tests read (test/build/sites.ts) once per run, two at a time,
 * without holding up the unit tests: each build test waits for its own site. Builds with the
 * same content folder overlap; one with another content folder runs alone (see sites.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, buildSiteAsync } from './build/build-site';
import { SITES, resultFile, type SiteBuild, type SiteName } from './build/sites';

const PARALLEL = 2;

export default function setup() {
  rmSync(path.join(ROOT, '.build-test/results'), { recursive: true, force: true });
  mkdirSync(path.join(ROOT, '.build-test/results'), { recursive: true });
  const names = Object.keys(SITES) as SiteName[];
  const content = (n: SiteName) => (SITES[n] as SiteBuild).content ?? 'test/fixtures/content';
  const main = content('fixture');
  const queue = [...names.filter((n) => content(n) === main), ...names.filter((n) => content(n) !== main)];
  const running = new Set<Promise<void>>();
  let runningContent: string | undefined;

  const run = async (name: SiteName) => {
    const site = SITES[name] as SiteBuild;
    site.prepare?.();
    const r = await buildSiteAsync(site);
    writeFileSync(resultFile(name), JSON.stringify(r));
  };
  const all = (async () => {
    for (const name of queue) {
      // A build with another content folder waits until no other build is running, and the next waits for it.
      if (running.size > 0 && content(name) !== runningContent) await Promise.all(running);
      while (running.size >= PARALLEL) await Promise.race(running);
      runningContent = content(name);
      const p: Promise<void> = run(name).finally(() => running.delete(p));
      running.add(p);
    }
    await Promise.all(running);
  })();
  return async () => {
    await all;
  };
}
