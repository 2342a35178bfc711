#!/usr/bin/env node
/**
 * Writes a synthetic, contract-conforming dataset of national size for the benchmark
 * (docs/data-format.md): regions.csv, targets.csv, monthly.csv, groups.csv,
 * employers.csv and dataset.json.
 *
 * Default: 330 regions (329 cities with unique 6-digit codes + 省本级), ten years of
 * monthly reports (2005-01…2014-12 plus the 2004-12 baseline) for all four insurances
 * with due/paid/new_enrolled/new_paid, targets per year for every region and the
 * province, priority groups, and 100,000 named employers with a mix of publication
 * statuses on the build date 2014-12-31 (pass SOURCE_DATE_EPOCH=BUILD_EPOCH to the build).
 *
 * Everything is invented. Deterministic: each random draw comes from a PRNG stream
 * keyed by what it is for (region, insurance, employer…), so a region's figures are the
 * same at every --scale and two runs write identical bytes.
 *
 *   node bench/generate.mjs [--scale 1] [--regions 330] [--years 10] [--employers 100000]
 *                           [--out bench/out/data-<label>] [--smoke]
 *
 * As a module: `generate(options)` returns { dir, files, bytes, counts, buildEpoch }.
 */
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvField, GROUP_SHARES, uniform } from '../scripts/lib/synthetic.mjs';
import { BUILD_DAY, INSURANCES, int, pad2, pick, rng } from './generate-common.mjs';
import { employerRow, statusOf } from './generate-employers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

/** The last year of reports; the build date is its last day. */
const LAST_YEAR = 2014;
/** The build date of the dataset, as SOURCE_DATE_EPOCH: 2014-12-31 12:00 in Asia/Shanghai. */
export const BUILD_EPOCH = Date.UTC(2014, 11, 31, 4) / 1000;

/** Full size (scale 1): what the issue calls national. */
export const NATIONAL = Object.freeze({ regions: 330, years: 10, employers: 100_000 });
/** --smoke: enough of every file and every publication status to exercise the site, in seconds. */
export const SMOKE = Object.freeze({ regions: 6, years: 2, employers: 120 });

// ---------------------------------------------------------------------------
// Regions: invented two-character place names with their pinyin as ids

/** Characters common in Chinese place names, with pinyin (tone marks dropped). */
const PLACE_CHARS = [
  ['安', 'an'], ['宝', 'bao'], ['北', 'bei'], ['滨', 'bin'], ['昌', 'chang'], ['长', 'chang'], ['城', 'cheng'],
  ['川', 'chuan'], ['春', 'chun'], ['大', 'da'], ['德', 'de'], ['东', 'dong'], ['丰', 'feng'], ['福', 'fu'],
  ['阜', 'fu'], ['广', 'guang'], ['海', 'hai'], ['汉', 'han'], ['合', 'he'], ['和', 'he'], ['河', 'he'],
  ['衡', 'heng'], ['宏', 'hong'], ['湖', 'hu'], ['华', 'hua'], ['怀', 'huai'], ['淮', 'huai'], ['黄', 'huang'],
  ['惠', 'hui'], ['吉', 'ji'], ['嘉', 'jia'], ['建', 'jian'], ['江', 'jiang'], ['金', 'jin'], ['锦', 'jin'],
  ['晋', 'jin'], ['荆', 'jing'], ['景', 'jing'], ['九', 'jiu'], ['开', 'kai'], ['康', 'kang'], ['兰', 'lan'],
  ['乐', 'le'], ['丽', 'li'], ['连', 'lian'], ['临', 'lin'], ['林', 'lin'], ['柳', 'liu'], ['龙', 'long'],
  ['隆', 'long'], ['庐', 'lu'], ['洛', 'luo'], ['茂', 'mao'], ['梅', 'mei'], ['绵', 'mian'], ['南', 'nan'],
  ['宁', 'ning'], ['平', 'ping'], ['莆', 'pu'], ['齐', 'qi'], ['清', 'qing'], ['庆', 'qing'], ['泉', 'quan'],
  ['荣', 'rong'], ['瑞', 'rui'], ['山', 'shan'], ['商', 'shang'], ['韶', 'shao'], ['绍', 'shao'], ['沈', 'shen'],
  ['胜', 'sheng'], ['石', 'shi'], ['寿', 'shou'], ['顺', 'shun'], ['松', 'song'], ['太', 'tai'], ['泰', 'tai'],
  ['唐', 'tang'], ['天', 'tian'], ['通', 'tong'], ['铜', 'tong'], ['威', 'wei'], ['文', 'wen'], ['武', 'wu'],
  ['西', 'xi'], ['仙', 'xian'], ['湘', 'xiang'], ['新', 'xin'], ['信', 'xin'], ['兴', 'xing'], ['徐', 'xu'],
  ['许', 'xu'], ['宣', 'xuan'], ['延', 'yan'], ['阳', 'yang'], ['宜', 'yi'], ['益', 'yi'], ['营', 'ying'],
  ['永', 'yong'], ['玉', 'yu'], ['源', 'yuan'], ['云', 'yun'], ['枣', 'zao'], ['漳', 'zhang'], ['昭', 'zhao'],
  ['肇', 'zhao'], ['镇', 'zhen'], ['中', 'zhong'], ['州', 'zhou'], ['珠', 'zhu'], ['淄', 'zi'], ['遵', 'zun'],
];

/** First two digits of the province-level division codes (GB/T 2260). */
const PROVINCE_PREFIXES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65,
];

/**
 * The cities: unique names (two characters + 市), unique ids (their pinyin, joined by
 * "-"), unique 6-digit codes, and a relative size (log-normal: a few big cities, many small).
 */
function makeCities(count) {
  if (count > PROVINCE_PREFIXES.length * 99) throw new Error(`at most ${PROVINCE_PREFIXES.length * 99} cities`);
  const names = new Set();
  const ids = new Set();
  const cities = [];
  const r = rng('cities');
  while (cities.length < count) {
    const [c1, p1] = pick(r, PLACE_CHARS);
    const [c2, p2] = pick(r, PLACE_CHARS);
    if (c1 === c2) continue;
    const name = `${c1}${c2}市`;
    const id = `${p1}${p2}`;
    if (names.has(name)) continue;
    names.add(name);
    // Two cities whose pinyin agree get a numbered id, as slugs of homophones would.
    let unique = id;
    for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
    ids.add(unique);
    const i = cities.length;
    const code = `${PROVINCE_PREFIXES[i % PROVINCE_PREFIXES.length]}${String(1 + Math.floor(i / PROVINCE_PREFIXES.length)).padStart(2, '0')}00`;
    const nameEn = `${p1[0].toUpperCase()}${p1.slice(1)}${p2}`;
    cities.push({ id: unique, name, nameEn, code, kind: 'city', short: `${c1}${c2}` });
  }
  return cities;
}

/** A region's size: enrolment in pension at 2004-12, log-normal around 250,000. */
function regionSize(region) {
  const r = rng('size', region.id);
  if (region.kind === 'provincial') return 900_000;
  // Box–Muller for one normal draw.
  const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Math.round(250_000 * Math.exp(0.8 * z));
}

// ---------------------------------------------------------------------------
// Monthly reports, targets and groups

/** Size of each insurance relative to pension, and its yearly net growth. */
const INSURANCE_SHAPE = {
  pension: { share: 1, growth: [0.05, 0.1] },
  unemployment: { share: 0.78, growth: [0.03, 0.08] },
  medical: { share: 1.08, growth: [0.06, 0.12] },
  work_injury: { share: 0.62, growth: [0.08, 0.16] },
};
/** Relative net growth per calendar month: slow around the Spring Festival, a year-end push. */
const SEASON = [0.5, 0.4, 0.8, 0.9, 1.0, 1.2, 1.1, 1.0, 1.1, 1.2, 1.3, 1.5];

/** Priority groups reported per insurance, with their shares of enrolment and of growth. */
const GROUPS = GROUP_SHARES;

const monthName = (year, m) => `${year}-${pad2(m + 1)}`;

/**
 * One region × insurance: the month-end enrolment path from the baseline December
 * through every month of `years`, and each month's row.
 */
function regionSeries(region, ins, firstYear, years) {
  const shape = INSURANCE_SHAPE[ins];
  const r = rng('path', region.id, ins);
  let enrolled = Math.round(regionSize(region) * shape.share * uniform(r, 0.9, 1.1));
  const dueShare = uniform(r, 0.9, 0.97);
  const rateBase = uniform(r, 85, 96);
  const rows = [];
  const push = (month, prev) => {
    const net = enrolled - prev;
    const leavers = Math.round(prev * uniform(r, 0.0015, 0.0035));
    const newEnrolled = Math.max(0, net + leavers);
    const newPaid = Math.floor(newEnrolled * uniform(r, 0.92, 1.0));
    const due = Math.floor(enrolled * (dueShare + uniform(r, -0.004, 0.004)));
    const rate = Math.min(99.5, rateBase + uniform(r, -1.2, 1.2));
    const paid = Math.floor((due * rate) / 100);
    rows.push({ month, enrolled, due, paid, newEnrolled, newPaid });
  };
  push(monthName(firstYear - 1, 11), Math.round(enrolled / 1.004));
  for (let y = 0; y < years; y++) {
    const growth = uniform(r, shape.growth[0], shape.growth[1]);
    const yearStart = enrolled;
    const weights = SEASON.map((w) => w * uniform(r, 0.75, 1.25));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    for (let m = 0; m < 12; m++) {
      const prev = enrolled;
      cumulative += weights[m];
      // Net growth is never negative here: the campaign only adds (leavers are in new_enrolled).
      enrolled = Math.max(prev, Math.round(yearStart * (1 + (growth * cumulative) / weightSum)));
      push(monthName(firstYear + y, m), prev);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Writing


/** A CSV file written in chunks, so 100 MB never sits in one string. */
class CsvWriter {
  constructor(file, columns) {
    this.fd = openSync(file, 'w');
    this.columns = columns;
    this.buffer = [columns.join(',')];
    this.size = 0;
    this.rows = 0;
  }
  row(record) {
    this.buffer.push(this.columns.map((c) => csvField(record[c])).join(','));
    this.rows++;
    if (this.buffer.length >= 4096) this.flush();
  }
  flush() {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
  }
  close() {
    this.flush();
    closeSync(this.fd);
    return this.rows;
  }
}

/**
 * Options → resolved sizes. `scale` multiplies regions and employers (years stay), so
 * data size and page count grow together; explicit counts win over scale.
 */
export function resolveOptions(options = {}) {
  const base = options.smoke ? SMOKE : NATIONAL;
  const scale = options.scale ?? 1;
  const regions = options.regions ?? Math.max(2, Math.round((base.regions - 1) * scale) + 1);
  const years = options.years ?? base.years;
  const employers = options.employers ?? Math.round(base.employers * scale);
  const label = options.label ?? (options.smoke ? 'smoke' : `r${regions}-y${years}-e${employers}`);
  const out = path.resolve(ROOT, options.out ?? path.join('bench/out', `data-${label}`));
  if (!Number.isInteger(regions) || regions < 2) throw new Error('--regions: at least 2 (one city and 省本级)');
  if (!Number.isInteger(years) || years < 1 || years > 10) throw new Error('--years: 1 to 10');
  if (!Number.isInteger(employers) || employers < 0) throw new Error('--employers: a whole number');
  return { regions, years, employers, label, out };
}

/** Writes the dataset; returns what was written. */
export function generate(options = {}) {
  const { regions: regionCount, years, employers: employerCount, out } = resolveOptions(options);
  const firstYear = LAST_YEAR - years + 1;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const cities = makeCities(regionCount - 1);
  const provincial = { id: 'provincial', name: '省本级', nameEn: 'Provincial level', code: '', kind: 'provincial', short: '省' };
  const regions = [...cities, provincial];

  const counts = {};
  const w = (file, columns) => new CsvWriter(path.join(out, file), columns);

  const regionsCsv = w('regions.csv', ['id', 'name', 'name_en', 'code', 'kind']);
  for (const r of regions) regionsCsv.row({ id: r.id, name: r.name, name_en: r.nameEn, code: r.code, kind: r.kind });
  counts.regions = regionsCsv.close();

  // Monthly reports and groups, month by month (the order the loader sorts to anyway).
  const series = new Map();
  for (const region of regions) for (const ins of INSURANCES) series.set(`${region.id}|${ins}`, regionSeries(region, ins, firstYear, years));
  // A couple of reports "not submitted", as real data has: the loader warns and charts show the gap.
  const gaps = new Set();
  if (regions.length > 3 && years > 1) {
    gaps.add(`${regions[1].id}|work_injury|${firstYear}-04`);
    gaps.add(`${regions[regions.length - 2].id}|unemployment|${firstYear + 1}-07`);
  }
  const monthlyCsv = w('monthly.csv', ['month', 'region', 'insurance', 'enrolled', 'due', 'paid', 'new_enrolled', 'new_paid']);
  const groupsCsv = w('groups.csv', ['month', 'region', 'insurance', 'group', 'enrolled']);
  const monthCount = years * 12 + 1;
  const groupFactor = new Map();
  for (let m = 0; m < monthCount; m++) {
    for (const region of regions) {
      for (const ins of INSURANCES) {
        const row = series.get(`${region.id}|${ins}`)[m];
        if (gaps.has(`${region.id}|${ins}|${row.month}`)) continue;
        monthlyCsv.row({
          month: row.month, region: region.id, insurance: ins, enrolled: row.enrolled, due: row.due, paid: row.paid,
          new_enrolled: row.newEnrolled, new_paid: row.newPaid,
        });
        const base = series.get(`${region.id}|${ins}`)[0].enrolled;
        for (const [group, share, growthShare] of GROUPS[ins]) {
          const key = `${region.id}|${ins}|${group}`;
          let f = groupFactor.get(key);
          if (f === undefined) groupFactor.set(key, (f = uniform(rng('group', key), 0.7, 1.3)));
          const value = Math.max(0, Math.round((base * share + (row.enrolled - base) * growthShare) * f));
          groupsCsv.row({ month: row.month, region: region.id, insurance: ins, group, enrolled: value });
        }
      }
    }
  }
  counts.monthly = monthlyCsv.close();
  counts.groups = groupsCsv.close();

  // Targets: each region's plan is its December level over an achievement ratio (some miss);
  // the province's is the sum of the regions', rounded down to ten thousands.
  const targetsCsv = w('targets.csv', ['year', 'region', 'insurance', 'enrolled', 'contribution_rate']);
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    const planned = new Map();
    for (const region of regions) {
      for (const ins of INSURANCES) {
        const dec = series.get(`${region.id}|${ins}`)[12 * (y + 1)].enrolled;
        const ach = uniform(rng('target', region.id, ins, year), 0.96, 1.04);
        planned.set(`${region.id}|${ins}`, Math.max(1000, Math.round(dec / ach / 1000) * 1000));
      }
    }
    for (const ins of INSURANCES) {
      let sum = 0;
      for (const region of regions) sum += planned.get(`${region.id}|${ins}`);
      const rate = ins === 'pension' || ins === 'unemployment' ? 90 : '';
      targetsCsv.row({ year, region: 'province', insurance: ins, enrolled: Math.floor(sum / 10_000) * 10_000, contribution_rate: rate });
    }
    for (const region of regions) {
      for (const ins of INSURANCES) {
        const rate = ins === 'pension' || ins === 'unemployment' ? 90 : '';
        targetsCsv.row({ year, region: region.id, insurance: ins, enrolled: planned.get(`${region.id}|${ins}`), contribution_rate: rate });
      }
    }
  }
  counts.targets = targetsCsv.close();

  // Employers: spread over regions in proportion to their size, in a stable order.
  const weights = regions.map(regionSize);
  const total = weights.reduce((a, b) => a + b, 0);
  const perRegion = weights.map((wt) => Math.floor((employerCount * wt) / total));
  for (let k = 0, rest = employerCount - perRegion.reduce((a, b) => a + b, 0); rest > 0; k++, rest--) perRegion[k % regions.length]++;
  const employersCsv = w('employers.csv', [
    'id', 'region', 'name', 'credit_code', 'insurance', 'workers', 'violation', 'penalty', 'legal_basis', 'decision_no',
    'decided_on', 'authority', 'notified_on', 'published_on', 'rectified_on', 'expires_on', 'revoked_on',
  ]);
  const decisionCounter = new Map();
  const statuses = { published: 0, embargoed: 0, expired: 0, revoked: 0 };
  let j = 0;
  for (const [i, region] of regions.entries()) {
    for (let seq = 0; seq < perRegion[i]; seq++, j++) {
      const status = statusOf(j);
      statuses[status]++;
      employersCsv.row(employerRow(region, seq, status, decisionCounter));
    }
  }
  counts.employers = employersCsv.close();

  const meta = {
    title: '全国社会保险扩面进展（基准测试合成数据）',
    publisher: '社会保险扩面公开数据项目（基准测试）',
    as_of: BUILD_DAY,
    sample: false,
    license: 'CC BY 4.0',
    contact: 'bench@example.org',
  };
  writeFileSync(path.join(out, 'dataset.json'), JSON.stringify(meta, null, 2) + '\n', 'utf8');

  const files = readdirSync(out);
  const bytes = files.reduce((s, f) => s + statSync(path.join(out, f)).size, 0);
  return { dir: out, files, bytes, counts, statuses, buildEpoch: BUILD_EPOCH };
}

// ---------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--smoke') options.smoke = true;
    else if (arg === '--scale') options.scale = Number(value());
    else if (arg === '--regions') options.regions = Number(value());
    else if (arg === '--years') options.years = Number(value());
    else if (arg === '--employers') options.employers = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.scale !== undefined && !(options.scale > 0)) throw new Error('--scale: a positive number');
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options.help) {
      console.log('node bench/generate.mjs [--scale 1] [--regions 330] [--years 10] [--employers 100000] [--out DIR] [--smoke]');
      process.exit(0);
    }
    const started = performance.now();
    const result = generate(options);
    const mb = (result.bytes / 1e6).toFixed(1);
    console.log(
      `wrote ${path.relative(process.cwd(), result.dir) || '.'}/ (${mb} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
        Object.entries(result.counts).map(([f, n]) => `${f} ${n.toLocaleString('en-US')}`).join(', ') +
        `; employers on ${BUILD_DAY}: ` +
        Object.entries(result.statuses).map(([s, n]) => `${n.toLocaleString('en-US')} ${s}`).join(', ') +
        `\nbuild with SOURCE_DATE_EPOCH=${result.buildEpoch}`,
    );
  } catch (err) {
    console.error(`generate: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
