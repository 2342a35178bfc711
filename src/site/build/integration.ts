/**
 * The Astro integration that runs a build: it starts the build context, validates the
 * data before anything is rendered (a bad file fails the build with every problem listed
 * as file:line: column), reports warnings and withheld employer ids in the build log, and
 * writes the files that are not pages: the dataset downloads before the pages render, the
 * figure downloads alongside and after them, and the list of pages to search.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_PROBLEMS_EXIT, DataError, ProblemList, formatProblem, unlistedSummary } from '../../data/problems';
import { CONTENT_PROBLEMS_EXIT, checkContentDir, foundContentProblems } from '../articles/content-safety';
import { settings } from '../../settings';
import { absoluteUrl } from '../shell/about';
import { DataDownloadWriter } from '../downloads/data-downloads';
import { FigureDownloadWriter } from '../figures/figure-downloads';
import { startBuildContext, type BuildContext } from './context';
import { writeSearchList } from './search-pages';
import { writeRevisionFiles } from '../revisions/revision-files';
import { NEXT_CHANGE_FILE, nextChangeJson, nextChangeLine } from './next-change';
import { writeFileSync } from 'node:fs';

/** Loads DATA_DIR at config time of `astro build`; throws (failing the build) on any data problem. */
export function dataIntegration(): AstroIntegration {
  let context: BuildContext | undefined;
  let outDir: string | undefined;
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  return {
    name: 'kuomian-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      // Only `astro build`: vitest loads astro.config through getViteConfig and must not read data.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // Articles and release notes are checked before anything compiles them (nothing in them may run).
        const unsafe = checkContentDir(settings().contentDir);
        if (unsafe.length > 0) reportContentProblems(unsafe);
        context = startBuildContext();
        try {
          const site = context.site();
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
          logger.info(nextChangeLine(site));
          const rev = site.revisions;
          if (rev) {
            const c = rev.index?.report.counts;
            logger.info(
              (rev.index ? `revisions: compared with ${rev.index.previousVersion}: ${c!.changed} changed, ${c!.removed} removed, ${c!.newlyReported} newly reported` : 'revisions: no earlier release with other figures') +
                `; keeping ${rev.versions.length} earlier release(s) under /data/versions/`,
            );
          }
        } catch (err) {
          if (err instanceof DataError) reportDataProblems(err);
          throw err;
        }
      },
      // Release notes are compiled while the content syncs, where a failure is only logged.
      'astro:build:start': () => {
        const unsafe = foundContentProblems();
        if (unsafe.length > 0) reportContentProblems([...new Set(unsafe)]);
      },
      // After Astro has emptied the output folder, before any page renders: the /data/ page states every download's size.
      'astro:build:setup': async ({ target, logger, updateConfig }) => {
        // The server bundle only renders the pages during this build and is then deleted:
        // tree-shaking it costs CPU and saves nothing a reader receives (BENCHMARKS.md).
        if (target === 'server') updateConfig({ build: { rollupOptions: { treeshake: false } } });
        if (target !== 'server' || !context || context.writers) return;
        const site = context.site();
        const siteUrl = absoluteUrl('/', context.settings.siteUrl);
        const writers = { figures: new FigureDownloadWriter(outDir!, new URL(siteUrl)), data: new DataDownloadWriter(outDir!, siteUrl) };
        context.writers = writers;
        const started = performance.now();
        await writers.data.writeAll(site);
        logger.info(`data: made the dataset downloads in ${seconds(started)} s`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { og, writers } = context!;
        logger.info(`share images: ${og.rendered} rendered, ${og.cached} from the cache (.astro/cache/og), ${og.pruned} unused ones pruned`);
        if (path.resolve(fileURLToPath(dir)) !== outDir) throw new Error(`downloads: written into ${outDir}, but the site was built into ${fileURLToPath(dir)}`);
        if (!writers) throw new Error('downloads: the build finished before its writers were started');
        const site = context!.site();
        const finishing = performance.now();
        const files = await writers.figures.finish(site);
        logger.info(`figures: wrote ${files} download files (the last ${seconds(finishing)} s after the pages)`);
        const dataFinishing = performance.now();
        logger.info(`data: wrote ${await writers.data.finish(site)} download files (the last ${seconds(dataFinishing)} s after the pages)`);
        context!.writers = undefined;
        writeFileSync(path.join(outDir!, NEXT_CHANGE_FILE.slice(1)), nextChangeJson(site));
        const revisionFiles = writeRevisionFiles(outDir!, site);
        if (revisionFiles) logger.info(`revisions: wrote ${revisionFiles} files (/data/revisions.csv, /data/versions/)`);
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
 * The entries left out, for the build log: every id of a short list; of a long one (a line
 * of hundreds of kilobytes) the count by reason and the first ids, and every id at the
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
