/**
 * The dataset download files: what each holds and its columns, and their rows encoded as
 * CSV or as JSON records. Named employers come only from `getSite().employers` (inside
 * their publication window); callers pass them in and nothing here can reach the others.
 */
import type { Employer, GroupReport, MonthlyReport, Region, Target } from '../../data/types';
import { employerColumns, groupColumns, monthlyColumns, provinceColumns, regionColumns, regionMonthlyColumns, targetColumns, type AggregateRow, type Column } from './columns';
import { csvChunks } from './csv';

/** A download file's declaration: its name, what it holds, and its columns. */
export interface FileSpec<R> {
  /** Path under the site, e.g. `/data/monthly.csv`. */
  path: string;
  title: string;
  description: string;
  /** Title and description in English, for /en/data/. */
  en: { title: string; description: string };
  columns: Column<R>[];
}

/** The whole-dataset tables, in the order the /data/ page lists them. */
export const DATASET_FILES = {
  regions: { path: '/data/regions.csv', title: '地区', description: '报告单位：各市和省本级。', en: { title: 'Regions', description: 'The reporting units: the cities and the provincial level.' }, columns: regionColumns } satisfies FileSpec<Region>,
  targets: { path: '/data/targets.csv', title: '扩面计划目标', description: '各年度全省及各地区各险种的参保人数目标和缴费率目标。', en: { title: 'Coverage plan targets', description: 'Each year’s targets for insured persons and contribution rates, for the province and each region, by insurance.' }, columns: targetColumns } satisfies FileSpec<Target>,
  monthly: { path: '/data/monthly.csv', title: '月报', description: '各地区各险种按月报送的人数（经校验的原始数据）。', en: { title: 'Monthly returns', description: 'The numbers each region reports every month for each insurance (the source data, validated).' }, columns: monthlyColumns } satisfies FileSpec<MonthlyReport>,
  groups: { path: '/data/groups.csv', title: '重点群体', description: '各地区重点群体的参保人数。', en: { title: 'Priority groups', description: 'Insured persons of the priority groups in each region.' }, columns: groupColumns } satisfies FileSpec<GroupReport>,
  employers: { path: '/data/employers.csv', title: '曝光单位', description: '生成之日处于公布期内的曝光单位；尚未到公布日期、已过公布期或已撤销的条目不在其中。', en: { title: 'Named employers', description: 'The employers named within their publication period on the day the site was generated; entries not yet due, expired or revoked are not in it. Names and texts are in Chinese.' }, columns: employerColumns } satisfies FileSpec<Employer>,
} as const;

/** The province aggregates file. */
export const PROVINCE_FILE: FileSpec<AggregateRow> = {
  path: '/data/province.csv',
  title: '全省合计（按月）',
  description: '全省各险种逐月合计：各地区之和；任一地区未报送的月份留空。另含缴费率。',
  en: { title: 'Province total (monthly)', description: 'Province totals by insurance and month: the sum of the regions, empty for a month that any region did not report. With contribution rates.' },
  columns: provinceColumns,
};

/** A region's file in English words: the same for every region, so that no Chinese name goes unmarked. */
export const REGION_FILE_EN = { title: 'A region (monthly)', description: 'One region’s figures by insurance and month, with contribution rates; a month not reported is an empty row, marked as such.' };

/** A region's file (one per region). */
export function regionFile(region: Region): FileSpec<AggregateRow> {
  return {
    path: `/data/regions/${region.id}.csv`,
    title: `${region.name}（按月）`,
    description: `${region.name}各险种逐月数据，含缴费率；未报送的月份为空行并注明。`,
    en: REGION_FILE_EN,
    columns: regionMonthlyColumns,
  };
}

/** Encodes rows with a file's columns. */
export function fileCsv<R>(spec: FileSpec<R>, rows: readonly R[]): string {
  return [...fileCsvChunks(spec, rows)].join('');
}

/** fileCsv in pieces (see csvChunks). */
export function fileCsvChunks<R>(spec: FileSpec<R>, rows: readonly R[]): Generator<string> {
  return csvChunks(
    spec.columns.map((c) => c.name),
    (function* () {
      for (const r of rows) yield spec.columns.map((c) => c.value(r));
    })(),
  );
}

/** Rows as JSON objects keyed by column name (null for empty). */
export function fileRecords<R>(spec: FileSpec<R>, rows: readonly R[]): Record<string, string | number | null>[] {
  return rows.map((r) => fileRecord(spec, r));
}

function fileRecord<R>(spec: FileSpec<R>, r: R): Record<string, string | number | null> {
  const o: Record<string, string | number | null> = {};
  for (const c of spec.columns) o[c.name] = c.value(r) ?? null;
  return o;
}

/**
 * fileRecords made one at a time as jsonChunks writes them, so a whole-dataset JSON file never
 * holds every record at once. JSON.stringify of it gives the same array as fileRecords.
 */
export class RecordList<R> implements Iterable<Record<string, string | number | null>> {
  constructor(
    private readonly spec: FileSpec<R>,
    private readonly rows: readonly R[],
  ) {}

  get length(): number {
    return this.rows.length;
  }

  *[Symbol.iterator](): Iterator<Record<string, string | number | null>> {
    for (const r of this.rows) yield fileRecord(this.spec, r);
  }

  toJSON(): Record<string, string | number | null>[] {
    return fileRecords(this.spec, this.rows);
  }
}
