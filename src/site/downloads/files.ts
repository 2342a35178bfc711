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
  columns: Column<R>[];
}

/** The whole-dataset tables, in the order the /data/ page lists them. */
export const DATASET_FILES = {
  regions: { path: '/data/regions.csv', title: '地区', description: '报告单位：各市和省本级。', columns: regionColumns } as FileSpec<Region>,
  targets: { path: '/data/targets.csv', title: '扩面计划目标', description: '各年度全省及各地区各险种的参保人数目标和缴费率目标。', columns: targetColumns } as FileSpec<Target>,
  monthly: { path: '/data/monthly.csv', title: '月报', description: '各地区各险种按月报送的人数（经校验的原始数据）。', columns: monthlyColumns } as FileSpec<MonthlyReport>,
  groups: { path: '/data/groups.csv', title: '重点群体', description: '各地区重点群体的参保人数。', columns: groupColumns } as FileSpec<GroupReport>,
  employers: { path: '/data/employers.csv', title: '曝光单位', description: '生成之日处于公布期内的曝光单位；尚未到公布日期、已过公布期或已撤销的条目不在其中。', columns: employerColumns } as FileSpec<Employer>,
} as const;

/** The province aggregates file. */
export const PROVINCE_FILE: FileSpec<AggregateRow> = {
  path: '/data/province.csv',
  title: '全省合计（按月）',
  description: '全省各险种逐月合计：各地区之和；任一地区未报送的月份留空。另含缴费率。',
  columns: provinceColumns,
};

/** A region's file (one per region). */
export function regionFile(region: Region): FileSpec<AggregateRow> {
  return {
    path: `/data/regions/${region.id}.csv`,
    title: `${region.name}（按月）`,
    description: `${region.name}各险种逐月数据，含缴费率；未报送的月份为空行并注明。`,
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
