/**
 * What every download states about itself (version, source, citation, licence, columns):
 * the `meta` of a JSON file and the `.metadata.json` sidecar of a CSV, and the data
 * dictionary of every dataset file (docs/decisions/0002-downloads-and-embeds.md).
 */
import type { Dataset, Region } from '../../data/types';
import { fullReference, shortCitation, type CitationSource } from '../shell/citation';
import { COLUMN_TYPES_EN, COLUMN_UNITS_EN, type ColumnType } from './columns';
import { toCsv, type CellValue } from './csv';
import { DATASET_FILES, PROVINCE_FILE, REGION_FILE_EN, regionFile, type FileSpec } from './files';

/** A column as the dictionary and metadata state it (no accessor). */
export interface DictionaryColumn {
  name: string;
  label: string;
  type: ColumnType;
  unit: string;
  definition: string;
  /** Absolute URL of its definition on the methodology page. */
  definition_url?: string;
}

/** A column of the English dictionary (/en/data/): its words, type and unit in English. */
export interface DictionaryColumnEn {
  name: string;
  label: string;
  type: string;
  unit: string;
  definition: string;
  /** Absolute URL of its definition on the English methodology page. */
  definition_url?: string;
}

/** Columns of a file spec for the dictionary, with definition links. */
export function describeColumns<R>(spec: FileSpec<R>, siteUrl: string): DictionaryColumn[] {
  return spec.columns.map((c) => ({
    name: c.name,
    label: c.label,
    type: c.type,
    unit: c.unit,
    definition: c.definition,
    ...(c.anchor ? { definition_url: new URL(`/methodology/#${c.anchor}`, siteUrl).href } : {}),
  }));
}

/** describeColumns in English: the same columns and anchors, linking /en/methodology/. */
export function describeColumnsEn<R>(spec: FileSpec<R>, siteUrl: string): DictionaryColumnEn[] {
  return spec.columns.map((c) => ({
    name: c.name,
    label: c.en.label,
    type: COLUMN_TYPES_EN[c.type],
    unit: COLUMN_UNITS_EN[c.unit],
    definition: c.en.definition,
    ...(c.anchor ? { definition_url: new URL(`/en/methodology/#${c.anchor}`, siteUrl).href } : {}),
  }));
}

/** What every download's `meta` states. */
export interface DownloadMeta {
  title: string;
  description: string;
  dataset: string;
  publisher: string;
  /** The dataset's title and publisher in English, when dataset.json gives them. */
  dataset_en?: string;
  publisher_en?: string;
  version: string;
  as_of: string;
  generated: string;
  sample: boolean;
  sample_notice?: string;
  license?: string;
  contact?: string;
  /** Absolute URL of this file. */
  url: string;
  /** Absolute URL of the page that shows these figures. */
  page: string;
  citation: { short: string; full: string };
  format?: string;
  columns?: DictionaryColumn[];
  notes?: string[];
}

/** The sample notice carried by every download of a sample dataset. */
export const SAMPLE_NOTICE = '示例数据：数字用于演示，不是官方统计；除 /methodology/#sources 注明参照公开来源的数字外均为虚构，单位名称均为虚构。';

/** The CSV format statement in metadata. */
export const CSV_FORMAT = 'CSV（RFC 4180），UTF-8 带 BOM，CRLF 换行，首行为列名；空单元格表示无数据。';

/** Builds a download's `meta`. */
export function downloadMeta(
  o: { dataset: Dataset; version: string; src: CitationSource; siteUrl: string },
  file: { title: string; description: string; path: string; page: string; columns?: DictionaryColumn[]; notes?: string[]; csv?: boolean },
): DownloadMeta {
  const { meta } = o.dataset;
  const url = new URL(file.path, o.siteUrl).href;
  const cited = { title: file.title === meta.title ? meta.title : `${meta.title}：${file.title}`, url, type: 'DS' as const };
  return {
    title: file.title,
    description: file.description,
    dataset: meta.title,
    publisher: meta.publisher,
    ...(meta.titleEn ? { dataset_en: meta.titleEn } : {}),
    ...(meta.publisherEn ? { publisher_en: meta.publisherEn } : {}),
    version: o.version,
    as_of: meta.asOf ?? o.dataset.buildDate,
    generated: o.dataset.buildDate,
    sample: meta.sample,
    ...(meta.sample ? { sample_notice: SAMPLE_NOTICE } : {}),
    ...(meta.license ? { license: meta.license } : {}),
    ...(meta.contact ? { contact: meta.contact } : {}),
    url,
    page: new URL(file.page, o.siteUrl).href,
    citation: { short: shortCitation(o.src, cited), full: fullReference(o.src, cited) },
    ...(file.csv ? { format: CSV_FORMAT } : {}),
    ...(file.columns ? { columns: file.columns } : {}),
    ...(file.notes?.length ? { notes: file.notes } : {}),
  };
}

/** The files the dictionary describes, in order: the dataset tables, the province and (with an example region) the region files. */
interface DictionaryFile {
  path: string;
  spec: FileSpec<unknown>;
  zh: { title: string; description: string };
  en: { title: string; description: string };
}

function dictionaryFiles(regionExample: Region | undefined): DictionaryFile[] {
  const files: DictionaryFile[] = [...Object.values(DATASET_FILES), PROVINCE_FILE].map((f) => ({ path: f.path, spec: f as FileSpec<unknown>, zh: f, en: f.en }));
  if (regionExample) {
    const spec = regionFile(regionExample) as FileSpec<unknown>;
    files.push({ path: '/data/regions/<id>.csv', spec, zh: { title: '各地区（按月）', description: '每个地区一个文件，列相同。' }, en: { title: 'Each region (monthly)', description: `${REGION_FILE_EN.description} One file per region, all with the same columns.` } });
  }
  return files;
}

/** Every downloadable file's columns, for /data/dictionary.json and the /data/ page. */
export function dictionary(siteUrl: string, regionExample: Region | undefined): { file: string; title: string; description: string; columns: DictionaryColumn[] }[] {
  return dictionaryFiles(regionExample).map((f) => ({ file: f.path, title: f.zh.title, description: f.zh.description, columns: describeColumns(f.spec, siteUrl) }));
}

/** The dictionary in English (/en/data/): the same files and columns. */
export function dictionaryEn(siteUrl: string, regionExample: Region | undefined): { file: string; title: string; description: string; columns: DictionaryColumnEn[] }[] {
  return dictionaryFiles(regionExample).map((f) => ({ file: f.path, title: f.en.title, description: f.en.description, columns: describeColumnsEn(f.spec, siteUrl) }));
}

/** The dictionary as a CSV (one row per file and column). */
export function dictionaryCsv(entries: ReturnType<typeof dictionary>): string {
  const rows: CellValue[][] = [];
  for (const f of entries) for (const c of f.columns) rows.push([f.file, c.name, c.label, c.type, c.unit, c.definition, c.definition_url]);
  return toCsv(['file', 'column', 'label', 'type', 'unit', 'definition', 'definition_url'], rows);
}
