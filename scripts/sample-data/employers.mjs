/**
 * The sample's named employers (曝光单位), all fictional: the entries, their texts, and
 * the checks of due process and uniqueness that keep a mistake in the table from shipping.
 */
import { USCC_CHARS, usccCheck } from '../lib/synthetic.mjs';

/**
 * A made-up code: 91 (enterprise) + a Liaoning division code + 9 random characters.
 * The first of those is a letter, so no run of digits could read as an ID or phone number.
 */
function fakeCreditCode(id, division, rng) {
  const r = rng('uscc', id);
  const letters = USCC_CHARS.slice(10);
  let body = letters[Math.floor(r() * letters.length)];
  for (let i = 0; i < 8; i++) body += USCC_CHARS[Math.floor(r() * USCC_CHARS.length)];
  const first17 = `91${division}${body}`;
  return first17 + usccCheck(first17);
}

const AUTHORITY = {
  shenyang: ['沈阳市劳动和社会保障局', '沈劳社监罚'],
  dalian: ['大连市劳动和社会保障局', '大劳社监罚'],
  anshan: ['鞍山市劳动和社会保障局', '鞍劳社监罚'],
  fushun: ['抚顺市劳动和社会保障局', '抚劳社监罚'],
  benxi: ['本溪市劳动和社会保障局', '本劳社监罚'],
  dandong: ['丹东市劳动和社会保障局', '丹劳社监罚'],
  jinzhou: ['锦州市劳动和社会保障局', '锦劳社监罚'],
  yingkou: ['营口市劳动和社会保障局', '营劳社监罚'],
  fuxin: ['阜新市劳动和社会保障局', '阜劳社监罚'],
  liaoyang: ['辽阳市劳动和社会保障局', '辽阳劳社监罚'],
  panjin: ['盘锦市劳动和社会保障局', '盘劳社监罚'],
  tieling: ['铁岭市劳动和社会保障局', '铁劳社监罚'],
  chaoyang: ['朝阳市劳动和社会保障局', '朝劳社监罚'],
  huludao: ['葫芦岛市劳动和社会保障局', '葫劳社监罚'],
  provincial: ['辽宁省劳动和社会保障厅', '辽劳社监罚'],
};

const INS_NAME = {
  pension: '企业职工基本养老保险', unemployment: '失业保险', medical: '基本医疗保险', work_injury: '工伤保险',
};

/**
 * The entries. kind: A = never registered; B = under-declared headcount; C = no
 * work-injury cover in a risky trade (`trade`); D = stopped declaring. `sep` is how the
 * insurance list is written (the contract accepts 、 ; ；). `noCode`/`noBasis`/
 * `noWorkers` leave the optional columns empty. Dates follow the due-process rules;
 * the status each is meant to have on asOf is checked below.
 */
export const EMPLOYERS = [
  { id: 'shenyang-2005-01', region: 'shenyang', name: '沈阳示例甲机械制造有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 126, kind: 'A',
    decided: '2005-06-14', notified: '2005-06-20', published: '2005-07-15', status: 'published' },
  { id: 'shenyang-2005-02', region: 'shenyang', name: '沈阳示例乙建筑安装工程有限公司（示例）', ins: ['work_injury'], workers: 310, kind: 'C', trade: '建筑施工',
    decided: '2005-05-09', notified: '2005-05-16', published: '2005-06-01', rectified: '2005-08-22', status: 'published' },
  { id: 'shenyang-2005-03', region: 'shenyang', name: '示例"A&B"<科技>有限公司（示例）', ins: ['pension', 'medical'], sep: ';', workers: 48, kind: 'B',
    decided: '2005-08-03', notified: '2005-08-10', published: '2005-09-01', status: 'published' },
  { id: 'shenyang-2005-04', region: 'shenyang', name: '沈阳示例丙餐饮管理有限公司（示例）', ins: ['pension', 'unemployment', 'medical'], sep: '、', workers: 72, kind: 'A',
    decided: '2005-12-02', notified: '2005-12-09', published: '2006-01-09', status: 'embargoed' },
  { id: 'shenyang-2004-01', region: 'shenyang', name: '沈阳示例丁商贸有限公司（示例）', ins: ['pension'], workers: 35, kind: 'D',
    decided: '2004-09-20', notified: '2004-09-27', published: '2004-10-15', expires: '2005-10-14', status: 'expired' },
  { id: 'dalian-2005-01', region: 'dalian', name: '大连示例甲船舶配件有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 210, kind: 'A',
    decided: '2005-04-18', notified: '2005-04-25', published: '2005-05-16', rectified: '2005-07-05', status: 'published' },
  { id: 'dalian-2005-02', region: 'dalian', name: '大连示例乙物流有限公司（示例）', ins: ['pension', 'unemployment', 'medical', 'work_injury'], sep: ';', workers: 96, kind: 'A',
    decided: '2005-07-11', notified: '2005-07-18', published: '2005-08-08', status: 'published' },
  { id: 'dalian-2005-03', region: 'dalian', name: '大连示例丙电子有限公司（示例）', ins: ['work_injury'], workers: 154, kind: 'C', trade: '电子元件加工',
    decided: '2005-09-05', notified: '2005-09-12', published: '2005-10-10', status: 'published' },
  { id: 'dalian-2005-04', region: 'dalian', name: '大连示例丁水产品加工有限公司（示例）', ins: ['unemployment'], workers: 64, kind: 'D',
    decided: '2005-10-17', notified: '2005-10-24', published: '2005-11-14', revoked: '2005-12-05', status: 'revoked' },
  { id: 'dalian-2002-01', region: 'dalian', name: '大连示例戊服装有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 88, kind: 'A',
    decided: '2002-06-10', notified: '2002-06-17', published: '2002-07-08', noCode: true, status: 'expired-default' },
  { id: 'anshan-2005-01', region: 'anshan', name: '鞍山示例甲冶金辅料有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 143, kind: 'A',
    decided: '2005-05-23', notified: '2005-05-30', published: '2005-06-20', status: 'published' },
  { id: 'anshan-2005-02', region: 'anshan', name: '鞍山示例乙矿山工程有限公司（示例）', ins: ['work_injury'], workers: 265, kind: 'C', trade: '矿山井下作业',
    decided: '2005-03-14', notified: '2005-03-21', published: '2005-04-11', rectified: '2005-06-30', status: 'published' },
  { id: 'anshan-2005-03', region: 'anshan', name: '鞍山示例丙耐火材料有限公司(示例,原示例丁耐材厂)', ins: ['pension'], workers: 57, kind: 'B',
    decided: '2005-11-07', notified: '2005-11-14', published: '2005-12-05', status: 'published' },
  { id: 'fushun-2005-01', region: 'fushun', name: '抚顺示例甲煤矿机械有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 178, kind: 'D',
    decided: '2005-04-04', notified: '2005-04-11', published: '2005-05-09', status: 'published' },
  { id: 'fushun-2005-02', region: 'fushun', name: '抚顺示例乙石化检修有限公司（示例）', ins: ['work_injury', 'pension'], sep: ';', workers: 92, kind: 'C', trade: '石化设备检修',
    decided: '2005-08-15', notified: '2005-08-22', published: '2005-09-12', rectified: '2005-11-18', status: 'published' },
  { id: 'fushun-2005-03', region: 'fushun', name: '抚顺示例丙建材有限公司（示例）', ins: ['pension'], workers: 41, kind: 'A',
    decided: '2005-12-12', notified: '2005-12-16', published: '2006-01-16', noCode: true, status: 'embargoed' },
  { id: 'benxi-2005-01', region: 'benxi', name: '本溪示例甲矿业有限公司（示例）', ins: ['work_injury'], workers: 233, kind: 'C', trade: '矿山开采',
    decided: '2005-06-06', notified: '2005-06-13', published: '2005-07-04', status: 'published' },
  { id: 'benxi-2003-01', region: 'benxi', name: '本溪示例乙钢材加工有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 69, kind: 'D',
    decided: '2003-03-10', notified: '2003-03-17', published: '2003-04-07', rectified: '2003-06-20', expires: '2005-04-06', status: 'expired' },
  { id: 'dandong-2005-01', region: 'dandong', name: '丹东示例甲纺织有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 118, kind: 'A',
    decided: '2005-07-04', notified: '2005-07-11', published: '2005-08-01', status: 'published' },
  { id: 'dandong-2005-02', region: 'dandong', name: '丹东示例乙食品有限公司（示例）', ins: ['medical'], workers: 53, kind: 'B',
    decided: '2005-09-19', notified: '2005-09-26', published: '2005-10-17', rectified: '2005-12-08', status: 'published' },
  { id: 'jinzhou-2005-01', region: 'jinzhou', name: '锦州示例甲汽车配件有限公司（示例）', ins: ['pension', 'unemployment', 'medical'], sep: '、', workers: 97, kind: 'A',
    decided: '2005-05-16', notified: '2005-05-23', published: '2005-06-13', rectified: '2005-09-09', status: 'published' },
  { id: 'jinzhou-2005-02', region: 'jinzhou', name: '锦州示例乙建筑工程有限公司（示例）', ins: ['work_injury'], workers: 188, kind: 'C', trade: '建筑施工',
    decided: '2005-08-22', notified: '2005-08-29', published: '2005-09-19', status: 'published' },
  { id: 'jinzhou-2005-03', region: 'jinzhou', name: '锦州示例丙商场有限公司（示例）', ins: ['pension'], workers: 44, kind: 'D',
    decided: '2005-10-10', notified: '2005-10-17', published: '2005-11-07', revoked: '2005-12-20', status: 'revoked' },
  { id: 'yingkou-2005-01', region: 'yingkou', name: '营口示例甲镁制品有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 131, kind: 'A',
    decided: '2005-06-20', notified: '2005-06-27', published: '2005-07-18', status: 'published' },
  { id: 'yingkou-2005-02', region: 'yingkou', name: '营口示例乙港口装卸有限公司（示例）', ins: ['work_injury', 'pension'], sep: '、', workers: 205, kind: 'C', trade: '港口装卸',
    decided: '2005-04-11', notified: '2005-04-18', published: '2005-05-09', rectified: '2005-07-20', status: 'published' },
  { id: 'yingkou-2005-03', region: 'yingkou', name: '营口示例丙塑料制品有限公司（示例）', ins: ['medical', 'unemployment'], sep: '；', workers: 38, kind: 'B',
    decided: '2005-12-05', notified: '2005-12-12', published: '2006-01-05', status: 'embargoed' },
  { id: 'fuxin-2005-01', region: 'fuxin', name: '阜新示例甲煤炭洗选有限公司（示例）', ins: ['work_injury', 'pension'], sep: '、', workers: 164, kind: 'C', trade: '煤炭洗选',
    decided: '2005-07-25', notified: '2005-08-01', published: '2005-08-22', status: 'published' },
  { id: 'fuxin-2002-01', region: 'fuxin', name: '阜新示例乙机械修配有限公司（示例）', ins: ['pension'], workers: 52, kind: 'D',
    decided: '2002-09-02', notified: '2002-09-09', published: '2002-09-30', noCode: true, noBasis: true, status: 'expired-default' },
  { id: 'liaoyang-2005-01', region: 'liaoyang', name: '辽阳示例甲化纤配套有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 86, kind: 'A',
    decided: '2005-05-30', notified: '2005-06-06', published: '2005-06-27', status: 'published' },
  { id: 'liaoyang-2005-02', region: 'liaoyang', name: '辽阳示例乙建筑劳务有限公司（示例）', ins: ['work_injury'], workers: 142, kind: 'C', trade: '建筑劳务',
    decided: '2005-10-24', notified: '2005-10-31', published: '2005-11-21', rectified: '2005-12-26', status: 'published' },
  { id: 'panjin-2005-01', region: 'panjin', name: '盘锦示例甲石油技术服务有限公司（示例）', ins: ['work_injury', 'unemployment'], sep: ';', workers: 109, kind: 'C', trade: '油田井下作业',
    decided: '2005-06-27', notified: '2005-07-04', published: '2005-07-25', status: 'published' },
  { id: 'panjin-2004-01', region: 'panjin', name: '盘锦示例乙物业管理有限公司（示例）', ins: ['pension'], workers: 46, kind: 'D',
    decided: '2004-11-15', notified: '2004-11-22', published: '2004-12-13', expires: '2005-12-12', status: 'expired' },
  { id: 'tieling-2005-01', region: 'tieling', name: '铁岭示例甲农机有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 77, kind: 'A',
    decided: '2005-08-08', notified: '2005-08-15', published: '2005-09-05', status: 'published' },
  { id: 'tieling-2005-02', region: 'tieling', name: '铁岭示例乙煤矿建设有限公司（示例）', ins: ['work_injury'], workers: 121, kind: 'C', trade: '矿井建设',
    decided: '2005-12-14', notified: '2005-12-19', published: '2006-01-20', status: 'embargoed' },
  { id: 'chaoyang-2005-01', region: 'chaoyang', name: '朝阳示例甲建材有限公司（示例）', ins: ['pension'], workers: 63, kind: 'A',
    decided: '2005-09-12', notified: '2005-09-19', published: '2005-10-10', noCode: true, status: 'published' },
  { id: 'chaoyang-2005-02', region: 'chaoyang', name: '朝阳示例乙建筑工程有限公司（示例）', ins: ['work_injury', 'medical'], sep: '、', workers: 134, kind: 'C', trade: '建筑施工',
    decided: '2005-06-13', notified: '2005-06-20', published: '2005-07-11', rectified: '2005-10-28', status: 'published' },
  { id: 'huludao-2005-01', region: 'huludao', name: '葫芦岛示例甲造船配套有限公司（示例）', ins: ['pension', 'unemployment'], sep: '、', workers: 92, kind: 'A',
    decided: '2005-07-18', notified: '2005-07-25', published: '2005-08-15', status: 'published' },
  { id: 'huludao-2005-02', region: 'huludao', name: '葫芦岛示例乙锌业加工有限公司（示例）', ins: ['work_injury'], noWorkers: true, kind: 'C', trade: '有色金属冶炼',
    decided: '2005-04-25', notified: '2005-05-09', published: '2005-05-30', status: 'published' },
  { id: 'provincial-2005-01', region: 'provincial', name: '辽宁示例甲电力工程有限公司（示例）', ins: ['pension', 'medical'], sep: '、', workers: 240, kind: 'B',
    decided: '2005-08-29', notified: '2005-09-05', published: '2005-09-26', rectified: '2005-11-30', status: 'published' },
  { id: 'provincial-2005-02', region: 'provincial', name: '辽宁示例乙铁路配套服务有限公司（示例）', ins: ['unemployment'], noWorkers: true, noBasis: true, kind: 'D',
    decided: '2005-10-31', notified: '2005-11-07', published: '2005-11-28', status: 'published' },
];

/** 2004-03 style month, `months` before the decision, for "since …" in the facts. */
function monthsBefore(day, months) {
  const [y, m] = day.split('-').map(Number);
  const t = y * 12 + (m - 1) - months;
  return `${Math.floor(t / 12)}年${(t % 12) + 1}月`;
}

const dayIndex = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
const dayOfYear = (d) => dayIndex(d) - dayIndex(`${d.slice(0, 4)}-01-01`) + 1;
/** Same calendar day `years` later (29 Feb → 1 Mar). */
function addYears(d, years) {
  const t = new Date(Date.UTC(+d.slice(0, 4) + years, +d.slice(5, 7) - 1, +d.slice(8, 10)));
  return t.toISOString().slice(0, 10);
}

function employerTexts(e, rng) {
  const r = rng('employer', e.id);
  const contrib = e.ins.filter((i) => i !== 'work_injury');
  const hasWorkInjury = e.ins.includes('work_injury');
  const list = (xs) => xs.map((i) => INS_NAME[i]).join('、');
  const feeList = (xs) => xs.map((i) => `${INS_NAME[i]}费`).join('、');
  const staff = e.noWorkers ? '职工' : `职工${e.workers}人`;
  let violation;
  switch (e.kind) {
    case 'A':
      violation = `经查，该单位自${monthsBefore(e.decided, 6 + Math.floor(r() * 9))}起招用${staff}，未依法为职工办理${list(e.ins)}参保登记，未申报缴纳相应社会保险费。经劳动保障监察机构责令限期改正，逾期仍未改正。`;
      break;
    case 'B':
      violation = `经查，该单位申报参加${list(e.ins)}的职工人数少于实际用工人数，涉及未申报${e.noWorkers ? '职工若干人' : `职工${e.workers}人`}，未如实申报应缴纳的社会保险费数额。`;
      break;
    case 'C':
      violation = `经查，该单位从事${e.trade}，招用${staff}（含农民工），未依法参加${list(e.ins)}，未缴纳相应社会保险费。`;
      break;
    case 'D':
      violation = `经查，该单位自${monthsBefore(e.decided, 4 + Math.floor(r() * 8))}起停止为${e.noWorkers ? '部分职工' : `${e.workers}名职工`}申报缴纳${feeList(e.ins)}，经社会保险经办机构书面催缴后逾期仍未缴纳。`;
      break;
    default:
      throw new Error(e.kind);
  }
  const parts = [];
  if (contrib.length) {
    const fine = [2000, 3000, 4000, 5000][Math.floor(r() * 4)];
    const order = e.kind === 'D' ? '责令限期补缴欠缴的社会保险费' : e.kind === 'B' ? '责令限期如实申报并补缴应缴社会保险费' : '责令限期办理参保登记并补缴应缴社会保险费';
    parts.push(`${order}，自欠缴之日起按日加收2‰的滞纳金`);
    if (e.kind !== 'D') parts.push(`对直接负责的主管人员处以罚款${fine}元`);
  }
  if (hasWorkInjury) parts.push('责令限期为全部职工参加工伤保险并缴纳工伤保险费');
  const penalty = parts.join('；') + '。';

  const basis = [];
  // Article 23 (fines for not registering or not declaring) is cited only where a fine was imposed.
  if (contrib.length) basis.push(`《社会保险费征缴暂行条例》（国务院令第259号，1999年）第十条、第十二条、第十三条${e.kind === 'D' ? '' : '、第二十三条'}`);
  if (e.ins.includes('unemployment')) basis.push('《失业保险条例》（国务院令第258号，1999年）第六条');
  if (e.ins.includes('medical')) basis.push('《国务院关于建立城镇职工基本医疗保险制度的决定》（国发〔1998〕44号）');
  if (hasWorkInjury) basis.push('《工伤保险条例》（国务院令第375号，2004年1月1日起施行）第二条、第十条');
  return { violation, penalty, legalBasis: e.noBasis ? '' : basis.join('；') };
}

/** What the site should do with an entry on `day` (contract: embargo, expiry, revocation). */
function statusOn(e, day) {
  if (e.revoked && e.revoked <= day) return 'revoked';
  const expires = e.expires ?? addYears(e.published, 3);
  if (expires <= day) return e.expires ? 'expired' : 'expired-default';
  if (e.published > day) return 'embargoed';
  return 'published';
}

/**
 * The rows of employers.csv, checked.
 * @param {{ rng: (...key: string[]) => () => number, regionCode: (id: string) => string, asOf: string, assert: (cond: unknown, msg: string) => void }} o
 */
export function sampleEmployers({ rng, regionCode, asOf, assert }) {
  const employers = EMPLOYERS.map((e) => {
    const [authority, prefix] = AUTHORITY[e.region];
    const year = e.decided.slice(0, 4);
    const decisionNo = `${prefix}〔${year}〕第${String(dayOfYear(e.decided)).padStart(3, '0')}号`;
    const division = e.region === 'provincial' ? '210000' : regionCode(e.region).slice(0, 4) + String(2 + Math.floor(rng('division', e.id)() * 10)).padStart(2, '0');
    const { violation, penalty, legalBasis } = employerTexts(e, rng);
    return {
      id: e.id, region: e.region, name: e.name,
      credit_code: e.noCode ? '' : fakeCreditCode(e.id, division, rng),
      insurance: e.ins.join(e.sep ?? '、'),
      workers: e.noWorkers ? '' : e.workers,
      violation, penalty, legal_basis: legalBasis,
      decision_no: decisionNo, decided_on: e.decided, authority,
      notified_on: e.notified, published_on: e.published,
      rectified_on: e.rectified ?? '', expires_on: e.expires ?? '', revoked_on: e.revoked ?? '',
    };
  });

  // Due process and uniqueness, so a mistake in the table above cannot ship.
  {
    const ids = new Set();
    const nos = new Set();
    for (const [i, e] of EMPLOYERS.entries()) {
      const row = employers[i];
      assert(!ids.has(e.id) && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(e.id), `employer id ${e.id}`);
      ids.add(e.id);
      assert(!nos.has(row.decision_no), `duplicate decision_no ${row.decision_no}`);
      nos.add(row.decision_no);
      assert(e.name.includes('示例'), `${e.id}: name must contain 示例`);
      assert(e.notified >= e.decided, `${e.id}: notified before decided`);
      assert(dayIndex(e.published) - dayIndex(e.notified) >= 10, `${e.id}: published < notified + 10 days`);
      if (e.rectified) assert(e.rectified >= e.decided && e.rectified <= asOf, `${e.id}: rectified_on`);
      if (e.expires) assert(e.expires > e.published && e.expires <= addYears(e.published, 3), `${e.id}: expires_on`);
      if (e.revoked) assert(e.revoked >= e.decided && e.revoked <= asOf, `${e.id}: revoked_on`);
      if (e.ins.includes('work_injury')) assert(e.decided >= '2004-01-01', `${e.id}: work injury before 2004`);
      assert(statusOn(e, asOf) === e.status, `${e.id}: status on ${asOf} is ${statusOn(e, asOf)}, meant ${e.status}`);
      if (row.credit_code) {
        assert(row.credit_code.length === 18 && usccCheck(row.credit_code.slice(0, 17)) === row.credit_code[17], `${e.id}: credit code`);
      }
      for (const v of Object.values(row)) {
        const s = String(v);
        assert(!/\d{17}[\dX]/.test(s) && !/1[3-9]\d{9}/.test(s), `${e.id}: looks like personal data: ${s}`);
      }
    }
  }
  return employers;
}
