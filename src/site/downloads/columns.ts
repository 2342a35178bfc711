/**
 * The columns of the dataset downloads: one declaration per column feeds the CSV, the
 * JSON and the data dictionary. Dataset files keep the data contract's English column
 * keys, so a download is itself valid input for this site's build; gaps are empty cells,
 * never 0 and never a partial sum.
 */
import type { Employer, GroupReport, Insurance, Month, MonthlyReport, Region, Target } from '../../data/types';
import { GROUP_NAMES, INSURANCE_NAMES, MEASURE_NAMES, REGION_KIND_NAMES } from '../../i18n/glossary';
import { GROUP_NAMES_EN, INSURANCE_NAMES_EN, MEASURE_NAMES_EN, REGION_KIND_NAMES_EN } from '../../i18n/en';
import type { Point } from '../../stats/model';
import type { CellValue } from './csv';

/** A ratio as a percent with one decimal, as the site shows it (0.92349 → 92.3). */
export function percentValue(ratio: number | null | undefined): number | null {
  if (ratio == null) return null;
  return Math.round(ratio * 1000) / 10;
}

/** The kind of value in a column, as the dictionary states it. */
export type ColumnType = 'text' | 'integer' | 'number' | 'month' | 'date' | 'code';

/** The units a column may have (empty when none). */
export type ColumnUnit = '' | '人' | '%' | '年';

/** Each unit in English, for the English data dictionary. */
export const COLUMN_UNITS_EN: Record<ColumnUnit, string> = { '': '', 人: 'persons', '%': '%', 年: 'year' };

/** Each type in words, for the data dictionary on /data/. */
export const COLUMN_TYPE_NAMES: Record<ColumnType, string> = { text: '文本', integer: '整数', number: '数值', month: '月份', date: '日期', code: '代码' };

/** Each type in English, for the English data dictionary. */
export const COLUMN_TYPES_EN: Record<ColumnType, string> = { text: 'text', integer: 'whole number', number: 'number', month: 'month (YYYY-MM)', date: 'date (YYYY-MM-DD)', code: 'code' };

/** One column of a download file: name, Chinese label, unit, definition and accessor. */
export interface Column<R> {
  /** Header in the CSV and key in the JSON. */
  name: string;
  /** Chinese name. */
  label: string;
  type: ColumnType;
  unit: ColumnUnit;
  /** What the value means, in Chinese. */
  definition: string;
  /** The label and definition in English, for /en/data/ (required, so that no column lacks them). */
  en: { label: string; definition: string };
  /** Link to its definition on /methodology/, when there is one. */
  anchor?: string;
  value: (r: R) => CellValue;
}

const insuranceValues = Object.entries(INSURANCE_NAMES)
  .map(([k, v]) => `${k}（${v.full}）`)
  .join('、');
const insuranceValuesEn = Object.entries(INSURANCE_NAMES_EN)
  .map(([k, v]) => `${k} (${v.full})`)
  .join(', ');
const NOT_REPORTED_EN = 'Empty: not reported.';

/** Columns shared by many files, written as the others are: one line each. */
const col = {
  month: <R extends { month: Month }>(): Column<R> => ({ name: 'month', label: '月份', type: 'month', unit: '', definition: '报表所属月份，格式YYYY-MM；数字为该月月末（或当月）的情况。', en: { label: 'Month', definition: 'The month of the return, as YYYY-MM; figures are for the end of the month (or for the month).' }, value: (r) => r.month }),
  region: <R extends { region: string }>(): Column<R> => ({ name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识（见 regions.csv 的 id）。', en: { label: 'Region', definition: 'The region’s identifier (the id of regions.csv).' }, value: (r) => r.region }),
  insurance: <R extends { insurance: Insurance }>(): Column<R> => ({ name: 'insurance', label: '险种', type: 'code', unit: '', definition: `险种标识：${insuranceValues}。`, en: { label: 'Insurance', definition: `The insurance’s identifier: ${insuranceValuesEn}.` }, value: (r) => r.insurance }),
  insuranceName: <R extends { insurance: Insurance }>(): Column<R> => ({ name: 'insurance_name', label: '险种名称', type: 'text', unit: '', definition: '险种的中文全称。', en: { label: 'Insurance name', definition: 'The insurance’s full name in Chinese.' }, value: (r) => INSURANCE_NAMES[r.insurance].full }),
};

export type Counts = Pick<Point, 'enrolled' | 'due' | 'paid' | 'newEnrolled' | 'newPaid'>;
export type Rates = Pick<Point, 'contributionRate' | 'newContributionRate'>;

function countColumns<R extends Partial<Counts>>(): Column<R>[] {
  return [
    { name: 'enrolled', label: MEASURE_NAMES.enrolled, type: 'integer', unit: '人', anchor: 'enrolled', definition: '月末参加该险种的人数。', en: { label: MEASURE_NAMES_EN.enrolled, definition: 'Persons insured under the insurance at the end of the month.' }, value: (r) => r.enrolled },
    { name: 'due', label: MEASURE_NAMES.due, type: 'integer', unit: '人', anchor: 'due', definition: '当月按规定应当缴费的参保人数；不超过参保人数。空白表示未报送该项。', en: { label: MEASURE_NAMES_EN.due, definition: `Insured persons required to pay contributions in the month; never more than the insured. ${NOT_REPORTED_EN}` }, value: (r) => r.due },
    { name: 'paid', label: MEASURE_NAMES.paid, type: 'integer', unit: '人', anchor: 'paid', definition: '当月实际缴费的人数；不超过应缴费人数。空白表示未报送该项。', en: { label: MEASURE_NAMES_EN.paid, definition: `Persons who paid contributions in the month; never more than those due to contribute. ${NOT_REPORTED_EN}` }, value: (r) => r.paid },
    { name: 'new_enrolled', label: MEASURE_NAMES.newEnrolled, type: 'integer', unit: '人', anchor: 'new-enrolled', definition: '当月新增参保的人数。空白表示未报送该项。', en: { label: MEASURE_NAMES_EN.newEnrolled, definition: `Persons newly insured in the month. ${NOT_REPORTED_EN}` }, value: (r) => r.newEnrolled },
    { name: 'new_paid', label: MEASURE_NAMES.newPaid, type: 'integer', unit: '人', anchor: 'new-paid', definition: '当月新增参保人员中已缴费的人数；不超过新增参保人数。空白表示未报送该项。', en: { label: MEASURE_NAMES_EN.newPaid, definition: `Of the persons newly insured in the month, the number who paid contributions; never more than the newly insured. ${NOT_REPORTED_EN}` }, value: (r) => r.newPaid },
  ];
}

function rateColumns<R extends Rates>(): Column<R>[] {
  return [
    { name: 'contribution_rate', label: MEASURE_NAMES.contributionRate, type: 'number', unit: '%', anchor: 'contribution-rate', definition: '实际缴费人数÷应缴费人数，百分数，保留一位小数（与网页相同）；精确值可由两列人数算出。', en: { label: MEASURE_NAMES_EN.contributionRate, definition: 'Persons who contributed ÷ persons due to contribute, as a percentage with one decimal (as on the pages); the exact value can be computed from the two counts.' }, value: (r) => percentValue(r.contributionRate) },
    { name: 'new_contribution_rate', label: MEASURE_NAMES.newContributionRate, type: 'number', unit: '%', anchor: 'new-contribution-rate', definition: '新增参保缴费人数÷新增参保人数，百分数，保留一位小数。', en: { label: MEASURE_NAMES_EN.newContributionRate, definition: 'Newly insured persons who contributed ÷ newly insured persons, as a percentage with one decimal.' }, value: (r) => percentValue(r.newContributionRate) },
  ];
}

export const regionColumns: Column<Region>[] = [
  { name: 'id', label: '标识', type: 'code', unit: '', definition: '地区标识，也是网址的一部分：/cities/<id>/。', en: { label: 'Identifier', definition: 'The region’s identifier, also part of its address: /en/cities/<id>/ (in Chinese /cities/<id>/).' }, value: (r) => r.id },
  { name: 'name', label: '名称', type: 'text', unit: '', definition: '地区名称。', en: { label: 'Name', definition: 'The region’s name in Chinese.' }, value: (r) => r.name },
  { name: 'name_en', label: '英文名称', type: 'text', unit: '', definition: '英文名称（可空）。', en: { label: 'English name', definition: 'The region’s name in English (may be empty).' }, value: (r) => r.nameEn },
  { name: 'code', label: '区划代码', type: 'code', unit: '', definition: '行政区划代码（GB/T 2260，6位）；省本级为空。', en: { label: 'Division code', definition: 'Administrative division code (GB/T 2260, six digits); empty for the provincial level.' }, value: (r) => r.code },
  { name: 'kind', label: '类型', type: 'code', unit: '', anchor: 'provincial', definition: `city（${REGION_KIND_NAMES.city}）或 provincial（${REGION_KIND_NAMES.provincial}：在省级参保的中央、省属单位）。`, en: { label: 'Kind', definition: `city (${REGION_KIND_NAMES_EN.city.toLowerCase()}) or provincial (${REGION_KIND_NAMES_EN.provincial.toLowerCase()}: central and provincial units insured at provincial level).` }, value: (r) => r.kind },
];

export const targetColumns: Column<Target>[] = [
  { name: 'year', label: '年度', type: 'integer', unit: '年', definition: '计划年度。', en: { label: 'Year', definition: 'The plan year.' }, value: (r) => r.year },
  { name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识；province 表示全省目标。', en: { label: 'Region', definition: 'The region’s identifier; province for the target of the whole province.' }, value: (r) => r.region },
  col.insurance<Target>(),
  { name: 'enrolled', label: '参保人数目标', type: 'integer', unit: '人', anchor: 'target', definition: '扩面计划下达的年末参保人数目标。', en: { label: 'Target for insured persons', definition: 'The number of insured persons at the end of the year that the coverage plan sets.' }, value: (r) => r.enrolled },
  { name: 'contribution_rate', label: '缴费率目标', type: 'number', unit: '%', anchor: 'contribution-rate', definition: '缴费率应高于的百分数（可空：未设定）。', en: { label: 'Contribution rate target', definition: 'The percentage the contribution rate must be above (may be empty: none set).' }, value: (r) => r.contributionRate },
];

export const monthlyColumns: Column<MonthlyReport>[] = [col.month(), col.region(), col.insurance(), ...countColumns<MonthlyReport>()];

export const groupColumns: Column<GroupReport>[] = [
  col.month(),
  col.region(),
  col.insurance(),
  { name: 'group', label: '重点群体', type: 'code', unit: '', anchor: 'groups', definition: `重点群体标识：${Object.entries(GROUP_NAMES).map(([k, v]) => `${k}（${v}）`).join('、')}。`, en: { label: 'Priority group', definition: `The group’s identifier: ${Object.entries(GROUP_NAMES_EN).map(([k, v]) => `${k} (${v.toLowerCase()})`).join(', ')}.` }, value: (r) => r.group },
  { name: 'enrolled', label: '参保人数', type: 'integer', unit: '人', anchor: 'groups', definition: '该群体月末参保人数。', en: { label: MEASURE_NAMES_EN.enrolled, definition: 'Insured persons of the group at the end of the month.' }, value: (r) => r.enrolled },
];

export const employerColumns: Column<Employer>[] = [
  { name: 'id', label: '编号', type: 'code', unit: '', definition: '条目编号，也是永久网址的一部分：/employers/<id>/。', en: { label: 'ID', definition: 'The entry’s number, also part of its permanent address: /employers/<id>/ (in Chinese).' }, value: (r) => r.id },
  { name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识。', en: { label: 'Region', definition: 'The region’s identifier.' }, value: (r) => r.region },
  { name: 'name', label: '单位名称', type: 'text', unit: '', definition: '受处罚单位的名称（不含任何自然人信息）。', en: { label: 'Employer', definition: 'The name of the penalised employer, in Chinese (never any personal data).' }, value: (r) => r.name },
  { name: 'credit_code', label: '统一社会信用代码', type: 'code', unit: '', definition: '18位统一社会信用代码（GB 32100，可空）。', en: { label: 'Unified social credit code', definition: 'The employer’s 18-character unified social credit code (GB 32100; may be empty).' }, value: (r) => r.creditCode },
  { name: 'insurance', label: '未参保险种', type: 'code', unit: '', definition: `未依法参加的险种，多个以“;”分隔：${insuranceValues}。`, en: { label: 'Insurances not joined', definition: `The insurances the employer had not joined as the law requires, separated by “;”: ${insuranceValuesEn}.` }, value: (r) => r.insurances.join(';') },
  { name: 'workers', label: '涉及职工人数', type: 'integer', unit: '人', definition: '处罚决定认定涉及的职工人数（可空）。', en: { label: 'Workers affected', definition: 'The number of workers affected, as the penalty decision finds (may be empty).' }, value: (r) => r.workers },
  { name: 'violation', label: '违法事实', type: 'text', unit: '', definition: '处罚决定认定的违法事实（原文）。', en: { label: 'Violation', definition: 'The violation as the penalty decision finds it (original Chinese text).' }, value: (r) => r.violation },
  { name: 'penalty', label: '处理处罚情况', type: 'text', unit: '', definition: '处理处罚情况（原文）。', en: { label: 'Penalty', definition: 'What was done and the penalty imposed (original Chinese text).' }, value: (r) => r.penalty },
  { name: 'legal_basis', label: '处罚依据', type: 'text', unit: '', definition: '处罚依据（可空）。', en: { label: 'Legal basis', definition: 'The legal basis of the penalty, in Chinese (may be empty).' }, value: (r) => r.legalBasis },
  { name: 'decision_no', label: '处罚决定书文号', type: 'text', unit: '', definition: '处罚决定书文号。', en: { label: 'Decision number', definition: 'The number of the penalty decision, in Chinese.' }, value: (r) => r.decisionNo },
  { name: 'decided_on', label: '处罚日期', type: 'date', unit: '', definition: '作出处罚决定的日期，YYYY-MM-DD。', en: { label: 'Decision date', definition: 'The date of the penalty decision, YYYY-MM-DD.' }, value: (r) => r.decidedOn },
  { name: 'authority', label: '处罚机关', type: 'text', unit: '', definition: '作出处罚决定的机关。', en: { label: 'Authority', definition: 'The authority that made the penalty decision, in Chinese.' }, value: (r) => r.authority },
  { name: 'notified_on', label: '告知日期', type: 'date', unit: '', anchor: 'naming', definition: '书面告知该单位将被公布的日期；公布日期至少在其10天之后。', en: { label: 'Notified on', definition: 'The date the employer was told in writing that it would be named; publication starts at least 10 days later.' }, value: (r) => r.notifiedOn },
  { name: 'published_on', label: '公布日期', type: 'date', unit: '', anchor: 'naming', definition: '开始公布的日期。', en: { label: 'Published on', definition: 'The date publication began.' }, value: (r) => r.publishedOn },
  { name: 'rectified_on', label: '整改日期', type: 'date', unit: '', anchor: 'naming', definition: '该单位为职工办理参保、完成整改的日期（可空：尚未整改）。', en: { label: 'Rectified on', definition: 'The date the employer insured its workers and put things right (may be empty: not yet).' }, value: (r) => r.rectifiedOn },
  { name: 'expires_on', label: '公布截止日期', type: 'date', unit: '', anchor: 'naming', definition: '自该日起不再公布（最长为公布日期后3年）。', en: { label: 'Published until', definition: 'From this date on the entry is no longer published (at most three years after the publication date).' }, value: (r) => r.expiresOn },
];

/** A row of the province or region aggregates: one month of one insurance, gaps as null. */
export interface AggregateRow extends Counts, Rates {
  month: Month;
  region?: string;
  insurance: Insurance;
  status: string;
}

export const provinceColumns: Column<AggregateRow>[] = [
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
    en: {
      label: 'Note',
      definition: 'Whether every region reported, in Chinese: if so, the figures are the sum of the regions; if not, it names the regions that did not report and the province figures for the month are empty (never a sum of some regions).',
    },
    value: (r) => r.status,
  },
];

export const regionMonthlyColumns: Column<AggregateRow>[] = [
  col.month(),
  { name: 'region', label: '地区', type: 'code', unit: '', definition: '地区标识（见 regions.csv 的 id）。', en: { label: 'Region', definition: 'The region’s identifier (the id of regions.csv).' }, value: (r) => r.region },
  col.insurance(),
  col.insuranceName(),
  ...countColumns<AggregateRow>(),
  ...rateColumns<AggregateRow>(),
  { name: 'status', label: '说明', type: 'text', unit: '', anchor: 'gaps', definition: '“已报送”或“未报送”（未报送的月份各项数字为空，未作估算）。', en: { label: 'Note', definition: 'Reported or not reported, in Chinese (a month not reported has empty figures, never an estimate).' }, value: (r) => r.status },
];
