/**
 * The list of every dataset download (whole dataset, province, per region, dictionary)
 * with a generator for its content and metadata. The endpoints under src/pages/data/
 * serve from it and the /data/ page lists it with sizes, so the two never disagree.
 * Figure downloads (/data/figures/…) come from the figure registry instead.
 */
import type { Region } from '../../data/types';
import { memo } from '../build/context';
import type { Site } from '../build/site';
import { citationSource } from '../shell/about';
import { provinceRows, regionRows } from './aggregates';
import { datasetJson, regionJson } from './dataset-json';
import { DATASET_FILES, PROVINCE_FILE, fileCsvChunks, fileRecords, regionFile, type FileSpec } from './files';
import { jsonChunks, jsonFile } from './json';
import { describeColumns, dictionary, dictionaryCsv, downloadMeta, type DictionaryColumn } from './metadata';

/** One downloadable file. */
export interface DataFile {
  /** Site path, e.g. `/data/monthly.csv`. */
  path: string;
  format: 'CSV' | 'JSON';
  title: string;
  description: string;
  /** Title and description in English, for /en/data/. */
  en: { title: string; description: string };
  group: 'dataset' | 'province' | 'region' | 'dictionary';
  region?: Region;
  /** The sidecar `<name>.metadata.json` of a CSV. */
  metadataPath?: string;
  /** The whole file (tests, small files). */
  body: () => string;
  /** The file in pieces, as the endpoints send it: the whole-dataset files never exist as one string. */
  chunks: () => Iterable<string>;
  metadata?: () => string;
}

/** A file as dataFiles declares it: its content made as one string or in pieces. */
type DraftFile = Omit<DataFile, 'body' | 'chunks'> & { make: () => string | Iterable<string> };

/** Every dataset download of this build. Employers: only `site.employers` (published). */
export function dataFiles(site: Site, siteUrl: string): DataFile[] {
  const { dataset, model, employers } = site;
  const base = { dataset, version: site.version, src: citationSource(site), siteUrl };
  const files: DraftFile[] = [];
  const csvWithSidecar = <R>(
    spec: FileSpec<R>,
    rows: () => readonly R[],
    group: DataFile['group'],
    page: string,
    extra: { region?: Region; notes?: string[] } = {},
  ) => {
    const metadataPath = spec.path.replace(/\.csv$/, '.metadata.json');
    files.push({
      path: spec.path,
      format: 'CSV',
      title: spec.title,
      description: spec.description,
      en: spec.en,
      group,
      metadataPath,
      ...(extra.region ? { region: extra.region } : {}),
      make: () => fileCsvChunks(spec, rows()),
      metadata: () =>
        jsonFile(
          downloadMeta(base, {
            title: spec.title,
            description: spec.description,
            path: spec.path,
            page,
            columns: describeColumns(spec, siteUrl),
            notes: extra.notes,
            csv: true,
          }),
        ),
    });
  };

  const windowNote = '曝光单位只含生成之日处于公布期内的条目：尚未到公布日期、已过公布截止日期或处罚决定已撤销的条目不在任何下载文件中。';
  csvWithSidecar(DATASET_FILES.regions, () => dataset.regions, 'dataset', '/cities/');
  csvWithSidecar(DATASET_FILES.targets, () => dataset.targets, 'dataset', '/');
  csvWithSidecar(DATASET_FILES.monthly, () => dataset.monthly, 'dataset', '/', { notes: ['未报送的月份在本文件中没有行；按地区的文件和全省合计文件为这些月份留出空行。'] });
  csvWithSidecar(DATASET_FILES.groups, () => dataset.groups, 'dataset', '/');
  csvWithSidecar(DATASET_FILES.employers, () => employers, 'dataset', '/employers/', { notes: [windowNote] });
  files.push({
    path: '/data/dataset.json',
    format: 'JSON',
    title: '完整数据集',
    description: '上述全部表格及全省合计，一个 JSON 文件；meta 为版本与来源。',
    en: { title: 'Complete dataset', description: 'All the tables above and the province totals in one JSON file; its meta object gives the version and the source.' },
    group: 'dataset',
    make: () =>
      jsonChunks(
        datasetJson(
          dataset,
          employers,
          model,
          downloadMeta(base, { title: '完整数据集', description: dataset.meta.title, path: '/data/dataset.json', page: '/data/', notes: [windowNote] }),
        ),
      ),
  });

  csvWithSidecar(PROVINCE_FILE, () => provinceRows(model), 'province', '/', { notes: ['全省数字为各地区（各市和省本级）之和；任一地区未报送的月份，全省该月留空，不用部分地区之和代替。'] });
  files.push({
    path: '/data/province.json',
    format: 'JSON',
    title: PROVINCE_FILE.title,
    description: PROVINCE_FILE.description,
    en: PROVINCE_FILE.en,
    group: 'province',
    make: () =>
      jsonChunks({
        meta: downloadMeta(base, { title: PROVINCE_FILE.title, description: PROVINCE_FILE.description, path: '/data/province.json', page: '/', columns: describeColumns(PROVINCE_FILE, siteUrl) }),
        province: fileRecords(PROVINCE_FILE, provinceRows(model)),
      }),
  });

  for (const region of dataset.regions) {
    const spec = regionFile(region);
    csvWithSidecar(spec, () => regionRows(model, region), 'region', `/cities/${region.id}/`, { region });
    const path = `/data/regions/${region.id}.json`;
    files.push({
      path,
      format: 'JSON',
      title: `${region.name}数据`,
      description: `${region.name}的地区信息、目标、逐月数据、重点群体和公布期内的曝光单位。`,
      en: { title: 'A region', description: 'The region’s details, targets, monthly figures, priority groups and the named employers within their publication period.' },
      group: 'region',
      region,
      make: () =>
        jsonChunks(
          regionJson(dataset, employers, model, region, downloadMeta(base, { title: `${region.name}数据`, description: spec.description, path, page: `/cities/${region.id}/`, notes: [windowNote] })),
        ),
    });
  }

  const dict = () => dictionary(siteUrl, dataset.regions[0]);
  const dictColumns: DictionaryColumn[] = ['file', 'column', 'label', 'type', 'unit', 'definition', 'definition_url'].map((name) => ({
    name,
    label: ({ file: '文件', column: '列名', label: '中文名', type: '类型', unit: '单位', definition: '定义', definition_url: '定义链接' } as Record<string, string>)[name]!,
    type: 'text',
    unit: '',
    definition: '',
  }));
  files.push({
    path: '/data/dictionary.csv',
    format: 'CSV',
    title: '数据字典',
    description: '每个下载文件的每一列：中文名、类型、单位、定义。',
    en: { title: 'Data dictionary', description: 'Every column of every download: Chinese label, type, unit and definition (in Chinese; the English dictionary is on this page).' },
    group: 'dictionary',
    metadataPath: '/data/dictionary.metadata.json',
    make: () => dictionaryCsv(dict()),
    metadata: () => jsonFile(downloadMeta(base, { title: '数据字典', description: '数据字典', path: '/data/dictionary.csv', page: '/data/#dictionary', columns: dictColumns, csv: true })),
  });
  files.push({
    path: '/data/dictionary.json',
    format: 'JSON',
    title: '数据字典（JSON）',
    description: '同上，机器可读。',
    en: { title: 'Data dictionary (JSON)', description: 'The same, machine-readable.' },
    group: 'dictionary',
    make: () => jsonChunks({ meta: downloadMeta(base, { title: '数据字典', description: '每个下载文件的每一列', path: '/data/dictionary.json', page: '/data/#dictionary' }), files: dict() }),
  });
  return files.map(({ make, ...f }) => {
    const chunks = () => recorded(site, siteUrl, f.path, make);
    return { ...f, chunks, body: () => [...chunks()].join('') };
  });
}

/**
 * Sizes of the bodies generated in this build, by site URL and path. The whole-dataset files
 * run to 100 MB at national scale; the build writes them before the pages render
 * (DataDownloadWriter), and the /data/ page, which lists every size, reads them here instead
 * of generating each file a second time.
 */
function sizes(site: Site): Map<string, number> {
  return memo(site, 'download-sizes', () => new Map<string, number>());
}

function* recorded(site: Site, siteUrl: string, path: string, make: () => string | Iterable<string>): Generator<string> {
  const made = make();
  let bytes = 0;
  if (typeof made === 'string') {
    bytes = Buffer.byteLength(made, 'utf8');
    yield made;
  } else {
    for (const chunk of made) {
      bytes += Buffer.byteLength(chunk, 'utf8');
      yield chunk;
    }
  }
  sizes(site).set(`${siteUrl} ${path}`, bytes);
}

/** The size in bytes of a download whose body this build has made already (undefined if not). */
export function recordedSize(site: Site, siteUrl: string, sitePath: string): number | undefined {
  return sizes(site).get(`${siteUrl} ${sitePath}`);
}

/** The size in bytes of a download (UTF-8), generating it only if this build has not yet. */
export function byteSize(site: Site, siteUrl: string, f: DataFile): number {
  const known = recordedSize(site, siteUrl, f.path);
  if (known !== undefined) return known;
  let bytes = 0;
  for (const chunk of f.chunks()) bytes += Buffer.byteLength(chunk, 'utf8');
  return bytes;
}
