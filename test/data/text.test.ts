import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../src/data/credit-code';
import { EMPLOYER_COLUMNS } from '../../src/data/employers';
import { loadDataset } from '../../src/data/load';
import { hasIdNumberCheckDigit } from '../../src/data/privacy';
import { DataError, formatProblem } from '../../src/data/problems';
import { AT_2005_12_31, caught, dataFolder, load, MINIMAL, problemsOf } from './helpers';

type Column = (typeof EMPLOYER_COLUMNS)[number]['key'];
const KEYS = EMPLOYER_COLUMNS.map((c) => c.key);
const BASE: Record<Column, string> = {
  id: 'E1', region: 'shenyang', name: '沈阳示例机械制造有限公司', credit_code: '', insurance: '养老保险', workers: '12',
  violation: '未按规定为职工办理社会保险登记。', penalty: '罚款5000元', legal_basis: '', decision_no: '沈劳社监罚〔2005〕1号',
  decided_on: '2005-05-20', authority: '沈阳市劳动和社会保障局', notified_on: '2005-05-25', published_on: '2005-06-15',
  rectified_on: '', expires_on: '', revoked_on: '',
};

/** employers.csv with one row: BASE changed by `row`. */
function employer(row: Partial<Record<Column, string>>): Record<string, string> {
  const cells = KEYS.map((k) => {
    const value = row[k] ?? BASE[k];
    return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  });
  return { 'employers.csv': `${KEYS.join(',')}\n${cells.join(',')}\n` };
}

/** The whole message of the DataError, as the build log shows it. */
function log(files: Record<string, string | Uint8Array | null>): string {
  return caught(() => loadDataset(dataFolder(files), AT_2005_12_31)).message;
}

const MOBILE = '13912341357';
const REGIONS_HEAD = 'id,name,code,kind,inspection_phone,service_phone,inspection_address';

describe('personal numbers in every text column of every file', () => {
  it('checks regions.csv, and allows public landlines and 5-digit service numbers', () => {
    const ok = `${REGIONS_HEAD}\nshenyang,沈阳市,210100,city,024-12333,12333,沈阳市和平区\ndalian,大连市,210200,,(0411) 8888 1234,,\nprovincial,省本级,,provincial,,,\n`;
    expect(load({ 'regions.csv': ok }).dataset.regions[0]!.inspectionPhone).toBe('024-12333');
    const bad = ok.replace('024-12333', '139 1234 1357');
    expect(problemsOf({ 'regions.csv': bad })).toEqual([
      'regions.csv:2: inspection_phone: "139****1357" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
    ]);
  });

  it('checks dataset.json, also for the old 15-digit identity number', () => {
    expect(problemsOf({ 'dataset.json': '{\n"contact": "王 210102 800101 123"\n}' })).toEqual([
      'dataset.json:2: contact: "210********1123" — no resident identity number (17 digits + digit or X, or the old 15 digits): no personal data is ever published',
    ]);
  });

  it('finds a number split across two neighbouring columns', () => {
    const regions = `${REGIONS_HEAD}\nshenyang,沈阳市,210100,city,,,联系 139 1234\ndalian,大连市,210200,,,,\nprovincial,省本级,,provincial,,,\n`
      .replace('inspection_phone,service_phone,inspection_address', 'inspection_phone,inspection_address,service_phone')
      .replace(',,,联系 139 1234', ',,联系 139 1234,1357');
    expect(problemsOf({ 'regions.csv': regions })).toEqual([
      'regions.csv:2: inspection_address, service_phone: "139****1357" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
    ]);
  });

  it('does not join two counts of neighbouring columns into a phone number', () => {
    const monthly = 'month,region,insurance,enrolled,due,paid,new_enrolled,new_paid\n2005-01,shenyang,pension,900000,800000,13912,341357,100\n';
    expect(load({ 'monthly.csv': monthly }).dataset.monthly[0]!.paid).toBe(13912);
  });

  it('refuses an identity number in credit_code even when it is also a valid credit code', () => {
    const person = personalCreditCode();
    const problems = problemsOf(employer({ credit_code: person }));
    expect(problems).toEqual([
      `employers.csv:2: credit_code: "${person.slice(0, 3)}***********${person.slice(-4)}" — no resident identity number (17 digits + digit or X, or the old 15 digits): no personal data is ever published`,
    ]);
  });

  it('never prints a personal number in full, even in a message about another rule of the same cell', () => {
    const id = '210102198001011234';
    const text = [
      log(employer({ credit_code: id })), // not a valid credit code either
      log(employer({ region: MOBILE })), // an unknown region
      log({ ...employer({ decision_no: `沈罚 ${MOBILE}` }), 'monthly.csv': `month,region,insurance,enrolled\n2005-01,${MOBILE},pension,1\n` }),
      log({ 'targets.csv': `year,region,insurance,enrolled\n2005,province,pension,${MOBILE}\n` }),
      // In a header cell: an unknown column, a warning.
      load({ 'monthly.csv': `month,region,insurance,enrolled,${MOBILE}\n2005-01,shenyang,pension,1,\n` }).warnings.join('\n'),
    ].join('\n');
    expect(text).toContain('139****1357');
    expect(text).toContain('210***********1234');
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain(id);
    expect(text).not.toMatch(/\d{11}/);
  });
});

describe('characters', () => {
  it('refuses control characters, bidirectional overrides and what XML cannot hold', () => {
    for (const [ch, name] of [['\u0000', 'U+0000'], ['\u000b', 'U+000B'], ['\u001b', 'U+001B'], ['\b', 'U+0008'], ['\u0085', 'U+0085']]) {
      const problems = problemsOf(employer({ name: `沈阳${ch}公司` }));
      expect(problems.join('\n'), name).toContain(`no control characters (found ${name})`);
    }
    for (const ch of ['\u202e', '\u202a', '\u2066', '\u2069']) {
      expect(problemsOf(employer({ name: `沈阳${ch}公司` })).join('\n')).toContain('no bidirectional override');
    }
    expect(problemsOf({ 'dataset.json': '{"title": "a\\uffffb"}' }).join('\n')).toContain('only characters XML can hold (found U+FFFF)');
    expect(problemsOf({ 'dataset.json': '{"title": "a\\ud800b"}' }).join('\n')).toContain('only characters XML can hold (found U+D800)');
  });

  it('keeps tabs and line breaks of quoted text', () => {
    const { dataset } = load(employer({ violation: '第一，\n第二\t。' }));
    expect(dataset.employers[0]!.violation).toBe('第一，\n第二\t。');
  });

  it('shows invisible characters escaped in messages, never raw', () => {
    const problems = problemsOf({ 'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shen\u200byang\u202e,pension,1\n' });
    const text = problems.join('\n');
    expect(text).toContain('shen\\u{200B}yang\\u{202E}');
    expect(text).not.toMatch(/[\u200b\u202e]/);
  });

  it('does not let a header cell forge a line of the log', () => {
    const forged = '"x\n✔ built dist/ in 1 s\u001b[2K\r"';
    const { warnings } = load({ 'monthly.csv': `month,region,insurance,enrolled,${forged}\n2005-01,shenyang,pension,1,\n` });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toMatch(/[\n\r\u001b]/);
    expect(warnings[0]).toBe('monthly.csv:1: x\\n✔ built dist/ in 1 s\\u{001B}[2K — unknown column, ignored');
  });
});

describe('lengths and names', () => {
  it('refuses ids over 64, names over 200 and other texts over 2,000 characters, naming the line', () => {
    expect(problemsOf(employer({ id: 'E'.repeat(300) })).join('\n')).toContain('employers.csv:2: id: "EEEE');
    expect(problemsOf(employer({ id: 'E'.repeat(300) })).join('\n')).toContain('at most 64 characters; this one has 300');
    expect(load(employer({ id: 'E'.repeat(64) })).dataset.employers).toHaveLength(1);
    expect(problemsOf(employer({ name: '沈'.repeat(201) })).join('\n')).toContain('at most 200 characters; this one has 201');
    expect(problemsOf(employer({ violation: '未'.repeat(2001) })).join('\n')).toContain('at most 2,000 characters; this one has 2,001');
    const regions = MINIMAL['regions.csv']!.replace('dalian,', `${'d'.repeat(65)},`);
    expect(problemsOf({ 'regions.csv': regions }).join('\n')).toContain('regions.csv:3: id:');
  });

  it('refuses the names Windows reserves as ids, in any letter case', () => {
    for (const id of ['con', 'NUL', 'Aux', 'prn', 'com1', 'LPT9']) {
      expect(problemsOf(employer({ id })).join('\n'), id).toContain('an id other than con, prn, aux, nul');
    }
    expect(problemsOf({ 'regions.csv': MINIMAL['regions.csv']!.replace('dalian,', 'aux,') }).join('\n')).toContain('regions.csv:3: id: "aux"');
    expect(load(employer({ id: 'console' })).dataset.employers).toHaveLength(1);
  });
});

describe('encodings', () => {
  it('refuses a UTF-8 file with one stray byte, naming the line of the byte, rather than reading it as GB18030', () => {
    const bytes = Buffer.concat([
      Buffer.from('id,name,code,kind\nshenyang,沈阳市,210100,city\ndalian,大连'),
      Buffer.from([0xb5]),
      Buffer.from('市,210200,\nprovincial,省本级,,provincial\n'),
    ]);
    expect(problemsOf({ 'regions.csv': bytes })[0]).toBe(
      'regions.csv:3: — UTF-8 throughout; this line has the byte 0xB5, which is not UTF-8, in a file that is otherwise UTF-8 (retype the line, or save the whole file again as "CSV UTF-8")',
    );
  });

  it('hints at UTF-16 without a byte-order mark instead of listing missing columns', () => {
    const utf16 = Buffer.from(MINIMAL['monthly.csv']!, 'utf16le');
    expect(problemsOf({ 'monthly.csv': utf16 })).toEqual([
      'monthly.csv:0: — a text file in UTF-8 or GB18030/GBK; this one looks like UTF-16 without a byte-order mark (every other byte is 0): in Excel choose "CSV UTF-8" or "CSV"',
    ]);
    expect(caught(() => loadDataset(dataFolder({ 'monthly.csv': utf16 }), { ...AT_2005_12_31, readAhead: true })).problems.map(formatProblem)).toEqual([
      'monthly.csv:0: — a text file in UTF-8 or GB18030/GBK; this one looks like UTF-16 without a byte-order mark (every other byte is 0): in Excel choose "CSV UTF-8" or "CSV"',
    ]);
  });
});

describe('whole files', () => {
  it('blames a header-only monthly.csv on monthly.csv', () => {
    expect(problemsOf({ 'monthly.csv': 'month,region,insurance,enrolled\n' })).toEqual(['monthly.csv:2: — at least one data row below the header']);
  });

  it('lists at most 200 problems and counts the rest by kind', () => {
    const rows = Array.from({ length: 5000 }, () => '2005-01,shenyang,pension,1').join('\n');
    const error = caught(() => loadDataset(dataFolder({ 'monthly.csv': `month,region,insurance,enrolled\n${rows}\n` }), AT_2005_12_31));
    expect(error.problems).toHaveLength(200);
    expect(error.total).toBe(4999);
    expect(error.message).toMatch(/^4,999 problems in the data files:/);
    expect(error.message).toContain('… and 4,799 more problems not listed one by one, by kind:\n  4,799 × monthly.csv: month, region, insurance: unique in the file; already on line #');
  });

  it('refuses a named pipe or a folder without waiting on it', () => {
    const dir = dataFolder({ 'employers.csv': null });
    execFileSync('mkfifo', [path.join(dir, 'employers.csv')]);
    mkdirSync(path.join(dir, 'groups.csv'));
    for (const readAhead of [false, true]) {
      const problems = caught(() => loadDataset(dir, { ...AT_2005_12_31, readAhead })).problems.map(formatProblem);
      expect(problems).toEqual([
        'groups.csv:0: — a readable file (a folder, not a file)',
        'employers.csv:0: — a readable file (not a regular file (a named pipe, socket or device is never read))',
      ]);
    }
  });

  it('refuses counts whose sums would not be exact', () => {
    expect(problemsOf({ 'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shenyang,pension,"999,999,999,999,999"\n' })).toEqual([
      'monthly.csv:2: enrolled: "999,999,999,999,999" — a count of at most 2,000,000,000 persons (larger counts are no counts of persons, and their sums would not be exact)',
    ]);
    expect(load({ 'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shenyang,pension,2000000000\n' }).dataset.monthly[0]!.enrolled).toBe(2e9);
  });
});

describe('dates of named employers', () => {
  it('keeps a publication far in the future embargoed, not expired', async () => {
    const { withheldEmployers } = await import('../../src/data/publication');
    const { dataset } = load(employer({ published_on: '9999-12-20' }));
    expect(dataset.employers[0]!.expiresOn).toBe('9999-12-31');
    expect(withheldEmployers(dataset.employers, dataset.buildDate)).toEqual([{ id: 'E1', reason: 'embargoed' }]);
  });

  it('refuses a rectification after the build date', () => {
    expect(problemsOf(employer({ rectified_on: '2006-01-05' }))).toEqual([
      'employers.csv:2: rectified_on: "2006-01-05" — a date not after the build date (2005-12-31)',
    ]);
  });
});

/** An all-digit valid credit code that is also a valid identity number of someone born 1980-01-01. */
function personalCreditCode(): string {
  for (let n = 0; n < 1000; n++) {
    const first17 = `21010219800101${String(n).padStart(3, '0')}`;
    const code = first17 + creditCodeCheckCharacter(first17)!;
    if (/^\d{18}$/.test(code) && hasIdNumberCheckDigit(code)) return code;
  }
  throw new Error('none found');
}

void DataError;
