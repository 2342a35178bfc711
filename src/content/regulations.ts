/**
 * The rules articles may rely on: the laws, regulations and policy documents in
 * force for the dataset's period (2004–2005). An article's `rules` frontmatter
 * cites them by key, so every article says exactly what it rests on and cannot
 * cite a document missing from this list (for instance the Social Insurance Law,
 * which was only passed in 2010). Add a document here, with its number and dates,
 * before an article cites it; an article dated before a document's `issued` day
 * cannot cite it (src/content/period.ts).
 */

/** One citable document. */
export interface Regulation {
  /** The name as it is cited, with 《》 for titled documents. */
  name: string;
  /** Document number (文号), e.g. 国务院令第259号. */
  number: string;
  /** Who issued it. */
  issuer: string;
  /** When it was issued and took effect, as readers should see it. */
  dates: string;
  /**
   * The day it was issued (YYYY-MM-DD), or its month (YYYY-MM) when only that is known:
   * an article dated before it cannot cite it (src/content/period.ts).
   */
  issued: string;
  /** The site's own page of the document, when it has one; provisions link to anchors on it. */
  href?: string;
}

/** Every document articles may cite, by key (the key is what frontmatter uses). */
export const REGULATIONS = {
  'labour-law-1994': {
    name: '《中华人民共和国劳动法》',
    number: '中华人民共和国主席令第二十八号',
    issuer: '全国人民代表大会常务委员会',
    dates: '1994年7月5日公布，1995年1月1日起施行',
    issued: '1994-07-05',
  },
  'pension-1997': {
    name: '《国务院关于建立统一的企业职工基本养老保险制度的决定》',
    number: '国发〔1997〕26号',
    issuer: '国务院',
    dates: '1997年7月16日',
    issued: '1997-07-16',
  },
  'medical-1998': {
    name: '《国务院关于建立城镇职工基本医疗保险制度的决定》',
    number: '国发〔1998〕44号',
    issuer: '国务院',
    dates: '1998年12月14日',
    issued: '1998-12-14',
  },
  'unemployment-1999': {
    name: '《失业保险条例》',
    number: '国务院令第258号',
    issuer: '国务院',
    dates: '1999年1月22日发布施行',
    issued: '1999-01-22',
  },
  'contribution-1999': {
    name: '《社会保险费征缴暂行条例》',
    number: '国务院令第259号',
    issuer: '国务院',
    dates: '1999年1月22日发布施行',
    issued: '1999-01-22',
  },
  'work-injury-2003': {
    name: '《工伤保险条例》',
    number: '国务院令第375号',
    issuer: '国务院',
    dates: '2003年4月27日公布，2004年1月1日起施行',
    issued: '2003-04-27',
  },
  'migrant-work-injury-2004': {
    name: '《劳动和社会保障部关于农民工参加工伤保险有关问题的通知》',
    number: '劳社部发〔2004〕18号',
    issuer: '劳动和社会保障部',
    dates: '2004年6月',
    issued: '2004-06',
  },
  'inspection-2004': {
    name: '《劳动保障监察条例》',
    number: '国务院令第423号',
    issuer: '国务院',
    dates: '2004年11月1日公布，2004年12月1日起施行',
    issued: '2004-11-01',
  },
  'liaoning-2005-39': {
    name: '《辽宁省人民政府办公厅转发省劳动保障厅关于做好全省扩大社会保险覆盖范围工作意见的通知》',
    number: '辽政办发〔2005〕39号',
    issuer: '辽宁省人民政府办公厅',
    dates: '2005年5月16日印发（所转发的意见落款2005年4月24日）',
    issued: '2005-05-16',
    href: '/notice/',
  },
  'unemployment-benefit-2000': {
    name: '《失业保险金申领发放办法》',
    number: '劳动和社会保障部令第8号',
    issuer: '劳动和社会保障部',
    dates: '2000年10月26日发布，2001年1月1日起施行',
    issued: '2000-10-26',
  },
  'trade-union-2001': {
    name: '《中华人民共和国工会法》（2001年修正）',
    number: '中华人民共和国主席令第六十二号',
    issuer: '全国人民代表大会常务委员会',
    dates: '2001年10月27日修正公布施行',
    issued: '2001-10-27',
  },
  'flexible-medical-2003': {
    name: '《关于城镇灵活就业人员参加基本医疗保险的指导意见》',
    number: '劳社厅发〔2003〕10号',
    issuer: '劳动和社会保障部办公厅',
    dates: '2003年5月26日',
    issued: '2003-05-26',
  },
  'hotline-12333-2003': {
    name: '劳动和社会保障部关于启用12333劳动保障咨询电话的函',
    number: '劳社部函〔2003〕84号',
    issuer: '劳动和社会保障部',
    dates: '2003年5月27日',
    issued: '2003-05-27',
  },
  'labour-relation-2005': {
    name: '《劳动和社会保障部关于确立劳动关系有关事项的通知》',
    number: '劳社部发〔2005〕12号',
    issuer: '劳动和社会保障部',
    dates: '2005年5月25日',
    issued: '2005-05-25',
  },
  'pension-2005': {
    name: '《国务院关于完善企业职工基本养老保险制度的决定》',
    number: '国发〔2005〕38号',
    issuer: '国务院',
    dates: '2005年12月3日',
    issued: '2005-12-03',
  },
} as const satisfies Record<string, Regulation>;

/** A key of REGULATIONS. */
export type RegulationKey = keyof typeof REGULATIONS;

/** The keys, for the schema's enum. */
export const REGULATION_KEYS = Object.keys(REGULATIONS) as [RegulationKey, ...RegulationKey[]];
