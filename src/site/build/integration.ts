/**
 * Astro integration that validates the data before anything is rendered, so a
 * bad file fails the build with every problem listed as file:line: column, and
 * reports warnings and withheld employer ids in the build log.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_PROBLEMS_EXIT, DataError, ProblemList, formatProblem, unlistedSummary } from '../../data/problems';
import { absoluteUrl } from '../shell/about';
import { finishDataDownloads, startDataDownloads } from '../downloads/data-downloads';
import { finishFigureDownloads, startFigureDownloads } from '../figures/figure-downloads';
import { getSite } from './site';
import { CONTENT_PROBLEMS_EXIT, checkContentDir, foundContentProblems } from '../articles/content-safety';
import { contentDir } from '../../content/dir';
import { ogStats } from '../articles/og';
import { writeSearchList } from './search-pages';

/** Loads DATA_DIR at config time of `astro build`; throws (failing the build) on any data problem. */
export function dataIntegration(): AstroIntegration {
  let siteUrl: string | undefined;
  let outDir: string | undefined;
  let figuresStarted = 0;
  return {
    name: 'kuomian-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site;
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      // The figure and dataset downloads are written while the pages render (FigureDownloadWriter, DataDownloadWriter).
      'astro:build:start': () => {
        // Release notes are compiled while the content syncs, where a failure is only logged.
        const unsafe = foundContentProblems();
        if (unsafe.length > 0) reportContentProblems([...new Set(unsafe)]);
        figuresStarted = performance.now();
        const base = siteUrl ? new URL(siteUrl) : undefined;
        startFigureDownloads(outDir!, base);
        startDataDownloads(outDir!, absoluteUrl('/', base));
      },
      // Only `astro build`: vitest loads astro.config through getViteConfig and must not read data.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // Articles and release notes are checked before anything compiles them (nothing in them may run).
        const unsafe = checkContentDir(contentDir);
        if (unsafe.length > 0) reportContentProblems(unsafe);
        try {
          const site = getSite();
          const { bytes, loadSeconds, loadCpuSeconds, modelSeconds } = site.timings;
          const mb = bytes / 1e6;
          logger.info(
            `data: loaded ${mb.toFixed(1)} MB in ${loadSeconds.toFixed(2)} s (${(mb / Math.max(loadSeconds, 1e-6)).toFixed(1)} MB/s; ` +
              `CPU ${loadCpuSeconds.toFixed(2)} s); model and version in ${modelSeconds.toFixed(2)} s`,
          );
          const shown = site.warnings.slice(0, 50);
          for (const w of shown) logger.warn(formatProblem(w));
          const warningCount = site.warnings instanceof ProblemList ? site.warnings.total : site.warnings.length;
          if (warningCount > shown.length) logger.warn(`… and ${warningCount - shown.length} more warnings`);
          logger.info(
            `data: ${site.dataset.regions.length} regions, ${site.dataset.monthly.length} monthly reports, ` +
              `build date ${site.dataset.buildDate}, version ${site.version}`,
          );
          logger.info(`named employers: ${site.employers.length} published, ${site.withheld.length} left out`);
          if (site.withheld.length) logWithheld(logger, site.withheld, site.dataset.buildDate);
        } catch (err) {
          if (err instanceof DataError) reportDataProblems(err);
          throw err;
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`share images: ${ogStats.rendered} rendered, ${ogStats.cached} from the cache (.astro/cache/og), ${ogStats.pruned} unused ones pruned`);
        if (path.resolve(fileURLToPath(dir)) !== outDir) throw new Error(`figure downloads: written into ${outDir}, but the site was built into ${fileURLToPath(dir)}`);
        const finishing = performance.now();
        const files = await finishFigureDownloads(getSite());
        const s = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
        logger.info(`figures: wrote ${files} download files (${s(figuresStarted)} s alongside the pages, the last ${s(finishing)} s after them)`);
        const dataFinishing = performance.now();
        logger.info(`data: wrote ${await finishDataDownloads(getSite())} download files (the last ${s(dataFinishing)} s after the pages)`);
        // For the search step of scripts/post-build.mjs (see search-pages.ts).
        logger.info(`search: ${writeSearchList(fileURLToPath(dir))} pages to index`);
      },
    },
  };
}

/**
 * Data problems are the data's, not a crash of the program: the list goes to the log
 * without Astro's "unhandled error" banner and stack trace, and the process ends with
 * DATA_PROBLEMS_EXIT so that scripts/build.mjs can say what to do.
 */
function reportDataProblems(err: DataError): never {
  const lines = [
    `${err.total === 1 ? '1 problem' : `${err.total.toLocaleString('en-US')} problems`} in the data files:`,
    ...err.problems.map(formatProblem),
    ...unlistedSummary(err.problems),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(DATA_PROBLEMS_EXIT);
}

/** Problems of articles or release notes: listed without a stack trace, and astro ends with CONTENT_PROBLEMS_EXIT. */
function reportContentProblems(problems: readonly string[]): never {
  process.stderr.write(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in the articles and release notes:\n${problems.join('\n')}\n`);
  process.exit(CONTENT_PROBLEMS_EXIT);
}

/** Withheld ids listed in the build log at the default log level; `--verbose` lists them all. */
export const WITHHELD_SHOWN = 50;

/**
 * The entries left out, for the build log: every id of a small list, as before; of a national
 * one (12,000 ids, a 300 KB line) the count by reason and the first ids, and every id at the
 * debug level (`npm run build -- --verbose`), so nothing is left out of the record.
 */
export function logWithheld(logger: Pick<AstroIntegrationLogger, 'info' | 'debug'>, withheld: { id: string; reason: string }[], buildDate: string): void {
  const entry = (w: { id: string; reason: string }) => `${w.id} (${w.reason})`;
  const head = `left out (not published on ${buildDate})`;
  if (withheld.length <= WITHHELD_SHOWN) {
    logger.info(`${head}: ${withheld.map(entry).join(', ')}`);
    return;
  }
  const byReason = new Map<string, number>();
  for (const w of withheld) byReason.set(w.reason, (byReason.get(w.reason) ?? 0) + 1);
  const counts = [...byReason].map(([reason, n]) => `${n} ${reason}`).join(', ');
  const more = withheld.length - WITHHELD_SHOWN;
  logger.info(`${head}: ${counts}; ${withheld.slice(0, WITHHELD_SHOWN).map(entry).join(', ')} … and ${more} more (npm run build -- --verbose lists every one)`);
  logger.debug(`${head}, all ${withheld.length}: ${withheld.map(entry).join(', ')}`);
}
