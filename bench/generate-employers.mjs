/**
 * The benchmark's named employers: one synthetic entry per call, its dates chosen for a
 * publication status on the build date, and a fixed mix of statuses.
 */
import { randomStreams, USCC_CHARS, usccCheck } from '../scripts/lib/synthetic.mjs';
import { BUILD_DAY, INSURANCES, int, pad2, pick, rng } from './generate-common.mjs';

const STATUS_STREAMS = randomStreams('status');

const USCC_LETTERS = USCC_CHARS.slice(10);

/**
 * 91 (enterprise) + the region's division code with a county part + 9 characters. Letters
 * at positions 9 and 13 keep every run of digits short, so no code reads as a phone or
 * identity number to the privacy check.
 */
function creditCode(r, region) {
  const division = region.kind === 'provincial' ? '110000' : region.code.slice(0, 4) + pad2(int(r, 1, 30));
  let body = pick(r, USCC_LETTERS);
  for (let i = 0; i < 3; i++) body += pick(r, USCC_CHARS);
  body += pick(r, USCC_LETTERS);
  for (let i = 0; i < 4; i++) body += pick(r, USCC_CHARS);
  const first17 = `91${division}${body}`;
  return first17 + usccCheck(first17);
}

const TRADE_NAMES = [
  '恒通', '宏达', '兴隆', '金盛', '永丰', '瑞祥', '鑫源', '华泰', '天成', '正和', '东方', '新宇', '长青', '万利', '安泰', '信诚',
  '福润', '盛世', '宏图', '广源', '海川', '中联', '佳美', '博远', '汇丰', '明辉', '同创', '利民', '腾飞', '顺达', '嘉禾', '启航',
];
const INDUSTRIES = [
  ['机械制造', 'A'], ['建筑安装工程', 'C'], ['商贸', 'A'], ['物流', 'A'], ['餐饮管理', 'B'], ['物业管理', 'D'], ['纺织', 'A'],
  ['食品加工', 'B'], ['电子科技', 'B'], ['矿业', 'C'], ['化工', 'C'], ['建材', 'A'], ['汽车配件', 'A'], ['服装', 'D'],
  ['印刷包装', 'B'], ['家具制造', 'A'], ['保安服务', 'D'], ['劳务派遣', 'B'], ['装饰工程', 'C'], ['塑料制品', 'B'],
];
const HAZARDOUS_TRADES = ['建筑施工', '矿山井下作业', '石化设备检修', '港口装卸', '金属冶炼', '隧道掘进', '高空作业'];
const INS_NAME = { pension: '企业职工基本养老保险', unemployment: '失业保险', medical: '基本医疗保险', work_injury: '工伤保险' };
const SEPARATORS = ['、', '、', '、', ';', '；'];

/** Share of entries per status on the build date; the rest are published. */
const STATUS_SHARES = [['embargoed', 0.04], ['expired', 0.05], ['revoked', 0.03]];

const DAY_MS = 86_400_000;
const dayNo = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;
const dayOf = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const chineseMonth = (n) => {
  const d = dayOf(n);
  return `${+d.slice(0, 4)}年${+d.slice(5, 7)}月`;
};
/** The same calendar day `years` later; 29 February becomes 28 February (as the loader does). */
function addYears(d, years) {
  const y = +d.slice(0, 4) + years;
  const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
  return `${y}-${md}`;
}

/** One entry with its dates chosen for `status` on the build date. */
export function employerRow(region, seq, status, decisionCounter) {
  const r = rng('employer', region.id, seq);
  const build = dayNo(BUILD_DAY);
  let published;
  // Embargoed entries are published within days, so their decision is always before the build date.
  if (status === 'embargoed') published = build + int(r, 1, 10);
  else if (status === 'expired') published = build - int(r, 3 * 365 + 1, 8 * 365);
  else published = build - int(r, 0, 3 * 365 - 5);
  const notified = published - int(r, 10, 35);
  const decided = notified - int(r, 2, 20);
  const decidedDay = dayOf(decided);
  const year = decidedDay.slice(0, 4);
  const publishedDay = dayOf(published);
  let expires = '';
  let revoked = '';
  let rectified = '';
  if (status === 'published' && r() < 0.15) {
    // An explicit, shorter window that has not ended yet.
    const limit = dayNo(addYears(publishedDay, 3));
    if (limit > build + 1) expires = dayOf(int(r, build + 1, limit));
  }
  if (status === 'expired' && r() < 0.4) expires = dayOf(published + int(r, 180, 3 * 365 - 10));
  if (status === 'expired' && expires !== '' && dayNo(expires) > build) expires = '';
  if (status === 'revoked') revoked = dayOf(Math.min(build, published + int(r, 5, 400)));
  if (r() < 0.3) rectified = dayOf(Math.min(build, decided + int(r, 20, 300)));

  const [industry, kind] = pick(r, INDUSTRIES);
  const hazardous = kind === 'C';
  const ins = hazardous
    ? (r() < 0.6 ? ['work_injury'] : ['pension', 'work_injury'])
    : INSURANCES.filter((k, i) => i === 0 || (k !== 'work_injury' && r() < 0.45));
  const workers = int(r, 8, 600);
  const hasWorkers = r() < 0.9;
  const staff = hasWorkers ? `职工${workers}人` : '职工';
  const list = ins.map((k) => INS_NAME[k]).join('、');
  const since = chineseMonth(decided - int(r, 90, 700));
  let violation;
  if (kind === 'A') violation = `经查，该单位自${since}起招用${staff}，未依法为职工办理${list}参保登记，未申报缴纳相应社会保险费。经劳动保障监察机构责令限期改正，逾期仍未改正。`;
  else if (kind === 'B') violation = `经查，该单位申报参加${list}的职工人数少于实际用工人数，涉及未申报${hasWorkers ? `职工${workers}人` : '职工若干人'}，未如实申报应缴纳的社会保险费数额，少缴社会保险费${int(r, 2, 90)}万余元。`;
  else if (kind === 'C') violation = `经查，该单位从事${pick(r, HAZARDOUS_TRADES)}，招用${staff}（含农民工），未依法参加${list}，未缴纳相应社会保险费。`;
  else violation = `经查，该单位自${since}起停止为${hasWorkers ? `${workers}名职工` : '部分职工'}申报缴纳${ins.map((k) => `${INS_NAME[k]}费`).join('、')}，经社会保险经办机构书面催缴后逾期仍未缴纳。`;
  // A few cells as Excel writes them when a cell holds a line break or ASCII punctuation.
  if (r() < 0.005) violation = violation.replace('。经', '。\n经');
  const fine = pick(r, ['2,000', '3,000', '5,000', '10,000']);
  const parts = [];
  if (ins.some((k) => k !== 'work_injury')) {
    parts.push(`责令限期${kind === 'B' ? '如实申报并' : '办理参保登记并'}补缴应缴社会保险费，自欠缴之日起按日加收2‰的滞纳金`);
    if (kind !== 'D') parts.push(`对直接负责的主管人员处以罚款${fine}元`);
  }
  if (ins.includes('work_injury')) parts.push('责令限期为全部职工参加工伤保险并缴纳工伤保险费');
  const basis = [];
  if (ins.some((k) => k !== 'work_injury')) basis.push('《社会保险费征缴暂行条例》（国务院令第259号）第十条、第十二条、第十三条、第二十三条');
  if (ins.includes('unemployment')) basis.push('《失业保险条例》（国务院令第258号）第六条');
  if (ins.includes('medical')) basis.push('《国务院关于建立城镇职工基本医疗保险制度的决定》（国发〔1998〕44号）');
  if (ins.includes('work_injury')) basis.push('《工伤保险条例》第二条、第十条');
  if (+year >= 2011) basis.push('《中华人民共和国社会保险法》第五十八条、第八十四条、第八十六条');

  const key = `${region.id}|${year}`;
  const no = (decisionCounter.get(key) ?? 0) + 1;
  decisionCounter.set(key, no);
  const short = region.short ?? '省';
  let name = `${short}${pick(r, TRADE_NAMES)}${industry}有限公司`;
  if (r() < 0.05) name = `${short}市${pick(r, TRADE_NAMES)}${industry}有限责任公司（原${short}${pick(r, TRADE_NAMES)}${industry}厂）`;
  else if (r() < 0.01) name = `"${pick(r, TRADE_NAMES)}"${industry}有限公司,${short}分公司`;
  return {
    id: `${region.code || region.id}-${year}-${String(no).padStart(4, '0')}`,
    region: region.id,
    name,
    credit_code: r() < 0.92 ? creditCode(r, region) : '',
    insurance: ins.join(pick(r, SEPARATORS)),
    workers: hasWorkers ? workers : '',
    violation,
    penalty: parts.join('；') + '。',
    legal_basis: r() < 0.85 ? basis.join('；') : '',
    decision_no: `${short}人社监罚〔${year}〕第${no}号`,
    decided_on: decidedDay,
    authority: region.kind === 'provincial' ? '省人力资源和社会保障厅' : `${region.name}人力资源和社会保障局`,
    notified_on: dayOf(notified),
    published_on: publishedDay,
    rectified_on: rectified,
    expires_on: expires,
    revoked_on: revoked,
  };
}

/** Status of entry number `j` (a fixed, well-mixed pattern, so every scale gets the same mix). */
export function statusOf(j) {
  const x = STATUS_STREAMS(j)();
  let acc = 0;
  for (const [status, share] of STATUS_SHARES) {
    acc += share;
    if (x < acc) return status;
  }
  return 'published';
}
