#!/usr/bin/env node
/**
 * Writes the bundled sample dataset in data/ (regions, targets, monthly, groups,
 * employers CSVs and dataset.json) so that it can be regenerated and reviewed.
 *
 * Deterministic: every random draw comes from a seeded PRNG keyed by what it is for
 * (region, insurance, month…), so changing one parameter does not reshuffle the rest.
 * Plain Node, no dependencies. Run: `node scripts/sample-data.mjs` (prints a summary).
 *
 * Only the province pension totals at 2004-12 and 2005-12 follow a published source
 * (China Statistical Yearbook 2005 table 23-40 and 2006 table 23-39, enterprise column);
 * everything else is invented. See data/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const AS_OF = '2005-12-31';
const YEAR = 2005;

// ---------------------------------------------------------------------------
// Seeded randomness

/** 32-bit FNV-1a hash of a string, used to seed one PRNG stream per purpose. */
function hash(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for illustrative noise. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 'liaoning-2005-39';
/** A PRNG stream for one purpose, e.g. rng('path', 'shenyang', 'pension'). */
const rng = (...key) => mulberry32(hash([SEED, ...key].join('|')));
const uniform = (r, lo, hi) => lo + (hi - lo) * r();

// ---------------------------------------------------------------------------
// Regions and the shape of their figures

const INSURANCES = ['pension', 'unemployment', 'medical', 'work_injury'];

/**
 * Per region and insurance (order of INSURANCES):
 * - size: relative size at end 2005 (scaled so the province sums to END_TOTAL);
 * - growth: net enrolment growth over 2005 before scaling to the province baseline;
 * - ach: end-2005 enrolment ÷ city target before scaling targets to TARGET_SUM
 *   (below ≈ 0.99 the city misses its target);
 * - rate: contribution rate paid/due (%) in December 2005; earlier months lower;
 * - dueShare: due/enrolled.
 */
const REGIONS = [
  { id: 'shenyang', name: '沈阳市', nameEn: 'Shenyang', code: '210100',
    size: [150, 118, 165, 90], growth: [0.095, 0.075, 0.11, 0.17], ach: [1.012, 1.006, 1.006, 1.014],
    rate: [93.4, 92.6, 94.1, 92.8], dueShare: [0.95, 0.94, 0.96, 0.95] },
  { id: 'dalian', name: '大连市', nameEn: 'Dalian', code: '210200',
    size: [140, 112, 155, 88], growth: [0.105, 0.085, 0.12, 0.19], ach: [1.018, 1.012, 1.01, 1.02],
    rate: [95.1, 94.2, 95.3, 93.9], dueShare: [0.96, 0.95, 0.96, 0.96] },
  { id: 'anshan', name: '鞍山市', nameEn: 'Anshan', code: '210300',
    size: [76, 58, 80, 50], growth: [0.09, 0.065, 0.095, 0.16], ach: [1.008, 0.992, 0.975, 1.012],
    rate: [92.2, 91.8, 92.6, 91.7], dueShare: [0.94, 0.93, 0.95, 0.94] },
  { id: 'fushun', name: '抚顺市', nameEn: 'Fushun', code: '210400',
    size: [52, 40, 55, 38], growth: [0.08, 0.055, 0.085, 0.15], ach: [1.006, 0.965, 0.97, 1.008],
    rate: [88.1, 91.2, 90.6, 88.7], dueShare: [0.92, 0.92, 0.93, 0.92] },
  { id: 'benxi', name: '本溪市', nameEn: 'Benxi', code: '210500',
    size: [28, 22, 30, 22], growth: [0.085, 0.06, 0.1, 0.16], ach: [1.006, 0.97, 1.004, 1.01],
    rate: [91.6, 89.1, 91.8, 90.9], dueShare: [0.93, 0.92, 0.94, 0.93] },
  { id: 'dandong', name: '丹东市', nameEn: 'Dandong', code: '210600',
    size: [34, 28, 36, 19], growth: [0.09, 0.065, 0.095, 0.17], ach: [1.006, 0.98, 0.97, 1.008],
    rate: [91.9, 91.6, 91.9, 91.2], dueShare: [0.94, 0.93, 0.94, 0.93] },
  { id: 'jinzhou', name: '锦州市', nameEn: 'Jinzhou', code: '210700',
    size: [38, 31, 40, 21], growth: [0.095, 0.075, 0.11, 0.18], ach: [1.01, 1.005, 1.006, 1.012],
    rate: [92.1, 91.9, 93.0, 91.1], dueShare: [0.94, 0.94, 0.95, 0.94] },
  { id: 'yingkou', name: '营口市', nameEn: 'Yingkou', code: '210800',
    size: [33, 26, 34, 20], growth: [0.1, 0.08, 0.115, 0.19], ach: [1.012, 1.008, 1.008, 1.016],
    rate: [92.6, 92.0, 93.2, 92.1], dueShare: [0.95, 0.94, 0.95, 0.94] },
  { id: 'fuxin', name: '阜新市', nameEn: 'Fuxin', code: '210900',
    size: [24, 19, 25, 19], growth: [0.06, 0.045, 0.07, 0.12], ach: [0.972, 0.94, 0.95, 0.965],
    rate: [86.6, 86.3, 88.4, 86.5], dueShare: [0.91, 0.91, 0.92, 0.91] },
  { id: 'liaoyang', name: '辽阳市', nameEn: 'Liaoyang', code: '211000',
    size: [26, 21, 27, 16], growth: [0.088, 0.07, 0.1, 0.14], ach: [1.008, 1.004, 1.005, 0.975],
    rate: [91.6, 91.5, 92.0, 90.4], dueShare: [0.94, 0.93, 0.94, 0.93] },
  { id: 'panjin', name: '盘锦市', nameEn: 'Panjin', code: '211100',
    size: [25, 22, 28, 18], growth: [0.1, 0.08, 0.11, 0.18], ach: [1.014, 1.012, 1.012, 1.016],
    rate: [94.6, 93.8, 95.0, 94.2], dueShare: [0.96, 0.95, 0.96, 0.96] },
  { id: 'tieling', name: '铁岭市', nameEn: 'Tieling', code: '211200',
    size: [29, 24, 28, 15], growth: [0.07, 0.05, 0.08, 0.15], ach: [0.982, 0.955, 0.955, 1.006],
    rate: [88.6, 91.1, 89.6, 88.9], dueShare: [0.92, 0.92, 0.93, 0.92] },
  { id: 'chaoyang', name: '朝阳市', nameEn: 'Chaoyang', code: '211300',
    size: [26, 21, 26, 13], growth: [0.075, 0.05, 0.08, 0.13], ach: [0.988, 0.95, 0.95, 0.97],
    rate: [91.3, 87.6, 89.1, 87.4], dueShare: [0.92, 0.91, 0.92, 0.91] },
  { id: 'huludao', name: '葫芦岛市', nameEn: 'Huludao', code: '211400',
    size: [29, 23, 29, 17], growth: [0.085, 0.055, 0.09, 0.14], ach: [1.006, 0.965, 1.004, 0.975],
    rate: [91.4, 91.0, 91.2, 89.2], dueShare: [0.93, 0.92, 0.93, 0.92] },
  { id: 'provincial', name: '省本级', nameEn: 'Provincial level', code: '', kind: 'provincial',
    size: [27, 27, 40, 22], growth: [0.06, 0.05, 0.08, 0.12], ach: [1.006, 1.006, 1.006, 1.01],
    rate: [95.6, 95.1, 96.0, 95.2], dueShare: [0.97, 0.96, 0.97, 0.97] },
];

/** Province-wide 2005 targets, exactly as in 辽政办发〔2005〕39号. */
const PROVINCE_TARGET = {
  pension: { enrolled: 7_500_000, rate: 90 },
  unemployment: { enrolled: 6_000_000, rate: 90 },
  medical: { enrolled: 8_200_000 },
  work_injury: { enrolled: 4_800_000 },
};

/** The sum of the city targets (cities get stretch targets, so slightly above the province's). */
const TARGET_SUM = { pension: 7_560_000, unemployment: 6_012_000, medical: 8_240_000, work_injury: 4_830_000 };

/**
 * Province totals (sum of all regions) at 2004-12 and 2005-12. Pension follows the
 * published enterprise column (CSY2005 t.23-40: 695.1万; CSY2006 t.23-39: 760.5万).
 * The other three are invented: no Liaoning figure for 2004/2005 was found.
 */
const BASE_TOTAL = { pension: 6_951_000, unemployment: 5_560_000, medical: 7_380_000, work_injury: 4_150_000 };
const END_TOTAL = { pension: 7_605_000, unemployment: 5_962_000, medical: 8_184_000, work_injury: 4_862_000 };

/** The one deliberate gap: this report was "not submitted", so charts must show a hole. */
const GAP = { region: 'fuxin', insurance: 'work_injury', month: '2005-04' };

const MONTHS = ['2004-12', ...Array.from({ length: 12 }, (_, i) => `2005-${String(i + 1).padStart(2, '0')}`)];

/** Relative net growth per month in 2005: slow around the Spring Festival, a year-end push. */
const SEASON = [0.5, 0.4, 0.8, 0.9, 1.0, 1.2, 1.1, 1.0, 1.1, 1.2, 1.3, 1.5];

// ---------------------------------------------------------------------------
// Helpers

/** Integers proportional to `weights` that sum exactly to `total` (largest remainder). */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k++, rest--) out[order[k % order.length][1]]++;
  return out;
}

const sumOf = (xs) => xs.reduce((a, b) => a + b, 0);

function assert(cond, msg) {
  if (!cond) throw new Error(`sample-data: ${msg}`);
}

/** One CSV field, quoted only when RFC 4180 requires it. */
function csvField(v) {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(file, columns, rows) {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  writeFileSync(join(OUT_DIR, file), lines.join('\n') + '\n', 'utf8');
  return rows.length;
}

// ---------------------------------------------------------------------------
// Enrolment at both ends of 2005, and the city targets

const regionIndex = new Map(REGIONS.map((r, i) => [r.id, i]));

/** end[ins][i], base[ins][i], target[ins][i] */
const end = {};
const base = {};
const target = {};
for (const [k, ins] of INSURANCES.entries()) {
  end[ins] = apportion(END_TOTAL[ins], REGIONS.map((r) => r.size[k]));
  base[ins] = apportion(BASE_TOTAL[ins], REGIONS.map((r, i) => end[ins][i] / (1 + r.growth[k])));
  const rawTargets = REGIONS.map((r, i) => end[ins][i] / r.ach[k]);
  const scale = TARGET_SUM[ins] / sumOf(rawTargets);
  // Plans are set in round thousands.
  target[ins] = rawTargets.map((t) => Math.round((t * scale) / 1000) * 1000);
  for (const [i, r] of REGIONS.entries()) {
    assert(target[ins][i] > base[ins][i], `${r.id} ${ins}: target not above the 2004 level`);
    // Make sure a "miss" is a clear miss and a "meet" is a clear meet, not a rounding accident.
    const ratio = end[ins][i] / target[ins][i];
    assert(Math.abs(ratio - 1) > 0.001, `${r.id} ${ins}: end/target ${ratio.toFixed(4)} too close to 1`);
  }
}

// ---------------------------------------------------------------------------
// Monthly reports

/** All monthly rows, including the one withheld for the gap (flagged `gap`). */
const monthly = [];
/** enrolled by ins → region → month index, used by the priority groups. */
const series = {};

for (const [k, ins] of INSURANCES.entries()) {
  series[ins] = {};
  for (const [i, r] of REGIONS.entries()) {
    const rPath = rng('path', r.id, ins);
    const weights = SEASON.map((w) => w * uniform(rPath, 0.75, 1.25));
    const growth = end[ins][i] - base[ins][i];
    const steps = apportion(growth, weights);
    const enrolled = [base[ins][i]];
    for (const s of steps) enrolled.push(enrolled[enrolled.length - 1] + s);
    assert(enrolled[12] === end[ins][i], 'path does not end at the end value');
    series[ins][r.id] = enrolled;

    // Year-end 2004 is the baseline; its "new" figures are against an implied November.
    const prevNov = Math.round(base[ins][i] / (1 + uniform(rPath, 0.003, 0.007)));
    const rRows = rng('rows', r.id, ins);
    const rateEnd = r.rate[k];
    const rateRise = uniform(rRows, 0.8, 1.8); // the campaign lifts collection over the year
    for (const [m, month] of MONTHS.entries()) {
      const prev = m === 0 ? prevNov : enrolled[m - 1];
      const net = enrolled[m] - prev;
      const leavers = Math.round(prev * uniform(rRows, 0.0015, 0.0035));
      const newEnrolled = net + leavers;
      const newPaid = Math.floor(newEnrolled * uniform(rRows, 0.92, 1.0));
      const dueShare = r.dueShare[k] + uniform(rRows, -0.004, 0.004);
      const due = Math.floor(enrolled[m] * dueShare);
      let rate = rateEnd - rateRise * (12 - m) / 12 + uniform(rRows, -0.35, 0.35);
      if (m === 12) rate = rateEnd; // December reads exactly as designed
      const paid = Math.floor((due * rate) / 100);
      monthly.push({
        month, region: r.id, insurance: ins, enrolled: enrolled[m], due, paid,
        new_enrolled: newEnrolled, new_paid: newPaid,
        gap: r.id === GAP.region && ins === GAP.insurance && month === GAP.month,
      });
    }
  }
}

for (const row of monthly) {
  assert(row.due <= row.enrolled && row.paid <= row.due, `${row.region} ${row.month}: due/paid order`);
  assert(row.new_paid <= row.new_enrolled && row.new_enrolled >= 0, `${row.region} ${row.month}: new figures`);
}

// ---------------------------------------------------------------------------
// Priority groups (扩面工作重点)

/**
 * Per insurance, the groups the notice names: [key, share of enrolment at 2004-12,
 * share of the 2005 net growth]. Overlapping groups (民营 vs 城镇私营) are reported
 * separately, as the notice lists them separately.
 */
const GROUPS = {
  pension: [
    ['private_enterprise', 0.085, 0.2], ['flexible', 0.04, 0.17], ['urban_private', 0.05, 0.11],
    ['individual_business', 0.02, 0.07], ['foreign_invested', 0.035, 0.05], ['restructured', 0.055, 0.05],
    ['struggling_retirees', 0.03, 0.035],
  ],
  unemployment: [['public_institution', 0.1, 0.14], ['foreign_invested', 0.04, 0.09], ['private_enterprise', 0.075, 0.28]],
  medical: [['flexible', 0.03, 0.2], ['migrant', 0.02, 0.14], ['struggling_retirees', 0.04, 0.1], ['central_provincial', 0.11, 0.08]],
  work_injury: [['high_risk', 0.15, 0.24], ['migrant', 0.06, 0.3]],
};

/** Units insured at provincial level: only the groups that exist there. */
const PROVINCIAL_GROUPS = {
  pension: ['restructured', 'struggling_retirees', 'foreign_invested'],
  unemployment: ['public_institution', 'foreign_invested'],
  medical: ['central_provincial', 'struggling_retirees'],
  work_injury: ['high_risk', 'migrant'],
};

/** Local emphasis: port and foreign-trade cities, old industrial and mining bases. */
const GROUP_FACTOR = {
  foreign_invested: { dalian: 2.4, shenyang: 1.3, yingkou: 1.3, dandong: 1.1, provincial: 0.6, default: 0.7 },
  high_risk: { fushun: 1.6, fuxin: 1.6, benxi: 1.5, anshan: 1.3, panjin: 1.2, default: 1 },
  struggling_retirees: { fushun: 1.8, fuxin: 1.8, benxi: 1.3, tieling: 1.2, default: 1 },
  restructured: { shenyang: 1.4, anshan: 1.3, fushun: 1.4, default: 1 },
  migrant: { dalian: 1.3, shenyang: 1.2, default: 1 },
  central_provincial: { provincial: 2.5, default: 1 },
};
const groupFactor = (group, region) => GROUP_FACTOR[group]?.[region] ?? GROUP_FACTOR[group]?.default ?? 1;

const groups = [];
for (const ins of INSURANCES) {
  for (const r of REGIONS) {
    const enrolled = series[ins][r.id];
    const keys = r.kind === 'provincial' ? PROVINCIAL_GROUPS[ins] : GROUPS[ins].map(([g]) => g);
    const perMonthSum = new Array(13).fill(0);
    for (const [g, baseShare, growthShare] of GROUPS[ins]) {
      if (!keys.includes(g)) continue;
      const f = groupFactor(g, r.id);
      const rG = rng('group', r.id, ins, g);
      let value = Math.round(enrolled[0] * baseShare * f * uniform(rG, 0.85, 1.15));
      for (const [m, month] of MONTHS.entries()) {
        if (m > 0) value += Math.max(0, Math.round((enrolled[m] - enrolled[m - 1]) * growthShare * f * uniform(rG, 0.7, 1.3)));
        perMonthSum[m] += value;
        const isGap = r.id === GAP.region && ins === GAP.insurance && month === GAP.month;
        groups.push({ month, region: r.id, insurance: ins, group: g, enrolled: value, gap: isGap });
      }
    }
    for (const [m] of MONTHS.entries()) {
      assert(perMonthSum[m] < 0.6 * enrolled[m], `${r.id} ${ins}: groups not well below the total`);
    }
  }
}

// ---------------------------------------------------------------------------
// Named employers (曝光单位): all fictional

/** GB 32100 unified social credit code: charset and weights of the check character. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a unified social credit code from its first 17. */
function usccCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    assert(v >= 0, `bad credit-code character ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return USCC_CHARS[c === 31 ? 0 : c];
}

/**
 * A made-up code: 91 (enterprise) + a Liaoning division code + 9 random characters.
 * The first of those is a letter, so no run of digits could read as an ID or phone number.
 */
function fakeCreditCode(id, division) {
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
 * the status each is meant to have on AS_OF is checked below.
 */
const EMPLOYERS = [
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

function employerTexts(e) {
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

const employers = EMPLOYERS.map((e) => {
  const [authority, prefix] = AUTHORITY[e.region];
  const year = e.decided.slice(0, 4);
  const decisionNo = `${prefix}〔${year}〕第${String(dayOfYear(e.decided)).padStart(3, '0')}号`;
  const division = e.region === 'provincial' ? '210000' : REGIONS[regionIndex.get(e.region)].code.slice(0, 4) + String(2 + Math.floor(rng('division', e.id)() * 10)).padStart(2, '0');
  const { violation, penalty, legalBasis } = employerTexts(e);
  return {
    id: e.id, region: e.region, name: e.name,
    credit_code: e.noCode ? '' : fakeCreditCode(e.id, division),
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
    if (e.rectified) assert(e.rectified >= e.decided && e.rectified <= AS_OF, `${e.id}: rectified_on`);
    if (e.expires) assert(e.expires > e.published && e.expires <= addYears(e.published, 3), `${e.id}: expires_on`);
    if (e.revoked) assert(e.revoked >= e.decided && e.revoked <= AS_OF, `${e.id}: revoked_on`);
    if (e.ins.includes('work_injury')) assert(e.decided >= '2004-01-01', `${e.id}: work injury before 2004`);
    assert(statusOn(e, AS_OF) === e.status, `${e.id}: status on ${AS_OF} is ${statusOn(e, AS_OF)}, meant ${e.status}`);
    if (row.credit_code) {
      assert(row.credit_code.length === 18 && usccCheck(row.credit_code.slice(0, 17)) === row.credit_code[17], `${e.id}: credit code`);
    }
    for (const v of Object.values(row)) {
      const s = String(v);
      assert(!/\d{17}[\dX]/.test(s) && !/1[3-9]\d{9}/.test(s), `${e.id}: looks like personal data: ${s}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Write

mkdirSync(OUT_DIR, { recursive: true });

const counts = {};
/**
 * Places in the tile map (示意图, row and column from the top left), roughly as the cities lie:
 * 朝阳 and 葫芦岛 in the west, 铁岭 north of 沈阳, 丹东 in the east, 大连 at the southern tip;
 * 省本级 on a tile of its own in the corner, as it has no territory.
 */
const TILES = {
  provincial: [0, 0], fuxin: [0, 2], tieling: [0, 4],
  chaoyang: [1, 0], jinzhou: [1, 1], shenyang: [1, 3], fushun: [1, 4],
  huludao: [2, 0], panjin: [2, 2], liaoyang: [2, 3], benxi: [2, 4],
  yingkou: [3, 2], anshan: [3, 3], dandong: [3, 4],
  dalian: [4, 2],
};
for (const r of REGIONS) if (!TILES[r.id]) throw new Error(`sample-data: no tile for ${r.id}`);
counts.regions = writeCsv('regions.csv', ['id', 'name', 'name_en', 'code', 'kind', 'tile_row', 'tile_col'],
  REGIONS.map((r) => ({ id: r.id, name: r.name, name_en: r.nameEn, code: r.code, kind: r.kind ?? 'city', tile_row: TILES[r.id][0], tile_col: TILES[r.id][1] })));

const targetRows = [];
for (const ins of INSURANCES) {
  targetRows.push({ year: YEAR, region: 'province', insurance: ins, enrolled: PROVINCE_TARGET[ins].enrolled, contribution_rate: PROVINCE_TARGET[ins].rate ?? '' });
}
for (const [i, r] of REGIONS.entries()) {
  for (const ins of INSURANCES) {
    targetRows.push({ year: YEAR, region: r.id, insurance: ins, enrolled: target[ins][i], contribution_rate: PROVINCE_TARGET[ins].rate ?? '' });
  }
}
counts.targets = writeCsv('targets.csv', ['year', 'region', 'insurance', 'enrolled', 'contribution_rate'], targetRows);

const byRegionOrder = (a, b) => a.month.localeCompare(b.month) || regionIndex.get(a.region) - regionIndex.get(b.region) || INSURANCES.indexOf(a.insurance) - INSURANCES.indexOf(b.insurance);
counts.monthly = writeCsv('monthly.csv', ['month', 'region', 'insurance', 'enrolled', 'due', 'paid', 'new_enrolled', 'new_paid'],
  monthly.filter((m) => !m.gap).sort(byRegionOrder));
counts.groups = writeCsv('groups.csv', ['month', 'region', 'insurance', 'group', 'enrolled'],
  groups.filter((g) => !g.gap).sort((a, b) => byRegionOrder(a, b)));
counts.employers = writeCsv('employers.csv',
  ['id', 'region', 'name', 'credit_code', 'insurance', 'workers', 'violation', 'penalty', 'legal_basis', 'decision_no',
    'decided_on', 'authority', 'notified_on', 'published_on', 'rectified_on', 'expires_on', 'revoked_on'],
  employers);

const dataset = {
  title: '辽宁省社会保险扩面进展（示例数据）',
  publisher: '社会保险扩面公开数据项目（示例）',
  as_of: AS_OF,
  sample: true,
  license: 'CC BY 4.0',
  contact: 'sample-data@example.org',
};
writeFileSync(join(OUT_DIR, 'dataset.json'), JSON.stringify(dataset, null, 2) + '\n', 'utf8');

// ---------------------------------------------------------------------------
// Summary for the reviewer

const fmt = (n) => n.toLocaleString('en-US');
const pct = (a, b) => ((100 * a) / b).toFixed(1);
console.log(`wrote ${Object.entries(counts).map(([f, n]) => `${f}.csv ${n} rows`).join(', ')}, dataset.json`);
for (const ins of INSURANCES) {
  const at = (month) => monthly.filter((m) => m.insurance === ins && m.month === month);
  const dec04 = at('2004-12');
  const dec05 = at('2005-12');
  const year = monthly.filter((m) => m.insurance === ins && m.month.startsWith('2005'));
  const enrolled05 = sumOf(dec05.map((m) => m.enrolled));
  const t = PROVINCE_TARGET[ins].enrolled;
  console.log(`\n${ins}: 2004-12 ${fmt(sumOf(dec04.map((m) => m.enrolled)))}  2005-12 ${fmt(enrolled05)}  target ${fmt(t)} (${pct(enrolled05, t)}%)  city targets sum ${fmt(sumOf(target[ins]))}`);
  console.log(`  rate Dec 2005 ${pct(sumOf(dec05.map((m) => m.paid)), sumOf(dec05.map((m) => m.due)))}%  2005 overall ${pct(sumOf(year.map((m) => m.paid)), sumOf(year.map((m) => m.due)))}%`);
  const misses = REGIONS.map((r, i) => [r.id, end[ins][i], target[ins][i]]).filter(([, e, tg]) => e < tg);
  console.log(`  behind target: ${misses.map(([id, e, tg]) => `${id} ${pct(e, tg)}%`).join(', ') || 'none'}`);
  const lowRate = REGIONS.filter((r) => {
    const rows = year.filter((m) => m.region === r.id);
    return sumOf(rows.map((m) => m.paid)) / sumOf(rows.map((m) => m.due)) < 0.9;
  }).map((r) => r.id);
  console.log(`  2005 contribution rate below 90%: ${lowRate.join(', ') || 'none'}`);
}
const byStatus = {};
for (const e of EMPLOYERS) (byStatus[e.status] ??= []).push(e.id);
console.log('\nemployers on', AS_OF);
for (const [s, ids] of Object.entries(byStatus)) console.log(`  ${s} (${ids.length}): ${ids.join(' ')}`);
console.log(`  rectified: ${EMPLOYERS.filter((e) => e.rectified).map((e) => e.id).join(' ')}`);
