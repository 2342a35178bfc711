/**
 * The downloadable data: CSV and JSON of the validated dataset, per region, the
 * province aggregates, every figure's table, and the data dictionary — pure
 * functions from the site's records to file contents, so the endpoints under
 * src/pages/data/ only serve them and tests can check them without a build.
 *
 * Format decisions (docs/decisions/0002-downloads-and-embeds.md):
 * - CSV is UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): Excel on
 *   Chinese Windows then opens it with the right characters; pandas, R and the
 *   site's own loader read it as well. The file is a plain table: one header row,
 *   one row per record, nothing above or below. Its metadata (version, source,
 *   licence, columns) is in a sidecar `<name>.metadata.json`.
 * - Dataset files keep the data contract's English column keys, so a download is
 *   itself valid input for this site's build. Figure CSVs use the page's headings.
 * - Gaps are empty cells, never 0 and never a partial sum.
 * - Named employers come only from `getSite().employers` (inside their publication
 *   window); the caller passes them in and nothing here can reach the others.
 */
import type { Dataset, Employer, GroupReport, Insurance, Month, MonthlyReport, Region, Target } from '../../data/types';
import { GROUP_NAMES, INSURANCE_NAMES, MEASURE_ANCHORS, MEASURE_NAMES, REGION_KIND_NAMES } from '../../i18n/glossary';
import { PROVINCE, type Model, type Point } from '../../stats/model';
import { monthRange } from '../../stats/months';
import type { TableSpec, TableUnit } from '../figures/figures';
import { fullReference, shortCitation, type CitationSource } from '../shell/citation';

/** A cell value before encoding; null/undefined is an empty cell. */
export type CellValue = string | number | null | undefined;

/** The byte-order mark every CSV starts with. */
export const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab/CR) gets a leading apostrophe — counts never
 * start that way, only free text typed by staff could.
 */
export function csvCell(v: CellValue): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? numberCell(v) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function numberCell(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`downloads: non-finite number ${String(n)} in a CSV`);
  return String(n);
}

/** A whole CSV file: BOM, header row, rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CellValue[]>): string {
  return [...csvChunks(header, rows)].join('');
}

/** Rows per piece of a file generated in pieces. */
const CHUNK_ROWS = 2000;

/**
 * toCsv in pieces of CHUNK_ROWS rows: the whole-dataset files of a national build run to
 * 100 MB, and held as one string (with its rows) they set the build's peak memory.
 */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CellValue[]>): Generator<string> {
  yield BOM + header.map(csvCell).join(',') + '\r\n';
  let out = '';
  let n = 0;
  for (const r of rows) {
    out += r.map(csvCell).join(',') + '\r\n';
    if (++n === CHUNK_ROWS) {
      yield out;
      out = '';
      n = 0;
    }
  }
  if (out) yield out;
}

/** A ratio as a percent with one decimal, as the site shows it (0.92349 → 92.3). */
export function percentValue(ratio: number | null | undefined): number | null {
  if (ratio == null) return null;
  return Math.round(ratio * 1000) / 10;
}

// ─── Columns: one declaration feeds the CSV, the JSON and the data dictionary ───

/** The kind of value in a column, as the dictionary states it. */
export type ColumnType = 'text' | 'integer' | 'number' | 'month' | 'date' | 'code';

/** One column of a download file: name, Chinese label, unit, definition and accessor. */
export interface Column<R> {
  /** Header in the CSV and key in the JSON. */
  name: string;
  /** Chinese name. */
  label: string;
  type: ColumnType;
  /** Unit (人, %, …); empty when none. */
  unit: string;
  /** What the value means, in Chinese. */
  definition: string;
  /** Link to its definition on /methodology/, when there is one. */
  anchor?: string;
  value: (r: R) => CellValue;
}

const insuranceValues = Object.entries(INSURANCE_NAMES)
  .map(([k, v]) => `${k}（${v.full}）`)
  .join('、');

/** Columns shared by many files. */
const col = {
  month: <R extends { month: Month }>(): Column<R> => ({
    name: 'month',
    label: '月份',
    type: 'month',
    unit: '',
    definition: '报表所属月份，格式YYYY-MM；数字为该月月末（或当月）的情况。',
    value: (r) => r.month,
  }),
  region: <R extends { region: string }>(): Column<R> => ({
    name: 'region',
    label: '地区',
    type: 'code',
    unit: '',
    definition: '地区标识（见 regions.csv 的 id）。',
    value: (r) => r.region,
  }),
  insurance: <R extends { insurance: Insurance }>(): Column<R> => ({
    name: 'insurance',
    label: '险种',
    type: 'code',
    unit: '',
    definition: `险种标识：${insuranceValues}。`,
    value: (r) => r.insurance,
  }),
  insuranceName: <R extends { insurance: Insurance }>(): Column<R> => ({
    name: 'insurance_name',
    label: '险种名称',
    type: 'text',
    unit: '',
    definition: '险种的中文全称。',
    value: (r) => INSURANCE_NAMES[r.insurance].full,
  }),
};

type Counts = Pick<Point, 'enrolled' | 'due' | 'paid' | 'newEnrolled' | 'newPaid'>;
type Rates = Pick<Point, 'contributionRate' | 'newContributionRate'>;

function countColumns<R extends Partial<Counts>>(): Column<R>[] {
  return [
    { name: 'enrolled', label: MEASURE_NAMES.enrolled, type: 'integer', unit: '人', anchor: 'enrolled', definition: '月末参加该险种的人数。', value: (r) => r.enrolled },
    { name: 'due', label: MEASURE_NAMES.due, type: 'integer', unit: '人', anchor: 'due', definition: '当月按规定应当缴费的参保人数；不超过参保人数。空白表示未报送该项。', value: (r) => r.due },
    { name: 'paid', label: MEASURE_NAMES.paid, type: 'integer', unit: '人', anchor: 'paid', definition: '当月实际缴费的人数；不超过应缴费人数。空白表示未报送该项。', value: (r) => r.paid },
    { name: 'new_enrolled', label: MEASURE_NAMES.newEnrolled, type: 'integer', unit: '人', anchor: 'new-enrolled', definition: '当月新增参保的人数。空白表示未报送该项。', value: (r) => r.newEnrolled },
    { name: 'new_paid', label: MEASURE_NAMES.newPaid, type: 'integer', unit: '人', anchor: 'new-paid', definition: '当月新增参保人员中已缴费的人数；不超过新增参保人数。空白表示未报送该项。', value: (r) => r.newPaid },
  ];
}

function rateColumns<R extends Rates>(): Column<R>[] {
  return [
    { name: 'contribution_rate', label: MEASURE_NAMES.contributionRate, type: 'number', unit: '%', anchor: 'contribution-rate', definition: '实际缴费人数÷应缴费人数，百分数，保留一位小数（与网页相同）；精确值可由两列人数算出。', value: (r) => percentValue(r.contributionRate) },
    { name: 'new_contribution_rate', label: MEASURE_NAMES.newContributionRate, type: 'number', unit: '%', anchor: 'new-contribution-rate', definition: '新增参保缴费人数÷新增参保人数，百分数，保留一位小数。', value: (r) => percentValue(r.newContributionRate) },
  ];
}

const regionColumns: Column<Region>[] = [
  { name: 'id', label: '标识', type: 'code', unit: '', definition: '地区标识，也是网址的一部分：/cities/<id>/。', value: (r) => r.id },
  { name: 'name', label: '名称', type: 'text', unit: '', definition: '地区名称。', value: (r) => r.name },
  { name: 'name_en', label: '英文名称', type: 'text', unit: '', definition: '英文名称（可空）。', value: (r) => r.nameEn },
  { name: 'code', label: '区划代码', type: 'code', unit: '', definition: '行政区划代码（GB/T 2260，6位）；省本级为空。', value: (r) => r.code },
  { name: 'kind', label: '类型', type: 'code', unit: '', anchor: 'provincial', definition: `city（${REGION_KIND_NAMES.city}）或 provincial（${REGION_KIND_NAMES.provincial}：在省级参保的中央、省属单位）。`, value: (r) => r.kind },
];

const targetColumns: Column<Target>[] = [
  { name: 'year', label: '年度', type: 'integer', unit: '年', definition: '计划年度。', value: (r) => r.year },
  { name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识；province 表示全省目标。', value: (r) => r.region },
  col.insurance<Target>(),
  { name: 'enrolled', label: '参保人数目标', type: 'integer', unit: '人', anchor: 'target', definition: '扩面计划下达的年末参保人数目标。', value: (r) => r.enrolled },
  { name: 'contribution_rate', label: '缴费率目标', type: 'number', unit: '%', anchor: 'contribution-rate', definition: '缴费率应高于的百分数（可空：未设定）。', value: (r) => r.contributionRate },
];

const monthlyColumns: Column<MonthlyReport>[] = [col.month(), col.region(), col.insurance(), ...countColumns<MonthlyReport>()];

const groupColumns: Column<GroupReport>[] = [
  col.month(),
  col.region(),
  col.insurance(),
  { name: 'group', label: '重点群体', type: 'code', unit: '', anchor: 'groups', definition: `重点群体标识：${Object.entries(GROUP_NAMES).map(([k, v]) => `${k}（${v}）`).join('、')}。`, value: (r) => r.group },
  { name: 'enrolled', label: '参保人数', type: 'integer', unit: '人', anchor: 'groups', definition: '该群体月末参保人数。', value: (r) => r.enrolled },
];

const employerColumns: Column<Employer>[] = [
  { name: 'id', label: '编号', type: 'code', unit: '', definition: '条目编号，也是永久网址的一部分：/employers/<id>/。', value: (r) => r.id },
  { name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识。', value: (r) => r.region },
  { name: 'name', label: '单位名称', type: 'text', unit: '', definition: '受处罚单位的名称（不含任何自然人信息）。', value: (r) => r.name },
  { name: 'credit_code', label: '统一社会信用代码', type: 'code', unit: '', definition: '18位统一社会信用代码（GB 32100，可空）。', value: (r) => r.creditCode },
  { name: 'insurance', label: '未参保险种', type: 'code', unit: '', definition: `未依法参加的险种，多个以“;”分隔：${insuranceValues}。`, value: (r) => r.insurances.join(';') },
  { name: 'workers', label: '涉及职工人数', type: 'integer', unit: '人', definition: '处罚决定认定涉及的职工人数（可空）。', value: (r) => r.workers },
  { name: 'violation', label: '违法事实', type: 'text', unit: '', definition: '处罚决定认定的违法事实（原文）。', value: (r) => r.violation },
  { name: 'penalty', label: '处理处罚情况', type: 'text', unit: '', definition: '处理处罚情况（原文）。', value: (r) => r.penalty },
  { name: 'legal_basis', label: '处罚依据', type: 'text', unit: '', definition: '处罚依据（可空）。', value: (r) => r.legalBasis },
  { name: 'decision_no', label: '处罚决定书文号', type: 'text', unit: '', definition: '处罚决定书文号。', value: (r) => r.decisionNo },
  { name: 'decided_on', label: '处罚日期', type: 'date', unit: '', definition: '作出处罚决定的日期，YYYY-MM-DD。', value: (r) => r.decidedOn },
  { name: 'authority', label: '处罚机关', type: 'text', unit: '', definition: '作出处罚决定的机关。', value: (r) => r.authority },
  { name: 'notified_on', label: '告知日期', type: 'date', unit: '', anchor: 'naming', definition: '书面告知该单位将被公布的日期；公布日期至少在其10天之后。', value: (r) => r.notifiedOn },
  { name: 'published_on', label: '公布日期', type: 'date', unit: '', anchor: 'naming', definition: '开始公布的日期。', value: (r) => r.publishedOn },
  { name: 'rectified_on', label: '整改日期', type: 'date', unit: '', anchor: 'naming', definition: '该单位为职工办理参保、完成整改的日期（可空：尚未整改）。', value: (r) => r.rectifiedOn },
  { name: 'expires_on', label: '公布截止日期', type: 'date', unit: '', anchor: 'naming', definition: '自该日起不再公布（最长为公布日期后3年）。', value: (r) => r.expiresOn },
];

/** A row of the province or region aggregates: one month of one insurance, gaps as null. */
export interface AggregateRow extends Counts, Rates {
  month: Month;
  region?: string;
  insurance: Insurance;
  status: string;
}

const provinceColumns: Column<AggregateRow>[] = [
  col.month(),
  col.insurance(),
  col.insuranceName(),
  ...countColumns<AggregateRow>(),
  ...rateColumns<AggregateRow>(),
  {
    name: 'status',
    label: '说明',
    type: 'text',
    unit: '',
    anchor: 'province-total',
    definition: '“完整”表示各地区均已报送、数字为各地区之和；否则写明哪些地区未报送，该月全省数字留空（不用部分地区之和代替）。',
    value: (r) => r.status,
  },
];

const regionMonthlyColumns: Column<AggregateRow>[] = [
  col.month(),
  { name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识（见 regions.csv 的 id）。', value: (r) => r.region },
  col.insurance(),
  col.insuranceName(),
  ...countColumns<AggregateRow>(),
  ...rateColumns<AggregateRow>(),
  { name: 'status', label: '说明', type: 'text', unit: '', anchor: 'gaps', definition: '“已报送”或“未报送”（未报送的月份各项数字为空，未作估算）。', value: (r) => r.status },
];

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

// ─── Aggregates ───

/** Every month of the dataset's range (first to latest report), for full grids with visible gaps. */
export function dataMonths(model: Model): Month[] {
  const first = model.months[0];
  return first && model.latestMonth ? monthRange(first, model.latestMonth) : [];
}

/** Province totals per month and insurance: the Model's sums, a month any region missed is empty. */
export function provinceRows(model: Model): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const insurance of model.insurances) {
    if (!model.regionsReporting(insurance).length) continue;
    for (const month of dataMonths(model)) {
      const p = model.point(PROVINCE, insurance, month);
      const missing = model.missingReports(insurance, month);
      const status = missing.length ? `空缺：${missing.map((r) => r.name).join('、')}未报送` : p.enrolled == null ? '空缺' : '完整';
      rows.push({ ...pointCounts(p), month, insurance, status });
    }
  }
  return rows;
}

/** A region's months for every insurance it reports, with unreported months as empty rows. */
export function regionRows(model: Model, region: Region): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const insurance of model.insurances) {
    if (!model.regionsReporting(insurance).some((r) => r.id === region.id)) continue;
    for (const month of dataMonths(model)) {
      const reported = model.report(region.id, insurance, month) != null;
      rows.push({ ...pointCounts(model.point(region.id, insurance, month)), month, region: region.id, insurance, status: reported ? '已报送' : '未报送' });
    }
  }
  return rows;
}

function pointCounts(p: Point): Counts & Rates {
  return {
    enrolled: p.enrolled,
    due: p.due,
    paid: p.paid,
    newEnrolled: p.newEnrolled,
    newPaid: p.newPaid,
    contributionRate: p.contributionRate,
    newContributionRate: p.newContributionRate,
  };
}

// ─── Figure tables ───

/**
 * A figure's table as CSV: the row key (month), then each column with its unit. Columns
 * with a unit carry the raw values where known (empty where the page shows no number);
 * columns without one (a verdict, a note) read as the page's cells.
 */
export function tableCsv(table: TableSpec): string {
  const header: string[] = [];
  if (table.rowKeyLabel) header.push(table.rowKeyLabel);
  header.push(table.rowHeader ?? '月份');
  for (const c of table.columns) header.push(columnName(c));
  const rows = table.rows.map((r) => {
    const cells: CellValue[] = [];
    if (table.rowKeyLabel) cells.push(r.key ?? r.header);
    cells.push(table.rowKeyLabel ? r.header : (r.key ?? r.header));
    table.columns.forEach((c, i) => {
      if (r.values && c.unit) {
        const v = r.values[i];
        cells.push(v == null ? null : c.unit === 'percent' ? percentValue(v) : v);
      } else cells.push(r.cells[i]);
    });
    return cells;
  });
  return toCsv(header, rows);
}

/** A column's CSV heading: its label with the unit, unless the label already ends with it (`比上月增减（人）`). */
function columnName(c: TableSpec['columns'][number]): string {
  if (!c.unit) return c.label;
  const unit = `（${unitLabel(c.unit)}）`;
  return c.label.endsWith(unit) ? c.label : `${c.label}${unit}`;
}

/** The methodology anchor of a column heading that names a measure (参保人数 → enrolled), if any. */
function measureAnchor(label: string): string | undefined {
  // Every figure's metadata asks this of each column: a national build, a million times, of a
  // few dozen distinct headings.
  if (ANCHORS.has(label)) return ANCHORS.get(label);
  const found = (Object.keys(MEASURE_NAMES) as (keyof typeof MEASURE_NAMES)[])
    .filter((k) => label.endsWith(MEASURE_NAMES[k]))
    .sort((a, b) => MEASURE_NAMES[b].length - MEASURE_NAMES[a].length)[0];
  const anchor = found && MEASURE_ANCHORS[found];
  if (ANCHORS.size < 10_000) ANCHORS.set(label, anchor);
  return anchor;
}
const ANCHORS = new Map<string, string | undefined>();

/** The dictionary entries of a figure table's columns (definition links need `siteUrl`). */
export function tableColumns(table: TableSpec, siteUrl?: string): DictionaryColumn[] {
  const out: DictionaryColumn[] = [];
  if (table.rowKeyLabel) out.push({ name: table.rowKeyLabel, label: table.rowKeyLabel, type: 'code', unit: '', definition: '行的标识（如地区标识）。' });
  const monthKeyed = !table.rowKeyLabel && table.rows.some((r) => r.key);
  out.push({
    name: table.rowHeader ?? '月份',
    label: table.rowHeader ?? '月份',
    type: monthKeyed ? 'month' : 'text',
    unit: '',
    definition: monthKeyed ? '月份，格式YYYY-MM。' : '行名。',
  });
  for (const c of table.columns) {
    const anchor = measureAnchor(c.label);
    out.push({
      ...(anchor && siteUrl ? { definition_url: new URL(`/methodology/#${anchor}`, siteUrl).href } : {}),
      name: columnName(c),
      label: c.label,
      type: c.unit === 'persons' ? 'integer' : c.unit === 'percent' ? 'number' : 'text',
      unit: c.unit ? unitLabel(c.unit) : '',
      definition: c.definition ?? (c.unit === 'percent' ? '百分数，保留一位小数（与网页相同）；空白表示无数据。' : c.unit === 'persons' ? '人数；空白表示无数据。' : '与网页表格相同的文字。'),
    });
  }
  return out;
}

function unitLabel(u: TableUnit): string {
  return u === 'persons' ? '人' : '%';
}

// ─── Metadata and dictionary ───

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

/** What every download's `meta` states. */
export interface DownloadMeta {
  title: string;
  description: string;
  dataset: string;
  publisher: string;
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

/**
 * JSON with a trailing newline, readable but compact: objects are indented, arrays of
 * records (rows) hold one record per line, so large files stay small and diffable.
 */
export function jsonFile(value: unknown): string {
  return [...jsonChunks(value)].join('');
}

/** jsonFile in pieces: records of a long array (or RecordList) CHUNK_ROWS at a time. */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value instanceof RecordList || (value !== null && typeof value === 'object' && !Array.isArray(value))) {
    yield* prettyChunks(value, '');
    yield '\n';
  } else yield `${pretty(value, '')}\n`;
}

function* prettyChunks(v: unknown, indent: string): Generator<string> {
  const inner = indent + '  ';
  if (v instanceof RecordList) {
    if (!v.length) {
      yield '[]';
      return;
    }
    let out = '[\n';
    let n = 0;
    let first = true;
    for (const record of v) {
      out += (first ? '' : ',\n') + inner + JSON.stringify(record);
      first = false;
      if (++n === CHUNK_ROWS) {
        yield out;
        out = '';
        n = 0;
      }
    }
    yield `${out}\n${indent}]`;
    return;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (!entries.length) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      const [k, x] = entries[i]!;
      yield `${inner}${JSON.stringify(k)}: `;
      yield* prettyChunks(x, inner);
      yield i < entries.length - 1 ? ',\n' : `\n${indent}}`;
    }
    return;
  }
  yield pretty(v, indent);
}

function pretty(v: unknown, indent: string): string {
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    const inner = indent + '  ';
    const rows = v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
    return `[\n${v.map((x) => inner + (rows ? JSON.stringify(x) : pretty(x, inner))).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (!entries.length) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${pretty(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

/** The whole dataset as one JSON object (published employers only — pass `getSite().employers`). */
export function datasetJson(dataset: Dataset, published: readonly Employer[], model: Model, meta: DownloadMeta): unknown {
  return {
    meta,
    regions: new RecordList(DATASET_FILES.regions, dataset.regions),
    targets: new RecordList(DATASET_FILES.targets, dataset.targets),
    monthly: new RecordList(DATASET_FILES.monthly, dataset.monthly),
    groups: new RecordList(DATASET_FILES.groups, dataset.groups),
    employers: new RecordList(DATASET_FILES.employers, published),
    province: new RecordList(PROVINCE_FILE, provinceRows(model)),
  };
}

/** One region as a JSON object: its row, targets, months, groups and published employers. */
export function regionJson(dataset: Dataset, published: readonly Employer[], model: Model, region: Region, meta: DownloadMeta): unknown {
  return {
    meta,
    region: fileRecords(DATASET_FILES.regions, [region])[0],
    targets: fileRecords(DATASET_FILES.targets, byRegion(dataset.targets, region.id)),
    monthly: fileRecords(regionFile(region), regionRows(model, region)),
    groups: fileRecords(DATASET_FILES.groups, byRegion(dataset.groups, region.id)),
    employers: fileRecords(DATASET_FILES.employers, byRegion(published, region.id)),
  };
}

const BY_REGION = new WeakMap<readonly { region: string }[], Map<string, { region: string }[]>>();

/**
 * The records of one region, in their order, from a grouping made once per list: each region's
 * JSON file used to filter the whole list (330 regions × 640,000 group rows at national scale).
 */
function byRegion<T extends { region: string }>(records: readonly T[], region: string): T[] {
  let groups = BY_REGION.get(records);
  if (!groups) {
    groups = new Map();
    for (const r of records) {
      const list = groups.get(r.region);
      if (list) list.push(r);
      else groups.set(r.region, [r]);
    }
    BY_REGION.set(records, groups);
  }
  return (groups.get(region) ?? []) as T[];
}

/** Every downloadable file's columns, for /data/dictionary.json and the /data/ page. */
export function dictionary(siteUrl: string, regionExample: Region | undefined): { file: string; title: string; description: string; columns: DictionaryColumn[] }[] {
  const files: { path: string; title: string; description: string; columns: DictionaryColumn[] }[] = [
    ...Object.values(DATASET_FILES).map((f) => ({ path: f.path, title: f.title, description: f.description, columns: describeColumns(f as FileSpec<unknown>, siteUrl) })),
    { path: PROVINCE_FILE.path, title: PROVINCE_FILE.title, description: PROVINCE_FILE.description, columns: describeColumns(PROVINCE_FILE, siteUrl) },
  ];
  if (regionExample) {
    const f = regionFile(regionExample);
    files.push({ path: '/data/regions/<id>.csv', title: '各地区（按月）', description: '每个地区一个文件，列相同。', columns: describeColumns(f, siteUrl) });
  }
  return files.map((f) => ({ file: f.path, title: f.title, description: f.description, columns: f.columns }));
}

/** The dictionary as a CSV (one row per file and column). */
export function dictionaryCsv(entries: ReturnType<typeof dictionary>): string {
  const rows: CellValue[][] = [];
  for (const f of entries) for (const c of f.columns) rows.push([f.file, c.name, c.label, c.type, c.unit, c.definition, c.definition_url]);
  return toCsv(['file', 'column', 'label', 'type', 'unit', 'definition', 'definition_url'], rows);
}
