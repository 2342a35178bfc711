import { describe, expect, it } from 'vitest';
import { EMPLOYER_COLUMNS } from '../../src/data/employers';
import { itRejects, load, problemsOf } from './helpers';

type Column = (typeof EMPLOYER_COLUMNS)[number]['key'];

/** A valid row; each test changes only the cells it is about. */
const BASE: Record<Column, string> = {
  id: 'E2005-001',
  region: 'shenyang',
  name: '沈阳示例机械制造有限公司',
  credit_code: '91350100M000100Y43',
  insurance: '养老保险、失业保险',
  workers: '120',
  violation: '未按规定为职工办理社会保险登记。',
  penalty: '罚款5000元',
  legal_basis: '《社会保险费征缴暂行条例》第二十三条',
  decision_no: '沈劳社监罚〔2005〕1号',
  decided_on: '2005-05-20',
  authority: '沈阳市劳动和社会保障局',
  notified_on: '2005-05-25',
  published_on: '2005-06-15',
  rectified_on: '',
  expires_on: '',
  revoked_on: '',
};
const KEYS = EMPLOYER_COLUMNS.map((c) => c.key);

function employers(...rows: Partial<Record<Column, string>>[]) {
  const lines = rows.map((row, i) =>
    KEYS.map((k) => {
      const value = row[k] ?? (k === 'id' ? `E${i + 1}` : k === 'decision_no' ? `沈劳社监罚〔2005〕${i + 1}号` : BASE[k]);
      return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    }).join(','),
  );
  return { 'employers.csv': [KEYS.join(','), ...lines].join('\n') };
}

describe('employers.csv', () => {
  it('is optional', () => {
    expect(load({ 'employers.csv': null }).dataset.employers).toEqual([]);
  });

  it('reads a complete entry, with the default expiry three years after publication', () => {
    const { dataset } = load(employers({ id: 'E2005-001', decision_no: BASE.decision_no, rectified_on: '2005-08-01' }));
    expect(dataset.employers).toEqual([
      {
        id: 'E2005-001',
        region: 'shenyang',
        name: '沈阳示例机械制造有限公司',
        creditCode: '91350100M000100Y43',
        insurances: ['pension', 'unemployment'],
        workers: 120,
        violation: '未按规定为职工办理社会保险登记。',
        penalty: '罚款5000元',
        legalBasis: '《社会保险费征缴暂行条例》第二十三条',
        decisionNo: '沈劳社监罚〔2005〕1号',
        decidedOn: '2005-05-20',
        authority: '沈阳市劳动和社会保障局',
        notifiedOn: '2005-05-25',
        publishedOn: '2005-06-15',
        rectifiedOn: '2005-08-01',
        expiresOn: '2008-06-15',
        expiresByDefault: true,
        source: { file: 'employers.csv', line: 2 },
      },
    ]);
  });

  it('keeps an explicit expiry and leaves optional fields out when empty', () => {
    const { dataset } = load(employers({ credit_code: '', workers: '', legal_basis: '', expires_on: '2006-06-15' }));
    const [e] = dataset.employers;
    expect(e).toMatchObject({ expiresOn: '2006-06-15', expiresByDefault: false });
    expect(e).not.toHaveProperty('creditCode');
    expect(e).not.toHaveProperty('workers');
    expect(e).not.toHaveProperty('legalBasis');
  });

  it('accepts the Chinese column names', () => {
    const header = EMPLOYER_COLUMNS.map((c) => c.alias).join(',');
    const row = KEYS.map((k) => BASE[k]).join(',');
    const { dataset } = load({ 'employers.csv': `${header}\n${row}\n` });
    expect(dataset.employers[0]).toMatchObject({ id: 'E2005-001', insurances: ['pension', 'unemployment'] });
  });

  it('rejects every empty required field, naming each', () => {
    const empty = { id: '', region: '', name: '', insurance: '', violation: '', penalty: '', decision_no: '', decided_on: '', authority: '', notified_on: '', published_on: '' };
    expect(problemsOf(employers(empty))).toEqual([
      'employers.csv:2: id: "" — an id of letters, digits and "-", starting with a letter or digit',
      'employers.csv:2: region: "" — a region id from regions.csv',
      'employers.csv:2: name: "" — a non-empty text',
      'employers.csv:2: insurance: "" — one or more insurances separated by ";", "；" or "、": pension, unemployment, medical, work_injury (or 企业职工基本养老保险, 养老保险, 基本养老保险, 失业保险, 基本医疗保险, 医疗保险, 工伤保险)',
      'employers.csv:2: violation: "" — a non-empty text',
      'employers.csv:2: penalty: "" — a non-empty text',
      'employers.csv:2: decision_no: "" — a non-empty text',
      'employers.csv:2: decided_on: "" — a date as YYYY-MM-DD that exists in the calendar',
      'employers.csv:2: authority: "" — a non-empty text',
      'employers.csv:2: notified_on: "" — a date as YYYY-MM-DD that exists in the calendar',
      'employers.csv:2: published_on: "" — a date as YYYY-MM-DD that exists in the calendar',
    ]);
  });

  it('rejects a missing required column once, not on every row', () => {
    const header = KEYS.filter((k) => k !== 'authority');
    const row = header.map((k) => BASE[k]).join(',');
    expect(problemsOf({ 'employers.csv': `${header.join(',')}\n${row}\n${row.replace('E2005-001', 'E2').replace('1号', '2号')}\n` })).toEqual([
      'employers.csv:1: authority — a required column (or its Chinese name 处罚机关); not in the header',
    ]);
  });

  it('rejects an id outside the pattern and a repeated id, ignoring letter case', () => {
    expect(problemsOf(employers({ id: 'E_1' }, { id: 'e2005-9' }, { id: 'E2005-9' }))).toEqual([
      'employers.csv:2: id: "E_1" — an id of letters, digits and "-", starting with a letter or digit',
      'employers.csv:4: id: "E2005-9" — unique in the file, ignoring letter case; already on line 3',
    ]);
  });

  it('rejects the ids of the list pages, in any letter case', () => {
    expect(problemsOf(employers({ id: 'by-date' }, { id: 'Regions' }))).toEqual([
      'employers.csv:2: id: "by-date" — an id other than "by-date" and "regions" (in any letter case): those addresses under /employers/ are the lists',
      'employers.csv:3: id: "Regions" — an id other than "by-date" and "regions" (in any letter case): those addresses under /employers/ are the lists',
    ]);
    expect(load(employers({ id: 'regions-2005-1' })).dataset.employers).toHaveLength(1);
  });

  it('requires a decision number: nothing is named without a decision', () => {
    expect(problemsOf(employers({ decision_no: '' }))).toEqual(['employers.csv:2: decision_no: "" — a non-empty text']);
    expect(problemsOf(employers({ decision_no: ' \t' }))).toEqual(['employers.csv:2: decision_no: "" — a non-empty text']);
  });

  it('rejects a publication before the decision, through the notice that must come between', () => {
    expect(problemsOf(employers({ decided_on: '2005-06-20', notified_on: '2005-06-01', published_on: '2005-06-15' }))).toEqual([
      'employers.csv:2: notified_on: "2005-06-01" — a date not before decided_on (2005-06-20)',
    ]);
    expect(problemsOf(employers({ decided_on: '2005-06-20', notified_on: '2005-06-20', published_on: '2005-06-15' }))).toEqual([
      'employers.csv:2: published_on: "2005-06-15" — a date at least 10 days after notified_on (2005-06-20), so 2005-06-30 or later',
    ]);
  });

  itRejects([
    [
      'rejects an unknown region and province',
      employers({ region: 'anshan' }, { region: 'province' }),
      [
        'employers.csv:2: region: "anshan" — a region id from regions.csv',
        'employers.csv:3: region: "province" — a region id from regions.csv (province figures are the sum of all regions, never a row of their own)',
      ],
    ],
    [
      'rejects a credit code with a wrong check character or length',
      employers({ credit_code: '91350100M000100Y44' }, { credit_code: '91350100M000100Y4' }),
      [
        'employers.csv:2: credit_code: "91350100M000100Y44" — an 18-character unified social credit code (GB 32100) with a valid check character',
        'employers.csv:3: credit_code: "91350100M000100Y4" — an 18-character unified social credit code (GB 32100) with a valid check character',
      ],
    ],
  ]);

  it('reads insurance lists separated by ";", "；" or "、", and rejects anything else', () => {
    const { dataset } = load(employers({ insurance: 'pension;medical' }, { insurance: '工伤保险；失业保险' }, { insurance: '医疗保险' }));
    expect(dataset.employers.map((e) => e.insurances)).toEqual([['pension', 'medical'], ['unemployment', 'work_injury'], ['medical']]);
    expect(problemsOf(employers({ insurance: '养老保险,失业保险' }))[0]).toMatch(/^employers\.csv:2: insurance: "养老保险,失业保险" — one or more insurances/);
    expect(problemsOf(employers({ insurance: '养老保险、生育保险' }))[0]).toMatch(/^employers\.csv:2: insurance: "养老保险、生育保险" — one or more insurances/);
  });

  itRejects([
    [
      'rejects a workers count that is not a whole number',
      employers({ workers: '约120' }),
      ['employers.csv:2: workers: "约120" — a whole number of persons (digits, optionally with "," thousands separators)'],
    ],
    [
      'rejects a repeated decision number',
      employers({ decision_no: '沈劳社监罚〔2005〕7号' }, { decision_no: '沈劳社监罚〔2005〕7号' }),
      ['employers.csv:3: decision_no: "沈劳社监罚〔2005〕7号" — unique in the file; already on line 2'],
    ],
    [
      'rejects dates that do not exist',
      employers({ decided_on: '2005-02-29' }, { rectified_on: '2005/08/01' }, { revoked_on: '2005-13-01' }),
      [
        'employers.csv:2: decided_on: "2005-02-29" — a date as YYYY-MM-DD that exists in the calendar',
        'employers.csv:3: rectified_on: "2005/08/01" — a date as YYYY-MM-DD that exists in the calendar',
        'employers.csv:4: revoked_on: "2005-13-01" — a date as YYYY-MM-DD that exists in the calendar',
      ],
    ],
    [
      'rejects a notice before the decision',
      employers({ decided_on: '2005-05-20', notified_on: '2005-05-19' }),
      ['employers.csv:2: notified_on: "2005-05-19" — a date not before decided_on (2005-05-20)'],
    ],
  ]);

  it('requires publication at least 10 days after the notice (day 10 is fine, day 9 is not)', () => {
    expect(load(employers({ notified_on: '2005-05-25', published_on: '2005-06-04' })).dataset.employers).toHaveLength(1);
    expect(problemsOf(employers({ notified_on: '2005-05-25', published_on: '2005-06-03' }))).toEqual([
      'employers.csv:2: published_on: "2005-06-03" — a date at least 10 days after notified_on (2005-05-25), so 2005-06-04 or later',
    ]);
  });

  it('rejects rectification or revocation before the decision', () => {
    expect(problemsOf(employers({ rectified_on: '2005-05-19' }, { revoked_on: '2005-05-01' }))).toEqual([
      'employers.csv:2: rectified_on: "2005-05-19" — a date not before decided_on (2005-05-20)',
      'employers.csv:3: revoked_on: "2005-05-01" — a date not before decided_on (2005-05-20)',
    ]);
  });

  it('allows expiry at most 3 years after publication, and only after it', () => {
    expect(load(employers({ expires_on: '2008-06-15' })).dataset.employers[0]!.expiresOn).toBe('2008-06-15');
    expect(problemsOf(employers({ expires_on: '2008-06-16' }, { expires_on: '2005-06-15' }))).toEqual([
      'employers.csv:2: expires_on: "2008-06-16" — a date at most 3 years after published_on (2005-06-15), so 2008-06-15 or earlier',
      'employers.csv:3: expires_on: "2005-06-15" — a date after published_on (2005-06-15)',
    ]);
  });

  it('ends the default publication on 28 February when published on 29 February', () => {
    const { dataset } = load(employers({ decided_on: '2004-02-01', notified_on: '2004-02-10', published_on: '2004-02-29' }));
    expect(dataset.employers[0]!.expiresOn).toBe('2007-02-28');
  });

  it('rejects a mobile number or identity number anywhere in any field, masked in the message', () => {
    expect(
      problemsOf(
        employers(
          { violation: '经查，该单位负责人（电话13800138000）拒不改正。' },
          { name: '沈阳示例商店（经营者身份证210102198001011234）' },
          { penalty: '联系 +86 139-1234-5678' },
          { legal_basis: '21010219800101123X' },
        ),
      ),
    ).toEqual([
      'employers.csv:2: violation: "138****8000" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
      'employers.csv:3: name: "210***********1234" — no resident identity number (17 digits + digit or X, or the old 15 digits): no personal data is ever published',
      'employers.csv:4: penalty: "139****5678" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
      'employers.csv:5: legal_basis: "210***********123X" — no resident identity number (17 digits + digit or X, or the old 15 digits): no personal data is ever published',
    ]);
  });

  it('checks columns it otherwise ignores for personal data too', () => {
    const header = [...KEYS, '备注'].join(',');
    const row = [...KEYS.map((k) => BASE[k]), '负责人手机13912345678'].join(',');
    expect(problemsOf({ 'employers.csv': `${header}\n${row}\n` })).toEqual([
      'employers.csv:2: 备注: "139****5678" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
    ]);
  });

  it('does not take the credit code for a phone number', () => {
    expect(load(employers({ credit_code: '91210100MA0X00001B' })).dataset.employers).toHaveLength(1);
  });

  it('keeps line numbers right after a violation text that spans lines', () => {
    expect(problemsOf(employers({ violation: '第一行\n第二行\n第三行' }, { workers: 'x' }))).toEqual([
      'employers.csv:5: workers: "x" — a whole number of persons (digits, optionally with "," thousands separators)',
    ]);
  });
});
