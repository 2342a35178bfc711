/**
 * The rules articles may rely on: the laws, regulations and policy documents in
 * force for the dataset's period (2004–2005). An article's `rules` frontmatter
 * cites them by key, so every article says exactly what it rests on and cannot
 * cite a document missing from this list (for instance the Social Insurance Law,
 * which was only passed in 2010). Add a document here, with its number and dates,
 * before an article cites it.
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
}

/** Every document articles may cite, by key (the key is what frontmatter uses). */
export const REGULATIONS = {
  'labour-law-1994': {
    name: '《中华人民共和国劳动法》',
    number: '中华人民共和国主席令第二十八号',
    issuer: '全国人民代表大会常务委员会',
    dates: '1994年7月5日公布，1995年1月1日起施行',
  },
  'pension-1997': {
    name: '《国务院关于建立统一的企业职工基本养老保险制度的决定》',
    number: '国发〔1997〕26号',
    issuer: '国务院',
    dates: '1997年7月16日',
  },
  'medical-1998': {
    name: '《国务院关于建立城镇职工基本医疗保险制度的决定》',
    number: '国发〔1998〕44号',
    issuer: '国务院',
    dates: '1998年12月14日',
  },
  'unemployment-1999': {
    name: '《失业保险条例》',
    number: '国务院令第258号',
    issuer: '国务院',
    dates: '1999年1月22日发布施行',
  },
  'contribution-1999': {
    name: '《社会保险费征缴暂行条例》',
    number: '国务院令第259号',
    issuer: '国务院',
    dates: '1999年1月22日发布施行',
  },
  'work-injury-2003': {
    name: '《工伤保险条例》',
    number: '国务院令第375号',
    issuer: '国务院',
    dates: '2003年4月27日公布，2004年1月1日起施行',
  },
  'migrant-work-injury-2004': {
    name: '《劳动和社会保障部关于农民工参加工伤保险有关问题的通知》',
    number: '劳社部发〔2004〕18号',
    issuer: '劳动和社会保障部',
    dates: '2004年',
  },
  'inspection-2004': {
    name: '《劳动保障监察条例》',
    number: '国务院令第423号',
    issuer: '国务院',
    dates: '2004年11月1日公布，2004年12月1日起施行',
  },
  'liaoning-2005-39': {
    name: '辽宁省人民政府办公厅社会保险扩面工作通知',
    number: '辽政办发〔2005〕39号',
    issuer: '辽宁省人民政府办公厅',
    dates: '2005年',
  },
} as const satisfies Record<string, Regulation>;

/** A key of REGULATIONS. */
export type RegulationKey = keyof typeof REGULATIONS;

/** The keys, for the schema's enum. */
export const REGULATION_KEYS = Object.keys(REGULATIONS) as [RegulationKey, ...RegulationKey[]];
