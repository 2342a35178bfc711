/** The downloads of one registered figure: its CSV, metadata JSON and standalone SVG. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Site } from '../build/site';
import { absoluteUrl, citationSource } from '../shell/about';
import { tableColumns, tableCsv } from '../downloads/figure-table';
import { jsonFile } from '../downloads/json';
import { downloadMeta } from '../downloads/metadata';
import { figureFiles, type FigureSpec } from './figures';
import { buildContext } from '../build/context';
import { FileWriter } from '../build/file-writer';
import { figureRegistry, registryEntry, type RegistryEntry } from './figure-registry';
import { standaloneSvg } from './figure-svg';
import { formatDay } from '../../format/date';

/** Static paths for a figure route: every registered figure, or only charts. */
export function figurePaths(site: Site, kind?: 'chart'): { params: { id: string } }[] {
  return figureRegistry(site.model)
    .filter((e) => !kind || e.kind === kind)
    .map((e) => ({ params: { id: e.id } }));
}

function entry(site: Site, id: string | undefined): RegistryEntry {
  const e = id ? registryEntry(site.model, id) : undefined;
  if (!e) throw new Error(`figure downloads: no registered figure "${id}"`);
  return e;
}

/** /data/figures/<id>.csv: exactly the table the page shows, with raw values. */
export function figureCsv(site: Site, id: string | undefined): string {
  return figureDownloads(site, entry(site, id), undefined).csv;
}

/** /data/figures/<id>.metadata.json: version, source, citation, columns and notes of the CSV. */
export function figureMetadata(site: Site, id: string | undefined, base: URL | undefined): string {
  return figureDownloads(site, entry(site, id), base).metadata;
}

/** /data/figures/<id>.svg: the chart with title and source line, white background. */
export function figureSvg(site: Site, id: string | undefined, base: URL | undefined): string {
  const e = entry(site, id);
  if (e.kind !== 'chart') throw new Error(`figure downloads: "${id}" is not a chart`);
  return figureDownloads(site, e, base).svg!;
}

/**
 * The three files of one figure from one build of it: building a chart is what costs
 * (tens of thousands at national scale), so the CSV, the metadata and the SVG share it,
 * and a caller that has built the chart already passes it as `built`.
 */
export function figureDownloads(
  site: Site,
  e: RegistryEntry,
  base: URL | undefined,
  built?: FigureSpec | null,
): { csv: string; metadata: string; svg?: string } {
  const figure = e.kind === 'chart' ? (built ?? e.figure?.()) : null;
  if (e.kind === 'chart' && !figure) throw new Error(`figure downloads: "${e.id}" is not a chart`);
  const t = figure ? { title: figure.title, table: figure.table, notes: figure.notes } : e.table();
  if (!t) throw new Error(`figure downloads: "${e.id}" yields no table`);
  const files = figureFiles(e.id);
  const siteUrl = absoluteUrl('/', base);
  const meta = downloadMeta(
    { dataset: site.dataset, version: site.version, src: citationSource(site), siteUrl },
    {
      title: t.title,
      description: figure?.description ?? t.table.caption,
      path: files.csv,
      page: e.page,
      columns: tableColumns(t.table, siteUrl),
      notes: t.notes,
      csv: true,
    },
  );
  const metadata = jsonFile({
    ...meta,
    figure: {
      id: e.id,
      kind: e.kind,
      caption: t.table.caption,
      ...(e.kind === 'chart' ? { svg: absoluteUrl(files.svg, base), embed: absoluteUrl(files.embed, base) } : {}),
    },
  });
  if (!figure) return { csv: tableCsv(t.table), metadata };
  const { meta: datasetMeta, buildDate } = site.dataset;
  const svg = standaloneSvg(figure, {
    publisher: datasetMeta.publisher,
    version: site.version,
    asOf: formatDay(datasetMeta.asOf ?? buildDate),
    url: absoluteUrl(e.page, base),
    sample: datasetMeta.sample,
  });
  return { csv: tableCsv(t.table), metadata, svg };
}

/**
 * The figure downloads of a build in progress: /data/figures/<id>.csv, .metadata.json and
 * (charts) .svg of every registered figure, written into the built site by a FileWriter
 * rather than as Astro routes (a request, a Response and a log line each).
 *
 * The integration makes one per build and finishes it when Astro is done: finish() writes the
 * files of every registered figure not written yet and waits for the last file. A chart an
 * embed page draws is lent to it as it is drawn (chartForPage), so no chart is drawn twice
 * and its files are written while Astro goes on rendering. The routes under
 * src/pages/data/figures/ serve the same files on the dev server.
 */
export class FigureDownloadWriter {
  private readonly dir: string;
  private readonly writer = new FileWriter();
  private readonly done = new Set<string>();

  constructor(
    outDir: string,
    private readonly base: URL | undefined,
  ) {
    this.dir = path.join(outDir, 'data', 'figures');
  }

  /** Writes the files of one figure, once; `figure` is the chart if it is drawn already. */
  async write(site: Site, e: RegistryEntry, figure?: FigureSpec | null): Promise<void> {
    if (this.done.has(e.id)) return;
    // Made on first use: Astro empties the output folder after astro:build:start.
    if (this.done.size === 0) mkdirSync(this.dir, { recursive: true });
    this.done.add(e.id);
    const files = figureDownloads(site, e, this.base, figure);
    await this.writer.write(path.join(this.dir, `${e.id}.csv`), files.csv);
    await this.writer.write(path.join(this.dir, `${e.id}.metadata.json`), files.metadata);
    if (files.svg !== undefined) await this.writer.write(path.join(this.dir, `${e.id}.svg`), files.svg);
  }

  /** Writes every figure not written yet, waits for all files; returns how many files in all. */
  async finish(site: Site): Promise<number> {
    for (const e of figureRegistry(site.model)) await this.write(site, e);
    await this.writer.close();
    return this.writer.files;
  }
}

/**
 * A registered chart drawn for a page. During `astro build` the build's figure-download
 * writer takes the same drawing for the chart's files (waiting here when it is behind).
 */
export async function chartForPage(site: Site, id: string): Promise<{ entry: RegistryEntry; figure: FigureSpec }> {
  const entry = registryEntry(site.model, id);
  const figure = entry?.figure?.();
  if (!entry || !figure) throw new Error(`figure downloads: no chart registered as ${id}`);
  await buildContext().writers?.figures.write(site, entry, figure);
  return { entry, figure };
}
