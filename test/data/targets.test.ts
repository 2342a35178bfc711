import { describe, expect, it } from 'vitest';
import { itRejects, load } from './helpers';

const targets = (...rows: string[]) => ({ 'targets.csv': ['year,region,insurance,enrolled,contribution_rate', ...rows].join('\n') });

describe('targets.csv', () => {
  it('reads province-wide and regional targets, sorted by year, province first, then regions.csv order', () => {
    const { dataset } = load(
      targets('2005,dalian,失业保险,"1,200,000",', '2005,province,养老保险,"7,500,000",90', '2004,shenyang,pension,2000000,92.5'),
    );
    expect(dataset.targets).toEqual([
      { year: 2004, region: 'shenyang', insurance: 'pension', enrolled: 2_000_000, contributionRate: 92.5, source: { file: 'targets.csv', line: 4 } },
      { year: 2005, region: 'province', insurance: 'pension', enrolled: 7_500_000, contributionRate: 90, source: { file: 'targets.csv', line: 3 } },
      { year: 2005, region: 'dalian', insurance: 'unemployment', enrolled: 1_200_000, source: { file: 'targets.csv', line: 2 } },
    ]);
  });

  it('accepts the Chinese column names', () => {
    const { dataset } = load({ 'targets.csv': '年度,地区,险种,参保人数目标,缴费率目标\n2005,province,医疗保险,"3,000,000",85\n' });
    expect(dataset.targets[0]).toMatchObject({ insurance: 'medical', enrolled: 3_000_000, contributionRate: 85 });
  });

  itRejects([
    ['rejects a year that is not four digits', targets('05,province,pension,100,'), ['targets.csv:2: year: "05" — a year as four digits']],
    [
      'rejects a region that is not in regions.csv',
      targets('2005,anshan,pension,100,'),
      ['targets.csv:2: region: "anshan" — a region id from regions.csv, or province'],
    ],
    [
      'rejects an unknown insurance',
      targets('2005,province,生育保险,100,'),
      [
        'targets.csv:2: insurance: "生育保险" — an insurance: pension, unemployment, medical, work_injury (or 企业职工基本养老保险, 养老保险, 基本养老保险, 失业保险, 基本医疗保险, 医疗保险, 工伤保险)',
      ],
    ],
    [
      'rejects a count written in 万 and an empty count',
      targets('2005,province,pension,750万,', '2005,shenyang,pension,,'),
      [
        'targets.csv:2: enrolled: "750万" — a whole number of persons (digits, optionally with "," thousands separators)',
        'targets.csv:3: enrolled: "" — a whole number of persons (digits, optionally with "," thousands separators)',
      ],
    ],
    [
      'rejects a contribution rate outside 0–100',
      targets('2005,province,pension,100,120'),
      ['targets.csv:2: contribution_rate: "120" — a percent from 0 to 100 (e.g. 90)'],
    ],
    [
      'rejects a repeated (year, region, insurance), also when an alias hides the repetition',
      targets('2005,province,pension,100,', '2005,province,养老保险,200,'),
      ['targets.csv:3: year, region, insurance: "2005, province, 养老保险" — unique in the file; already on line 2'],
    ],
  ]);
});
