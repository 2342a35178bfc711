/**
 * Named example specs for the chart tests: each snapshot in __snapshots__/ is one of
 * these rendered. Values are hand-made, shaped like a province's 2024 reports.
 */
import type { BarChartSpec } from '../../src/charts/bar-chart';
import type { LineChartSpec } from '../../src/charts/line-chart';
import type { MonthPoint } from '../../src/charts/frame';
import type { ProgressSpec } from '../../src/charts/progress';
import type { CategoryBarSpec } from '../../src/charts/category-bars';

/** Axis ticks in 万, as the site formats them: 7200000 → "720万". */
export const wan = (n: number): string => (n === 0 ? '0' : `${Math.round((n / 1e4) * 10) / 10}万`);
/** Ratio ticks as whole percents: 0.9 → "90%". */
export const pct = (n: number): string => `${Math.round(n * 100)}%`;

/** Dec 2023 (baseline) to Dec 2024, as the year charts show. */
export const YEAR_2024 = ['2023-12', ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)];

const months = (values: readonly (number | null)[], domain: readonly string[] = YEAR_2024): MonthPoint[] =>
  values.map((y, i) => ({ x: domain[i]!, y }));

/** One area's enrolment in one insurance over the year, against its annual target. */
const enrolment = (
  spec: Pick<LineChartSpec, 'id' | 'title' | 'description' | 'yDomain'>,
  key: string,
  values: readonly (number | null)[],
  target: number,
): LineChartSpec => ({
  ...spec,
  xDomain: YEAR_2024,
  series: [{ key, label: '参保人数', points: months(values) }],
  yFormat: wan,
  reference: { value: target, label: `年度目标 ${wan(target)}` },
});

/** One series rising towards its annual target. */
export const enrolledWithTarget = enrolment(
  {
    id: 'enrolled-province-pension-2024',
    title: '全省养老保险参保人数',
    description: '2023年12月至2024年12月，全省养老保险参保人数由718.2万人增至746.9万人；年度目标750万人，完成99.6%。',
    yDomain: [7_000_000, 7_600_000],
  },
  'pension',
  [7182000, 7195000, 7214000, 7240000, 7262000, 7291000, 7318000, 7344000, 7371000, 7398000, 7420000, 7447000, 7469000],
  7_500_000,
);

/** Missing months: March and May are gaps, so April stands alone and must show as a dot. */
export const enrolledWithGaps = enrolment(
  {
    id: 'enrolled-dalian-medical-2024',
    title: '大连市医疗保险参保人数',
    description: '2024年3月、5月大连市未报送，图中留空；12月参保人数为412.6万人。',
    yDomain: [3_900_000, 4_200_000],
  },
  'medical',
  [4010000, 4022000, 4031000, null, 4050000, null, 4071000, 4080000, 4088000, 4097000, 4105000, 4116000, 4126000],
  4_150_000,
);

/** The four insurances together: direct labels at the line ends, each its own dash. */
export const fourInsurances: LineChartSpec = {
  id: 'enrolled-province-all-2024',
  title: '全省四项保险参保人数',
  description: '2024年全省医疗保险参保人数最多，12月为1,968万人；失业保险最少，为512万人。',
  xDomain: YEAR_2024,
  series: [
    { key: 'pension', label: '养老保险', points: months([718, 720, 721, 724, 726, 729, 732, 734, 737, 740, 742, 745, 747].map((v) => v * 1e4)) },
    { key: 'unemployment', label: '失业保险', points: months([498, 499, 500, 501, 503, 504, 505, 506, 508, 509, 510, 511, 512].map((v) => v * 1e4)) },
    { key: 'medical', label: '医疗保险', points: months([1940, 1942, 1945, 1947, 1950, 1952, 1955, 1957, 1960, 1962, 1964, 1966, 1968].map((v) => v * 1e4)) },
    { key: 'work_injury', label: '工伤保险', points: months([560, 562, 565, 567, 570, null, 575, 577, 580, 583, 585, 588, 590].map((v) => (v === null ? null : v * 1e4))) },
  ],
  yFormat: wan,
};

/** A percent axis from 80% with the 90% contribution-rate target and a second rate. */
export const contributionRate: LineChartSpec = {
  id: 'rate-province-pension-2024',
  title: '全省养老保险缴费率',
  description: '2024年12月，全省养老保险缴费率为92.4%，高于90%的目标；新增参保人员缴费率为97.1%（目标100%）。',
  xDomain: YEAR_2024,
  series: [
    { key: 'rate', label: '缴费率', points: months([0.871, 0.868, 0.874, 0.882, 0.889, 0.893, 0.897, 0.902, 0.906, 0.911, 0.915, 0.92, 0.924]) },
    { key: 'new-rate', label: '新增参保人员缴费率', points: months([null, 0.93, 0.941, 0.945, 0.95, 0.952, 0.955, 0.958, 0.962, 0.965, 0.967, 0.969, 0.971]) },
  ],
  yFormat: pct,
  yDomain: [0.8, 1],
  reference: { value: 0.9, label: '目标 90%' },
};

/** New enrolments per month with May missing. */
export const newEnrolledWithGap: BarChartSpec = {
  id: 'new-province-pension-2024',
  title: '全省养老保险每月新增参保人数',
  description: '2024年全省养老保险每月新增参保人数在1.3万至3.2万人之间；5月未报送，图中留空。',
  xDomain: YEAR_2024.slice(1),
  key: 'pension',
  label: '新增参保人数',
  points: months([21000, 13000, 26000, 32000, null, 27000, 26500, 26000, 27000, 22000, 27000, 22000], YEAR_2024.slice(1)),
  yFormat: wan,
  reference: { value: 25_000, label: '月均目标 2.5万' },
};

/** Progress labels in 万 with one decimal. */
const wanTenths = (n: number): string => `${Math.round(n / 1e3) / 10}万`;

/** Progress below target. */
export const progressUnder: ProgressSpec = {
  id: 'bar-province-pension-2024',
  label: '企业职工基本养老保险',
  value: 7_205_000,
  target: 7_500_000,
  format: wanTenths,
};

/** Progress above target: the fill runs past the target mark. */
export const progressOver: ProgressSpec = {
  id: 'bar-province-work-injury-2024',
  label: '工伤保险',
  value: 6_240_000,
  target: 6_000_000,
  format: wanTenths,
  color: '#D55E00',
};

/** No target set: text only, no bar. */
export const progressNoTarget: ProgressSpec = {
  id: 'bar-shenyang-unemployment-2024',
  label: '失业保险',
  value: 1_234_000,
  target: null,
  format: wanTenths,
};

/** Completion of the year's net growth by region at a quarter's end, against the pace line. */
export const categoryPace: CategoryBarSpec = {
  id: 'pace-pension-2005-q2',
  title: '各地区养老保险净增任务进度（2005年第二季度末）',
  description: '时间进度50%；朝阳市、铁岭市落后于时间进度，省本级未设目标。',
  bars: [
    { label: '沈阳市', value: 0.612 },
    { label: '朝阳市', value: 0.31, highlight: true },
    { label: '铁岭市', value: -0.05, highlight: true },
    { label: '省本级', value: null, note: '未设目标' },
    { label: '葫芦岛市', value: 1.18 },
  ],
  format: pct,
  reference: { value: 0.5, label: '时间进度 50%' },
  domain: [0, 1],
  barLabel: '按进度',
  highlightLabel: '落后于时间进度',
};

/** Change from the previous month by region, some negative, one missing. */
export const categoryChange: CategoryBarSpec = {
  id: 'change-unemployment-2005-06',
  title: '各地区失业保险参保人数比上月增减（2005年6月）',
  description: '大连市减少0.21万人，阜新市未报送。',
  bars: [
    { label: '沈阳市', value: 8100 },
    { label: '大连市', value: -2100, highlight: true },
    { label: '阜新市', value: null },
  ],
  format: (n) => (n > 0 ? `+${wan(n)}` : n < 0 ? `−${wan(-n)}` : '0'),
  axisFormat: wan,
  highlightLabel: '减少',
  barLabel: '增加',
};

/** Completion by region, every value within a few points of the target: bars from the 100% line. */
export const categoryCompletion: CategoryBarSpec = {
  id: 'completion-pension-2005',
  title: '各地区养老保险参保人数目标完成率（2005年末）',
  description: '阜新市、抚顺市未完成。',
  bars: [
    { label: '沈阳市', value: 1.01 },
    { label: '阜新市', value: 0.971, highlight: true },
    { label: '抚顺市', value: 1.005, highlight: true },
    { label: '大连市', value: 1.016 },
  ],
  format: pct,
  reference: { value: 1, label: '目标 100%' },
  baseline: 1,
  barLabel: '完成',
  highlightLabel: '未完成',
};
