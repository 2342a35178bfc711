/**
 * The sites the build tests read, each built once per test run by test/global-setup.ts:
 * two at a time (the machine's two cores), while the unit tests run. A test file waits for
 * the site it reads with `await built('…')`.
 *
 * Builds that share the content folder may run at the same time; Astro keeps the content
 * of the last sync in .astro/, so a build with another CONTENT_DIR runs on its own.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type BuildOptions } from './build-site';

/** An empty folder at `rel` (relative to the project), made afresh; returns its absolute path. */
function freshDir(rel: string): string {
  const dir = path.join(ROOT, rel);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface SiteBuild extends BuildOptions {
  /** Makes the data folder (or the previous site) before the build. */
  prepare?: () => void;
}

/** Entries generated into the employers fixture for the pagination tests. */
export const MANY_EMPLOYERS = 250;

export const SITES = {
  /** test/fixtures/data/valid with test/fixtures/content: most build tests read it. */
  fixture: { data: 'test/fixtures/data/valid', outDir: '.build-test/fixture' },
  /**
   * The same data and content again, built over an older site: the build replaces it whole
   * (foundation.test.ts), and gives the same bytes as the first (reproducible.test.ts).
   */
  again: {
    data: 'test/fixtures/data/valid',
    outDir: '.build-test/again',
    prepare: () => writeFileSync(path.join(freshDir('.build-test/again'), 'stale.html'), 'left from an old build'),
  },
  twoYears: { data: 'test/fixtures/data/two-years', outDir: '.build-test/two-years' },
  hostile: { data: 'test/fixtures/data/hostile', outDir: '.build-test/hostile' },
  employers: { data: 'test/fixtures/data/employers', outDir: '.build-test/employers' },
  /** The employers fixture with MANY_EMPLOYERS entries in one region, for the paginated lists. */
  employersMany: {
    data: '.build-test/employers-many-data',
    outDir: '.build-test/employers-many',
    prepare: () => {
      const dir = freshDir('.build-test/employers-many-data');
      cpSync(path.join(ROOT, 'test/fixtures/data/employers'), dir, { recursive: true });
      const header = 'id,region,name,insurance,violation,penalty,decision_no,decided_on,authority,notified_on,published_on';
      const rows = Array.from({ length: MANY_EMPLOYERS }, (_, i) => {
        const n = String(i + 1).padStart(3, '0');
        const day = String(1 + (i % 28)).padStart(2, '0');
        return `S${n},shenyang,沈阳示例${n}号有限公司,pension,未参保。,罚款,沈劳社监罚〔2005〕${n}号,2005-01-${day},沈阳市劳动和社会保障局,2005-02-${day},2005-03-${day}`;
      });
      writeFileSync(path.join(dir, 'employers.csv'), [header, ...rows].join('\n'));
    },
  },
  /** A thin dataset the fixture articles do not fit: no articles, its own build date. */
  sparse: { data: 'test/fixtures/data/sparse', outDir: '.build-test/sparse', content: 'test/fixtures/content-none', env: { SOURCE_DATE_EPOCH: '1150000000' } },
} satisfies Record<string, SiteBuild>;

export type SiteName = keyof typeof SITES;

/** Where global-setup records how a build ended. */
export function resultFile(name: SiteName): string {
  return path.join(ROOT, '.build-test/results', `${name}.json`);
}

/** The output folder of a site (relative to the project), once it is built; throws with the build's output when it failed. */
export async function built(name: SiteName, timeoutMs = 600_000): Promise<string> {
  const file = resultFile(name);
  const started = Date.now();
  while (!existsSync(file)) {
    if (Date.now() - started > timeoutMs) throw new Error(`${name}: not built within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as { status: number; output: string };
  if (r.status !== 0) throw new Error(`the ${name} site did not build:\n${r.output}`);
  return SITES[name].outDir;
}
