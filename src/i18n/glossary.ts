/**
 * The one place where Chinese terms live. Code uses the English keys of the data
 * contract (`pension`, `enrolled`…); everything a reader sees comes from here.
 */
import type { GroupKey, Insurance } from '../data/types';

/** Names of each insurance: full (as in the notice), short (for tables and charts). */
export const INSURANCE_NAMES: Record<Insurance, { full: string; short: string }> = {
  pension: { full: '企业职工基本养老保险', short: '养老保险' },
  unemployment: { full: '失业保险', short: '失业保险' },
  medical: { full: '基本医疗保险', short: '医疗保险' },
  work_injury: { full: '工伤保险', short: '工伤保险' },
};

/** Values accepted in the `insurance` columns besides the English keys (data contract). */
export const INSURANCE_ALIASES: Record<string, Insurance> = {
  企业职工基本养老保险: 'pension',
  养老保险: 'pension',
  基本养老保险: 'pension',
  失业保险: 'unemployment',
  基本医疗保险: 'medical',
  医疗保险: 'medical',
  工伤保险: 'work_injury',
};

/** Chinese names of the priority groups of groups.csv. */
export const GROUP_NAMES: Record<GroupKey, string> = {
  private_enterprise: '民营企业',
  non_public: '非公有制经济组织从业人员',
  flexible: '灵活就业人员',
  public_institution: '事业单位',
  foreign_invested: '外商投资企业',
  restructured: '转制企业',
  urban_private: '城镇私营企业',
  individual_business: '有雇工的个体工商户',
  central_provincial: '中省直企业职工',
  struggling_retirees: '困难企业退休人员',
  high_risk: '矿山、建筑等高风险企业',
  migrant: '农民工',
};

/** The measures shown on the site, with the words readers see. */
export const MEASURE_NAMES = {
  enrolled: '参保人数',
  due: '应缴费人数',
  paid: '实际缴费人数',
  newEnrolled: '新增参保人数',
  newPaid: '新增参保缴费人数',
  contributionRate: '缴费率',
  newContributionRate: '新增参保人员缴费率',
  target: '目标',
  completion: '完成率',
} as const;

/** Region kinds. */
export const REGION_KIND_NAMES = { city: '市', provincial: '省本级' } as const;

/** Anchors of each measure's definition on /methodology/ (e.g. /methodology/#contribution-rate). */
export const MEASURE_ANCHORS: Record<keyof typeof MEASURE_NAMES, string> = {
  enrolled: 'enrolled',
  due: 'due',
  paid: 'paid',
  newEnrolled: 'new-enrolled',
  newPaid: 'new-paid',
  contributionRate: 'contribution-rate',
  newContributionRate: 'new-contribution-rate',
  target: 'target',
  completion: 'completion',
};

/** Words of the journalist tools (downloads, citations, embeds). */
export const TOOL_TERMS = {
  tools: '嵌入与下载',
  cite: '引用本页',
  citeFigure: '引用此图',
  embedCode: '嵌入代码',
  definitions: '定义',
  version: '数据版本',
  methodology: '方法说明',
  releases: '发布记录',
  provincial: '省本级',
  priorityGroups: '重点群体',
} as const;

/** Labels of a named employer's fields on its page (the data contract's column aliases, reworded where clearer). */
export const EMPLOYER_FIELD_NAMES = {
  name: '单位名称',
  creditCode: '统一社会信用代码',
  region: '地区',
  insurances: '未参保险种',
  workers: '涉及职工人数',
  violation: '违法事实',
  penalty: '处理处罚情况',
  legalBasis: '处罚依据',
  decisionNo: '处罚决定书文号',
  authority: '处罚机关',
  decidedOn: '处罚日期',
  notifiedOn: '书面告知日期',
  publishedOn: '公布日期',
  expiresOn: '公布截止日期',
  rectifiedOn: '整改日期',
} as const;

/** Words of the named-employer pages. */
export const EMPLOYER_TERMS = {
  /** The section and the list: employers exposed after a penalty (曝光, as the notice says). */
  named: '曝光单位',
  rectified: '已整改',
  notRectified: '尚未报告整改',
} as const;

/**
 * Who an article is written for (articles' `audiences` frontmatter). Keys are the
 * filter pages' URLs (/articles/audience/<key>/); the order is the display order.
 */
export const AUDIENCE_NAMES = {
  workers: '职工',
  migrant: '农民工',
  flexible: '灵活就业人员',
  private_employers: '民营企业主',
  public_institution: '事业单位职工',
  employers: '用人单位',
  unions: '工会干部',
} as const;
export type Audience = keyof typeof AUDIENCE_NAMES;

/** Words of the articles section. */
export const ARTICLE_TERMS = {
  section: '政策解读',
  rules: '本文依据',
  published: '发布',
  updated: '更新',
  audiences: '适用对象',
  insurances: '相关险种',
  poster: '海报版',
  copyLink: '复制链接',
  related: '相关解读',
  latest: '最新政策解读',
} as const;

/** The reports of the notice's cycle (按月报表, 每季度末阶段报告, 年末总结) and the year-end assessment. */
export const REPORT_NAMES = {
  month: '月报',
  quarter: '季度阶段报告',
  year: '年度总结',
  assessment: '年度考核',
  reports: '扩面工作报告',
  inProgress: '进行中',
  complete: '已结束',
  provisional: '初步结果',
  final: '年终结果',
  keyFigures: '主要数字',
  method: '口径说明',
} as const;

/** Quarters as the reports name them. */
export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

/** Measures of the reports, besides MEASURE_NAMES. */
export const REPORT_MEASURES = {
  changeFromPreviousMonth: '比上月增减',
  changeFromPreviousYear: '比上年末增减',
  growthRate: '增长率',
  growthInQuarter: '季内净增',
  newInQuarter: '季内新增参保',
  newInYear: '全年新增参保',
  /** Share of the year elapsed: month / 12. */
  pace: '时间进度',
  /** (enrolled − previous December) / (target − previous December). */
  growthCompletion: '净增任务进度',
  /** The pace-line figure: baseline + planned growth × share of the year. */
  expected: '按进度应达人数',
  shortfall: '差额',
  yearEnd: '年末参保人数',
  baseline: '上年末参保人数',
  rateTarget: '缴费率目标',
  newRateAim: '新增参保缴费率目标100%',
  verdict: '考核结论',
  overall: '总体',
  notReported: '未报送',
  provinceTotal: '全省合计',
} as const;

/**
 * The one status vocabulary (src/stats/status.ts): what cards, tables, reports, the
 * assessment, the tile map, share images and downloads say about an insurance of an area.
 */
export const STATUS_NAMES = {
  /** Year ended: every target of the insurance met (the assessment's 完成). */
  met: '已完成',
  /** Year ended: the enrolment or the contribution-rate target missed. */
  missed: '未完成',
  /** Year in progress: enrolment has reached the annual target already. */
  reached: '已达年度目标',
  ahead: '快于时间进度',
  on_pace: '符合时间进度',
  behind: '落后于时间进度',
  no_target: '未设目标',
  /** Year ended, a target but no December report. */
  no_data: '无法评定',
  /** Year in progress, no figure yet. */
  no_data_yet: '暂无数据',
  no_baseline: '进度无法判断',
  /** Year in progress, no insurance behind the pace. */
  noneBehind: '均不落后于时间进度',
  /** An area's overall result once the year has ended: exactly the assessment's. */
  overall: {
    met_all: '完成全部目标',
    not_met: '有目标未完成',
    incomplete: '部分无法评定',
    no_targets: '未设目标',
  },
} as const;

/** The state of a year or a report's period: different words from 已完成 (a target met). */
export const PERIOD_NAMES = {
  in_progress: '进行中',
  ended: '已结束',
} as const;

/** Verdicts of the assessment, per check and per insurance (src/stats/assessment.ts). */
export const VERDICT_NAMES = {
  met: STATUS_NAMES.met,
  not_met: STATUS_NAMES.missed,
  no_target: STATUS_NAMES.no_target,
  no_data: STATUS_NAMES.no_data,
} as const;

/** Verdicts before the year is complete (初步): a target not yet reached is 尚未完成, not a failure. */
export const PROVISIONAL_VERDICT_NAMES = {
  met: '已完成',
  not_met: '尚未完成',
  no_target: '未设目标',
  no_data: '无数据',
} as const;

/** A region's overall assessment result. */
export const OVERALL_NAMES = STATUS_NAMES.overall;

/** A region's overall result before the year is complete. */
export const PROVISIONAL_OVERALL_NAMES = {
  met_all: '已完成全部目标',
  not_met: '尚未全部完成',
  incomplete: '部分无数据',
  no_targets: '未设目标',
} as const;

/** Where an area stands against the pace (src/stats/pace.ts). */
export const PACE_NAMES = {
  met: STATUS_NAMES.reached,
  on_pace: '不落后于时间进度',
  behind: STATUS_NAMES.behind,
  no_target: '未设目标',
  no_data: '无数据',
  no_baseline: '缺上年末数据',
} as const;

/** Words of the priority-group sections (groups.csv). */
export const GROUP_TERMS = {
  groups: '重点群体',
  /** A group's enrolment over the insurance's enrolment, same area and month. */
  share: '占比',
  changeFromBaseline: '比上年末',
} as const;

