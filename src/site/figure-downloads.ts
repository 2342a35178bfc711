/** The downloads of one registered figure: its CSV, metadata JSON and standalone SVG. */
import type { Site } from './site';
import { absoluteUrl, citationSource } from './about';
import { downloadMeta, jsonFile, tableColumns, tableCsv } from './downloads';
import { figureFiles } from './figures';
import { figureRegistry, registryEntry, type RegistryEntry } from './figure-registry';
import { standaloneSvg } from './figure-svg';
import { formatDay } from '../format/date';

/** Static paths for a figure endpoint: every registered figure, or only charts. */
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
  const t = entry(site, id).table();
  if (!t) throw new Error(`figure downloads: "${id}" yields no table`);
  return tableCsv(t.table);
}

/** /data/figures/<id>.metadata.json: version, source, citation, columns and notes of the CSV. */
export function figureMetadata(site: Site, id: string | undefined, base: URL | undefined): string {
  const e = entry(site, id);
  // A chart is built once here: its table comes with it.
  const figure = e.kind === 'chart' ? e.figure?.() : null;
  const t = figure ? { title: figure.title, table: figure.table, notes: figure.notes } : e.table();
  if (!t) throw new Error(`figure downloads: "${id}" yields no table`);
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
  return jsonFile({
    ...meta,
    figure: {
      id: e.id,
      kind: e.kind,
      caption: t.table.caption,
      ...(e.kind === 'chart' ? { svg: absoluteUrl(files.svg, base), embed: absoluteUrl(files.embed, base) } : {}),
    },
  });
}

/** /data/figures/<id>.svg: the chart with title and source line, white background. */
export function figureSvg(site: Site, id: string | undefined, base: URL | undefined): string {
  const e = entry(site, id);
  const f = e.figure?.();
  if (!f) throw new Error(`figure downloads: "${id}" is not a chart`);
  const { meta, buildDate } = site.dataset;
  return standaloneSvg(f, {
    publisher: meta.publisher,
    version: site.version,
    asOf: formatDay(meta.asOf ?? buildDate),
    url: absoluteUrl(e.page, base),
    sample: meta.sample,
  });
}
