/** The downloads of one registered figure: its CSV, metadata JSON and standalone SVG. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Site } from './site';
import { absoluteUrl, citationSource } from './about';
import { downloadMeta, jsonFile, tableColumns, tableCsv } from './downloads';
import { figureFiles } from './figures';
import { figureRegistry, registryEntry, type RegistryEntry } from './figure-registry';
import { standaloneSvg } from './figure-svg';
import { formatDay } from '../format/date';

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
 * (tens of thousands at national scale), so the CSV, the metadata and the SVG share it.
 */
export function figureDownloads(
  site: Site,
  e: RegistryEntry,
  base: URL | undefined,
): { csv: string; metadata: string; svg?: string } {
  const figure = e.kind === 'chart' ? e.figure?.() : null;
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
 * Writes /data/figures/<id>.csv, .metadata.json and (charts) .svg of every registered
 * figure into the built site `outDir`; returns how many files. Called by the data
 * integration when Astro has finished: written directly, each figure built once, these
 * ~150,000 files of a national dataset cost a fraction of what ~150,000 Astro routes
 * cost (a request, a Response and a log line each). The routes under
 * src/pages/data/figures/ serve the same files on the dev server.
 */
export function writeFigureDownloads(site: Site, outDir: string, base: URL | undefined): number {
  const dir = path.join(outDir, 'data', 'figures');
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const e of figureRegistry(site.model)) {
    const files = figureDownloads(site, e, base);
    writeFileSync(path.join(dir, `${e.id}.csv`), files.csv);
    writeFileSync(path.join(dir, `${e.id}.metadata.json`), files.metadata);
    written += 2;
    if (files.svg !== undefined) {
      writeFileSync(path.join(dir, `${e.id}.svg`), files.svg);
      written++;
    }
  }
  return written;
}
