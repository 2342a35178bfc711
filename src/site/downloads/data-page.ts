/**
 * What the data page lists, in both editions (/data/ and /en/data/): every download with its
 * size, the region files side by side, the list of revisions, the count of charts and tables,
 * and the addresses the loading examples use. The pages only choose the words.
 */
import type { Region } from '../../data/types';
import type { Site } from '../build/site';
import { figureRegistry } from '../figures/figure-registry';
import { revisionsDownload, type RevisionsDownload } from '../revisions/revision-files';
import { absoluteUrl } from '../shell/about';
import { byteSize, dataFiles, type DataFile } from './data-files';

/** A download with its size in bytes. */
export type SizedFile = DataFile & { bytes: number };

export interface DataPage {
  /** The whole-dataset files, then the province files. */
  datasetFiles: SizedFile[];
  regionFiles: { region: Region; csv: SizedFile; json: SizedFile }[];
  revisions: RevisionsDownload | null;
  charts: number;
  tables: number;
  /** Absolute addresses of monthly.csv and province.csv, for the loading examples. */
  monthlyUrl: string;
  provinceUrl: string;
}

/** The data page of this build; `astroSite` is Astro.site. A build knows each download's size already; the dev server makes each to measure it. */
export function dataPage(site: Site, astroSite: URL | undefined): DataPage {
  const base = absoluteUrl('/', astroSite);
  const sized = dataFiles(site, base).map((f) => ({ ...f, bytes: byteSize(site, base, f) }));
  const byGroup = (g: DataFile['group']) => sized.filter((f) => f.group === g);
  const figures = figureRegistry(site.model);
  const charts = figures.filter((f) => f.kind === 'chart').length;
  return {
    datasetFiles: [...byGroup('dataset'), ...byGroup('province')],
    regionFiles: site.dataset.regions.map((r) => ({
      region: r,
      csv: sized.find((f) => f.group === 'region' && f.region?.id === r.id && f.format === 'CSV')!,
      json: sized.find((f) => f.group === 'region' && f.region?.id === r.id && f.format === 'JSON')!,
    })),
    revisions: revisionsDownload(site),
    charts,
    tables: figures.length - charts,
    monthlyUrl: absoluteUrl('/data/monthly.csv', astroSite),
    provinceUrl: absoluteUrl('/data/province.csv', astroSite),
  };
}
