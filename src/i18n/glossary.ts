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
