#!/usr/bin/env node
/**
 * Writes the bundled sample dataset in data/ (regions, targets, monthly, groups,
 * employers and calendar CSVs and dataset.json) so that it can be regenerated and reviewed.
 *
 * Deterministic: every random draw comes from a seeded PRNG keyed by what it is for
 * (region, insurance, month…), so changing one parameter does not reshuffle the rest.
 * Plain Node, no dependencies. Run: `node scripts/sample-data.mjs [--out DIR]` (prints a summary).
 *
 * Only the province pension totals at 2004-12 and 2005-12 follow a published source
 * (China Statistical Yearbook 2005 table 23-40 and 2006 table 23-39, enterprise column);
 * everything else is invented. See data/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvField, GROUP_SHARES, randomStreams, uniform } from './lib/synthetic.mjs';
import { EMPLOYERS, sampleEmployers } from './sample-data/employers.mjs';

/** data/ of the project, or the folder after `--out` (the test that data/ is what this script writes uses it). */
const OUT_DIR = process.argv[2] === '--out' && process.argv[3] ? process.argv[3] : join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const AS_OF = '2005-12-31';
const YEAR = 2005;

/** Seeded randomness, one stream per purpose. */
const rng = randomStreams('liaoning-2005-39');

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

/** Per insurance, the groups the notice names, with their shares at 2004-12 and of the 2005 growth. */
const GROUPS = GROUP_SHARES;

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

const employers = sampleEmployers({ rng, regionCode: (id) => REGIONS[regionIndex.get(id)].code, asOf: AS_OF, assert });

// ---------------------------------------------------------------------------
// Write

mkdirSync(OUT_DIR, { recursive: true });

const counts = {};
/**
 * Contacts for the worker's path (/help/not-enrolled/): illustrative only. Numbers are
 * 000-0000-NNNN, which no Chinese telephone number can be (area codes and local numbers
 * never start with 0), and every address says 示例. Some regions have none, some only one
 * number, so the pages show their general wording too.
 */
const CONTACTS = {
  shenyang: { phone: true, service: true, street: '示例大街1号' },
  dalian: { phone: true, service: true, street: '示例路2号' },
  anshan: { phone: true, service: true, street: '示例街3号' },
  fushun: { phone: true, service: true, street: '示例路4号' },
  benxi: { phone: true, service: false, street: '示例街5号' },
  dandong: { phone: true, service: true, street: '示例大街6号' },
  jinzhou: { phone: true, service: true, street: '示例路7号' },
  yingkou: { phone: false, service: true, street: null },
  liaoyang: { phone: true, service: true, street: '示例街10号' },
  panjin: { phone: true, service: false, street: null },
  tieling: { phone: false, service: true, street: null },
  chaoyang: { phone: true, service: true, street: '示例路13号' },
};
const contactOf = (r, i) => {
  const c = CONTACTS[r.id];
  const n = String(i + 1).padStart(2, '0');
  return {
    inspection_phone: c?.phone ? `000-0000-${n}01` : '',
    inspection_address: c?.street ? `${r.name}${c.street}（示例地址）` : '',
    service_phone: c?.service ? `000-0000-${n}02` : '',
  };
};
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
counts.regions = writeCsv('regions.csv', ['id', 'name', 'name_en', 'code', 'kind', 'inspection_phone', 'inspection_address', 'service_phone', 'tile_row', 'tile_col'],
  REGIONS.map((r, i) => ({ id: r.id, name: r.name, name_en: r.nameEn, code: r.code, kind: r.kind ?? 'city', ...contactOf(r, i), tile_row: TILES[r.id][0], tile_col: TILES[r.id][1] })));

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

// The release calendar: every 2005 report on the day its release note gives (the 20th of the
// next month; a quarter's stage report with its third month), the year-end releases on the
// sample's as_of date, and the first releases of 2006 announced ahead, the January report
// moved by a week after the Spring Festival.
const calendar = [];
for (let m = 1; m <= 11; m++) {
  const date = `2005-${String(m + 1).padStart(2, '0')}-20`;
  calendar.push({ date, release: `2005-${String(m).padStart(2, '0')}`, status: 'published' });
  if (m % 3 === 0) calendar.push({ date, release: `2005-q${m / 3}`, status: 'published' });
}
for (const release of ['2005-12', '2005-q4', '2005', 'assessment-2005']) calendar.push({ date: AS_OF, release, status: 'published' });
calendar.push(
  { date: '2006-02-27', release: '2006-01', status: 'postponed', previous_date: '2006-02-20', note: '春节假期（1月29日至2月4日）后各市1月报表报送顺延，发布推迟一周。',
    note_en: 'The cities’ January returns are due later because of the Spring Festival holiday (29 January to 4 February), so the release is put back a week.' },
  { date: '2006-03-20', release: '2006-02', status: 'confirmed' },
  { date: '2006-04-20', release: '2006-03', status: 'planned' },
  { date: '2006-04-20', release: '2006-q1', status: 'planned' },
);
counts.calendar = writeCsv('calendar.csv', ['date', 'release', 'status', 'previous_date', 'note', 'note_en'], calendar);

const dataset = {
  title: '辽宁省社会保险扩面进展（示例数据）',
  publisher: '社会保险扩面公开数据项目（示例）',
  title_en: 'Liaoning social insurance coverage expansion (sample data)',
  publisher_en: 'Social Insurance Coverage Open Data Project (sample)',
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
