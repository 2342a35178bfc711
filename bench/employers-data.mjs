#!/usr/bin/env node
/**
 * Writes a national-scale data folder for the named-employer pages: the sample's regions,
 * targets and monthly reports with a generated employers.csv of N entries (default
 * 100,000) spread over the regions, about 90% of them inside their publication window on
 * the sample's build date (2005-12-31), the rest embargoed, expired or revoked.
 *
 *   node bench/employers-data.mjs [N] [folder]      (folder default: bench/out/employers-<N>)
 *   DATA_DIR=bench/out/employers-100000 OUT_DIR=bench/out/site-employers npm run build
 *
 * Every value is valid (credit codes carry their GB 32100 check character, decision
 * numbers are unique, notice comes 10+ days before publication), so the build measures
 * the site, not the error path. Deterministic: the same N gives the same file.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 100_000);
const out = path.resolve(root, process.argv[3] ?? `bench/out/employers-${n}`);
mkdirSync(out, { recursive: true });
for (const f of ['regions.csv', 'targets.csv', 'monthly.csv', 'groups.csv', 'dataset.json']) {
  copyFileSync(path.join(root, 'data', f), path.join(out, f));
}

const REGIONS = [
  ['shenyang', '沈阳', '210100', 18], ['dalian', '大连', '210200', 16], ['anshan', '鞍山', '210300', 8],
  ['fushun', '抚顺', '210400', 6], ['benxi', '本溪', '210500', 4], ['dandong', '丹东', '210600', 5],
  ['jinzhou', '锦州', '210700', 6], ['yingkou', '营口', '210800', 6], ['fuxin', '阜新', '210900', 4],
  ['liaoyang', '辽阳', '211000', 4], ['panjin', '盘锦', '211100', 4], ['tieling', '铁岭', '211200', 5],
  ['chaoyang', '朝阳', '211300', 5], ['huludao', '葫芦岛', '211400', 5], ['provincial', '辽宁省', '210000', 4],
];
const WEIGHT = REGIONS.reduce((s, r) => s + r[3], 0);
const TRADES = ['机械制造', '建筑安装', '餐饮管理', '物流', '电子', '服装', '食品', '商贸', '化工', '矿业', '物业服务', '汽车配件'];
const INSURANCES = ['养老保险、失业保险', '工伤保险', '养老保险、医疗保险', '失业保险', '养老保险、失业保险、医疗保险、工伤保险', '医疗保险'];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A deterministic pseudo-random sequence (mulberry32), so runs are comparable. */
let seed = 20051231;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

function creditCode(divisionCode, i) {
  let serial = '';
  for (let v = i, k = 0; k < 9; k++, v = Math.floor(v / 31)) serial = ALPHABET[v % 31] + serial;
  const body = `91${divisionCode}${serial}`;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += ALPHABET.indexOf(body[k]) * WEIGHTS[k];
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const csv = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

const lines = ['id,region,name,credit_code,insurance,workers,violation,penalty,legal_basis,decision_no,decided_on,authority,notified_on,published_on,rectified_on,expires_on,revoked_on'];
const start = Date.UTC(2003, 0, 1);
const end = Date.UTC(2006, 1, 28); // a few weeks past the build date: some entries are embargoed
for (let i = 0; i < n; i++) {
  let w = random() * WEIGHT;
  const region = REGIONS.find((r) => (w -= r[3]) < 0) ?? REGIONS[0];
  const [id, city, code] = region;
  const published = start + Math.floor(random() * ((end - start) / DAY)) * DAY;
  const notified = published - (10 + Math.floor(random() * 20)) * DAY;
  const decided = notified - Math.floor(random() * 15) * DAY;
  const rectified = random() < 0.3 ? iso(Math.min(decided + (20 + Math.floor(random() * 200)) * DAY, Date.UTC(2005, 11, 31))) : '';
  const revoked = random() < 0.01 ? iso(published + 30 * DAY) : '';
  const expires = random() < 0.2 ? iso(published + (365 + Math.floor(random() * 700)) * DAY) : '';
  const workers = 5 + Math.floor(random() * 400);
  const trade = pick(TRADES);
  const insurance = pick(INSURANCES);
  const year = new Date(decided).getUTCFullYear();
  lines.push(
    [
      `B${String(i + 1).padStart(6, '0')}`,
      id,
      `${city}示例${trade}第${i + 1}号有限公司（示例）`,
      creditCode(code, i),
      insurance,
      String(workers),
      `经查，该单位招用职工${workers}人，未依法为职工办理${insurance}参保登记，未申报缴纳相应社会保险费。经劳动保障监察机构责令限期改正，逾期仍未改正。`,
      '责令限期办理参保登记并补缴应缴社会保险费，自欠缴之日起按日加收2‰的滞纳金；对直接负责的主管人员处以罚款3000元。',
      '《社会保险费征缴暂行条例》（国务院令第259号，1999年）第十条、第十二条、第十三条、第二十三条',
      `${city}劳社监罚〔${year}〕第${i + 1}号`,
      iso(decided),
      id === 'provincial' ? '辽宁省劳动和社会保障厅' : `${city}市劳动和社会保障局`,
      iso(notified),
      iso(published),
      rectified && rectified >= iso(decided) ? rectified : '',
      expires,
      revoked,
    ]
      .map(csv)
      .join(','),
  );
}
writeFileSync(path.join(out, 'employers.csv'), lines.join('\n') + '\n');
console.log(`wrote ${n} employers to ${path.relative(root, out)}/employers.csv`);
