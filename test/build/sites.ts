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
  /** Builds into the same output folder after the first, in turn (releases one after another). */
  then?: BuildOptions[];
  /** Records a hash of every output file after each build, for comparing one build's output with the next's. */
  fingerprints?: boolean;
  /** The build must fail: its test reads how (`failed`). */
  fails?: boolean;
}

/** The result global-setup records for a site: the last status that was not 0, and each build's output. */
export interface SiteResult {
  status: number;
  output: string;
  outputs: string[];
  /** With `fingerprints`: after each build, every output file (relative path) and the SHA-256 of its bytes. */
  files?: Record<string, string>[];
}

/** A copy of the data folder `from` at `rel` with its monthly.csv lines changed by `edit`. */
function dataWith(rel: string, from: string, edit: (lines: string[]) => string[]): void {
  const dir = freshDir(rel);
  cpSync(path.join(ROOT, from), dir, { recursive: true });
  const file = path.join(dir, 'monthly.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8').split('\n')).join('\n'));
}

/** The fixture's data folder; the fixture site adds the sample's calendar.csv to a copy of it. */
export const FIXTURE_DATA = 'test/fixtures/data/valid';

/** The revisions between two releases of the fixture (releases.test.ts): one changed figure, one newly reported month, one removed row. */
export const RELEASE_CHANGES = {
  changed: ['2005-06,shenyang,pension,"1,992,400",', '2005-06,shenyang,pension,"1,992,000",'],
  newly: '2005-05,provincial,pension,407950,383473,345126,2435,1948',
  removed: '2005-04,dalian,unemployment,1010000,949400,835472,4600,3680',
} as const;

/**
 * For a site whose tests read neither the search index nor the precompressed copies: those two
 * steps are a good part of a small build (fixture and edges keep them; search.test.ts and
 * compress.test.ts check that these settings leave them out).
 */
export const PAGES_ONLY = { SEARCH_INDEX: 'no', PRECOMPRESS: 'no' } as const;

/** The older site a failing build must leave as it was: files the build made, with its stamp (scripts/output-dir.mjs). */
export const OLDER_SITE: Readonly<Record<string, string>> = {
  '.kuomian-site': '',
  'index.html': '<p>the previous site</p>',
  'cities/shenyang/index.html': '<p>沈阳市</p>',
};

/** Entries generated into the two-year site for the pagination tests. */
export const MANY_EMPLOYERS = 250;

export const SITES = {
  /**
   * test/fixtures/data/valid with the sample's release calendar and test/fixtures/content: most
   * build tests read it. It is built as a publisher builds a release: over the release before,
   * and again. The first release is its data folder, given as PREVIOUS_DATA_DIR: it has
   * Shenyang's June pension figure as first reported, lacks the provincial level's May pension
   * report, and has a Dalian unemployment report for April that is later withdrawn
   * (releases.test.ts). The build goes over an older site holding stale.html, which it replaces
   * whole (foundation.test.ts). The rebuild of the same data into the same folder finds the
   * previous release where a publisher's rebuild does, in the site it replaces, and must give
   * the same files byte for byte (reproducible.test.ts); the tests read the rebuilt site.
   */
  fixture: {
    data: '.build-test/fixture-data',
    outDir: '.build-test/fixture',
    env: { PREVIOUS_DATA_DIR: path.join(ROOT, '.build-test/fixture-data-first') },
    fingerprints: true,
    prepare: () => {
      const { changed, newly, removed } = RELEASE_CHANGES;
      const older = freshDir('.build-test/fixture');
      writeFileSync(path.join(older, 'stale.html'), 'left from an old build');
      // An older site is one the build made: it carries the build's stamp (scripts/output-dir.mjs).
      writeFileSync(path.join(older, '.kuomian-site'), '');
      dataWith('.build-test/fixture-data-first', FIXTURE_DATA, (lines) => [
        ...lines.filter((l) => l !== newly).map((l) => (l.startsWith(changed[0]) ? l.replace(changed[0], changed[1]) : l)).filter((l) => l !== ''),
        removed,
        '',
      ]);
      dataWith('.build-test/fixture-data', FIXTURE_DATA, (lines) => lines);
      cpSync(path.join(ROOT, 'data/calendar.csv'), path.join(ROOT, '.build-test/fixture-data/calendar.csv'));
    },
    then: [{ data: '.build-test/fixture-data', outDir: '.build-test/fixture', env: { PREVIOUS_DATA_DIR: '' } }],
  },
  /**
   * Two years of data (reports.test.ts), with MANY_EMPLOYERS named entries in one region for
   * the paginated lists (employers-pages.test.ts), which no report reads.
   */
  twoYears: {
    data: '.build-test/two-years-data',
    outDir: '.build-test/two-years',
    env: PAGES_ONLY,
    prepare: () => {
      const dir = freshDir('.build-test/two-years-data');
      cpSync(path.join(ROOT, 'test/fixtures/data/two-years'), dir, { recursive: true });
      const header = 'id,region,name,insurance,violation,penalty,decision_no,decided_on,authority,notified_on,published_on';
      const rows = Array.from({ length: MANY_EMPLOYERS }, (_, i) => {
        const n = String(i + 1).padStart(3, '0');
        const day = String(1 + (i % 28)).padStart(2, '0');
        return `S${n},shenyang,沈阳示例${n}号有限公司,pension,未参保。,罚款,沈劳社监罚〔2005〕${n}号,2005-01-${day},沈阳市劳动和社会保障局,2005-02-${day},2005-03-${day}`;
      });
      writeFileSync(path.join(dir, 'employers.csv'), [header, ...rows].join('\n'));
    },
  },
  /**
   * The edge cases in one dataset (test/fixtures/data/edges): named employers in and out of their
   * window (employers.test.ts; RECT-0001 stops being published the day after the build date,
   * next-change.test.ts), texts that carry markup (escaping.test.ts), regions without an English
   * name (english.test.ts), targets nobody reports against (foundation.test.ts) and no release
   * calendar (english-reference.test.ts).
   */
  edges: {
    data: 'test/fixtures/data/edges',
    outDir: '.build-test/edges',
    // A first build: no earlier site in its folder, and the previous release looked for where a
    // publisher's build looks (foundation.test.ts: nothing to compare with).
    env: { PREVIOUS_DATA_DIR: '' },
    prepare: () => rmSync(path.join(ROOT, '.build-test/edges'), { recursive: true, force: true }),
  },
  /**
   * monthly.csv with two bad cells, built over an older site (foundation.test.ts): the build
   * lists both problems and leaves the older site as it was.
   */
  badData: {
    data: '.build-test/bad-data',
    outDir: '.build-test/atomic',
    fails: true,
    prepare: () => {
      const older = freshDir('.build-test/atomic');
      for (const [file, body] of Object.entries(OLDER_SITE)) {
        mkdirSync(path.dirname(path.join(older, file)), { recursive: true });
        writeFileSync(path.join(older, file), body);
      }
      dataWith('.build-test/bad-data', FIXTURE_DATA, (lines) => lines);
      const monthly = path.join(ROOT, '.build-test/bad-data/monthly.csv');
      const lines = readFileSync(monthly, 'utf8').split('\n');
      lines[2] = lines[2]!.replace('1702500', '170万'); // line 3: dalian 2004-12
      lines[4] = lines[4]!.replace('2005-01', '2005-13'); // line 5
      writeFileSync(monthly, lines.join('\n'));
    },
  },
  /** Articles and release notes that would run code (articles.test.ts): the build stops before compiling them. */
  unsafeContent: {
    data: 'test/fixtures/data/valid',
    outDir: '.build-test/articles-unsafe',
    content: 'test/fixtures/content-unsafe',
    fails: true,
    prepare: () => rmSync(path.join(ROOT, '.build-test/articles-unsafe'), { recursive: true, force: true }),
  },
} satisfies Record<string, SiteBuild>;

export type SiteName = keyof typeof SITES;

/** The content folder a site is built with; most share test/fixtures/content. */
const SHARED_CONTENT = 'test/fixtures/content';
export const contentOf = (name: SiteName): string => (SITES[name] as SiteBuild).content ?? SHARED_CONTENT;

/** How many builds a site runs in turn. */
const stepsOf = (name: SiteName): number => 1 + ((SITES[name] as SiteBuild).then?.length ?? 0);

/**
 * The order global-setup starts the sites in: those with another content folder first, each
 * alone (Astro keeps the content of the last sync in .astro/) beside the unit tests; then those
 * with the shared content folder, two at a time, the longest (most builds in turn) first.
 */
export function buildQueue(names: readonly SiteName[] = Object.keys(SITES) as SiteName[]): SiteName[] {
  const byLength = (a: SiteName, b: SiteName) => stepsOf(b) - stepsOf(a);
  const shared = (n: SiteName) => contentOf(n) === SHARED_CONTENT;
  return [...names.filter((n) => !shared(n)).sort(byLength), ...names.filter(shared).sort(byLength)];
}

/**
 * The sites in the order they are expected to be ready when started as `buildQueue` says, two at
 * a time: a build counts 1 and one that must fail a quarter. The build tests run in this order of
 * the last site they read (test/build/sequencer.ts), so none waits behind one whose site is not
 * built yet.
 */
export function readyOrder(names?: readonly SiteName[]): SiteName[] {
  const cost = (n: SiteName) => ((SITES[n] as SiteBuild).fails ? 0.25 : stepsOf(n));
  const slots = [0, 0];
  const ready: { name: SiteName; at: number }[] = [];
  for (const name of buildQueue(names)) {
    const alone = contentOf(name) !== SHARED_CONTENT;
    const start = alone ? Math.max(...slots) : Math.min(...slots);
    const slot = alone ? 0 : slots.indexOf(Math.min(...slots));
    const end = start + cost(name);
    if (alone) slots.fill(end);
    else slots[slot] = end;
    ready.push({ name, at: end });
  }
  return ready.sort((a, b) => a.at - b.at).map((r) => r.name);
}

/** Where global-setup records how a build ended. */
export function resultFile(name: SiteName): string {
  return path.join(ROOT, '.build-test/results', `${name}.json`);
}

/** The output folder of a site (relative to the project), once it is built; throws with the build's output when it failed. */
export async function built(name: SiteName, timeoutMs = 600_000): Promise<string> {
  await result(name, timeoutMs);
  return SITES[name].outDir;
}

/** How the builds of a site ended, once they have; throws with the output when one failed. */
export async function result(name: SiteName, timeoutMs = 600_000): Promise<SiteResult> {
  const r = await ended(name, timeoutMs);
  if (r.status !== 0) throw new Error(`the ${name} site did not build:\n${r.output}`);
  return r;
}

/** How the build of a site that must fail ended (its status and output), once it has. */
export async function failed(name: SiteName, timeoutMs = 600_000): Promise<SiteResult> {
  return ended(name, timeoutMs);
}

async function ended(name: SiteName, timeoutMs: number): Promise<SiteResult> {
  const file = resultFile(name);
  const started = Date.now();
  while (!existsSync(file)) {
    if (Date.now() - started > timeoutMs) throw new Error(`${name}: not built within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return JSON.parse(readFileSync(file, 'utf8')) as SiteResult;
}
