import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { CSV_EXPECTED } from '../../src/data/csv';
import { formatProblem } from '../../src/data/problems';
import { AT_2005_12_31, caught, dataFolder, itRejects, load, VALID_DIR, VALID_GB18030_DIR } from './helpers';

/** The files of the valid fixture, transformed. */
function validFiles(transform: (bytes: Buffer) => Uint8Array | string): Record<string, Uint8Array | string> {
  return Object.fromEntries(readdirSync(VALID_DIR).map((f) => [f, transform(readFileSync(path.join(VALID_DIR, f)))]));
}

describe('loadDataset(dir) on the valid fixture', () => {
  const { dataset, warnings } = loadDataset(VALID_DIR, { env: {}, now: new Date('2030-01-01') });

  it('reads every file, with the sample as_of as build date', () => {
    expect(dataset.buildDate).toBe('2005-12-31');
    expect(dataset.meta).toMatchObject({ sample: true, asOf: '2005-12-31' });
    expect(dataset.regions.map((r) => `${r.id}:${r.kind}`)).toEqual(['shenyang:city', 'dalian:city', 'provincial:provincial']);
    expect(dataset.targets).toHaveLength(7);
    expect(dataset.monthly).toHaveLength(57);
    expect(dataset.groups).toHaveLength(7);
    expect(dataset.employers).toHaveLength(7);
  });

  it('warns about the one month Dalian did not report', () => {
    expect(warnings.map(formatProblem)).toEqual([
      'monthly.csv:0: region=dalian insurance=pension: "2005-06" — no report for this month; charts show a gap',
    ]);
  });

  it('sorts monthly reports by month, then region, then insurance', () => {
    const keys = dataset.monthly.map((m) => `${m.month} ${['shenyang', 'dalian', 'provincial'].indexOf(m.region)} ${m.insurance === 'pension' ? 0 : 1}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives the same dataset from GB18030, UTF-8 with BOM and CRLF copies', () => {
    const expected = loadDataset(VALID_DIR, AT_2005_12_31);
    expect(loadDataset(VALID_GB18030_DIR, AT_2005_12_31)).toEqual(expected);
    const bom = dataFolder(validFiles((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])));
    expect(loadDataset(bom, AT_2005_12_31)).toEqual(expected);
    const crlf = dataFolder(validFiles((b) => b.toString('utf8').replace(/\n/g, '\r\n')));
    expect(loadDataset(crlf, AT_2005_12_31)).toEqual(expected);
  });
});

describe('loadDataset(dir) with problems', () => {
  it('requires regions.csv, targets.csv and monthly.csv', () => {
    const dir = dataFolder({ 'regions.csv': null, 'targets.csv': null, 'monthly.csv': null });
    expect(caught(() => loadDataset(dir, AT_2005_12_31)).problems.map(formatProblem)).toEqual([
      `regions.csv:0: — a required file; not found in ${dir}`,
      `targets.csv:0: — a required file; not found in ${dir}`,
      `monthly.csv:0: — a required file; not found in ${dir}`,
    ]);
  });

  it('reports a file it cannot read', () => {
    const dir = dataFolder({ 'groups.csv': null });
    mkdirSync(path.join(dir, 'groups.csv'));
    expect(caught(() => loadDataset(dir, AT_2005_12_31)).problems.map(formatProblem)).toEqual(['groups.csv:0: — a readable file (a folder, not a file)']);
  });

  it('lists every problem of every file in one run, and throws with all of them in the message', () => {
    const error = caught(() =>
      loadDataset(
        dataFolder({
          'dataset.json': '{"sample": "yes"}',
          'regions.csv': 'id,name,code\nshenyang,沈阳市,2101\nDalian,大连市,210200\n',
          'targets.csv': 'year,region,insurance,enrolled\n2005,province,pension,750万\n',
          'monthly.csv': 'month,region,insurance,enrolled,due\n2005-01,shenyang,pension,100,101\n2005-01,dalian,pension,1,\n',
          'groups.csv': 'month,region,insurance,group,enrolled\n2005-01,shenyang,pension,students,1\n',
          'employers.csv': 'id,region,name,insurance,violation,penalty,decision_no,decided_on,authority,notified_on,published_on\nE1,shenyang,示例公司,养老保险,未参保,罚款,1号,2005-05-20,局,2005-05-25,2005-05-30\n',
        }),
        AT_2005_12_31,
      ),
    );
    const lines = [
      'dataset.json:1: sample: "yes" — true or false',
      'regions.csv:2: code: "2101" — a 6-digit administrative division code (GB/T 2260)',
      'regions.csv:3: id: "Dalian" — an id of lowercase letters a–z, digits and "-", starting with a letter',
      'targets.csv:2: enrolled: "750万" — a whole number of persons (digits, optionally with "," thousands separators)',
      'monthly.csv:2: due: "101" — at most enrolled (100)',
      'monthly.csv:3: region: "dalian" — a region id from regions.csv',
      'groups.csv:2: group: "students" — a priority group: private_enterprise, non_public, flexible, public_institution, foreign_invested, restructured, urban_private, individual_business, central_provincial, struggling_retirees, high_risk, migrant (or its Chinese name, e.g. 灵活就业人员)',
      'employers.csv:2: published_on: "2005-05-30" — a date at least 10 days after notified_on (2005-05-25), so 2005-06-04 or later',
    ];
    expect(error.problems.map(formatProblem)).toEqual(lines);
    expect(error.message).toBe(`8 problems in the data files:\n${lines.join('\n')}`);
  });

  itRejects([
    [
      'lets other files refer to a region whose id is valid even when the rest of its row is not',
      { 'regions.csv': 'id,name,code\nshenyang,,210100\n' },
      ['regions.csv:2: name: "" — a non-empty text'],
    ],
    [
      'does not fail every reference when regions.csv itself cannot be read',
      { 'regions.csv': 'name,code\n沈阳市,210100\n' },
      ['regions.csv:1: id — a required column (or its Chinese name 标识); not in the header'],
    ],
    [
      'still lists the bad rows of a file whose reader stops at its header',
      { 'regions.csv': 'name,code\n沈阳市,210100\n大连市\n"省本级,\n' },
      [
        'regions.csv:1: id — a required column (or its Chinese name 标识); not in the header',
        'regions.csv:3: — 2 fields, as many as the header row has; this row has 1',
        `regions.csv:4: — ${CSV_EXPECTED.missingQuotes}`,
      ],
    ],
    [
      'lists the shape problems of rows among the cell problems, in line order',
      { 'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shenyang,pension,x\n2005-02,shenyang\n2005-03,shenyang,pension,"1"0"\n2005-04,shenyang,pension,y\n' },
      [
        'monthly.csv:2: enrolled: "x" — a whole number of persons (digits, optionally with "," thousands separators)',
        'monthly.csv:3: — 4 fields, as many as the header row has; this row has 2',
        `monthly.csv:4: — ${CSV_EXPECTED.invalidQuotes}`,
        'monthly.csv:5: enrolled: "y" — a whole number of persons (digits, optionally with "," thousands separators)',
      ],
    ],
  ]);

  it('carries the warnings along with the problems', () => {
    const error = caught(() => load({ 'monthly.csv': 'month,region,insurance,enrolled,备注\n2005-01,shenyang,pension,x,\n' }));
    expect(error.warnings.map(formatProblem)).toEqual(['monthly.csv:1: 备注 — unknown column, ignored']);
  });
});

describe('loadDataset(dir) at scale', () => {
  // Not timed (machines differ); a quadratic step would still blow the test timeout.
  it('reads 48,000 monthly reports and 10,000 employers, sorted and complete', () => {
    const regions = Array.from({ length: 100 }, (_, i) => `r${i},示例${i}市,${String(210100 + i * 100)},city`);
    const monthly = ['month,region,insurance,enrolled,due,paid'];
    for (let m = 0; m < 120; m++) {
      const month = `${1996 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      // Regions in reverse order, so the loader has to sort.
      for (let i = 99; i >= 0; i--) for (const ins of ['pension', 'medical', 'unemployment', 'work_injury']) monthly.push(`${month},r${i},${ins},"1,000,${String(i).padStart(3, '0')}",900000,800000`);
    }
    const employers = ['id,region,name,insurance,violation,penalty,decision_no,decided_on,authority,notified_on,published_on'];
    for (let j = 0; j < 10_000; j++) employers.push(`E${j},r${j % 100},示例${j}有限公司,养老保险、失业保险,"未按规定参保，涉及职工${j}人",罚款,罚〔2005〕${j}号,2005-05-20,局,2005-05-25,2005-06-15`);
    const { dataset, warnings } = load({
      'regions.csv': ['id,name,code,kind', ...regions].join('\n'),
      'targets.csv': 'year,region,insurance,enrolled\n2005,province,pension,1\n',
      'monthly.csv': monthly.join('\n'),
      'employers.csv': employers.join('\r\n'),
    });
    expect(warnings).toEqual([]);
    expect(dataset.monthly).toHaveLength(48_000);
    expect(dataset.monthly.slice(0, 5).map((m) => `${m.month} ${m.region} ${m.insurance}`)).toEqual([
      '1996-01 r0 pension',
      '1996-01 r0 unemployment',
      '1996-01 r0 medical',
      '1996-01 r0 work_injury',
      '1996-01 r1 pension',
    ]);
    expect(dataset.employers).toHaveLength(10_000);
    expect(dataset.employers[9_999]!.source.line).toBe(10_001);
  });
});
