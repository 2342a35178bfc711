import { describe, expect, it } from 'vitest';
import { itRejects, load } from './helpers';

const groups = (...rows: string[]) => ({ 'groups.csv': ['month,region,insurance,group,enrolled', ...rows].join('\n') });

describe('groups.csv', () => {
  it('is optional', () => {
    expect(load({ 'groups.csv': null }).dataset.groups).toEqual([]);
  });

  it('reads group keys and Chinese group names, sorted by month, region, insurance, group', () => {
    const { dataset } = load(groups('2005-12,shenyang,pension,农民工,"58,900"', '2005-12,shenyang,pension,flexible,186450', '2005-06,dalian,pension,矿山、建筑等高风险企业,10'));
    expect(dataset.groups).toEqual([
      { month: '2005-06', region: 'dalian', insurance: 'pension', group: 'high_risk', enrolled: 10, source: { file: 'groups.csv', line: 4 } },
      { month: '2005-12', region: 'shenyang', insurance: 'pension', group: 'flexible', enrolled: 186_450, source: { file: 'groups.csv', line: 3 } },
      { month: '2005-12', region: 'shenyang', insurance: 'pension', group: 'migrant', enrolled: 58_900, source: { file: 'groups.csv', line: 2 } },
    ]);
  });

  it('accepts the Chinese column names', () => {
    const { dataset } = load({ 'groups.csv': '月份,地区,险种,重点群体,参保人数\n2005-12,shenyang,养老保险,灵活就业人员,5\n' });
    expect(dataset.groups[0]).toMatchObject({ group: 'flexible', insurance: 'pension', enrolled: 5 });
  });

  itRejects([
    [
      'rejects an unknown group',
      groups('2005-12,shenyang,pension,students,5'),
      [
        'groups.csv:2: group: "students" — a priority group: private_enterprise, non_public, flexible, public_institution, foreign_invested, restructured, urban_private, individual_business, central_provincial, struggling_retirees, high_risk, migrant (or its Chinese name, e.g. 灵活就业人员)',
      ],
    ],
    [
      'rejects province, unknown regions, bad months, months after the build date and bad counts',
      groups('2005-12,province,pension,flexible,5', '2005-12,anshan,pension,flexible,5', '2005-1,shenyang,pension,flexible,5', '2006-01,shenyang,pension,flexible,5', '2005-12,shenyang,pension,flexible,5人'),
      [
        'groups.csv:2: region: "province" — a region id from regions.csv (province figures are the sum of all regions, never a row of their own)',
        'groups.csv:3: region: "anshan" — a region id from regions.csv',
        'groups.csv:4: month: "2005-1" — a month as YYYY-MM (month 01–12)',
        'groups.csv:5: month: "2006-01" — a month not after the build date (2005-12-31)',
        'groups.csv:6: enrolled: "5人" — a whole number of persons (digits, optionally with "," thousands separators)',
      ],
    ],
    [
      'rejects a repeated (month, region, insurance, group), also through a Chinese name',
      groups('2005-12,shenyang,pension,migrant,5', '2005-12,shenyang,pension,农民工,6'),
      ['groups.csv:3: month, region, insurance, group: "2005-12, shenyang, pension, 农民工" — unique in the file; already on line 2'],
    ],
  ]);
});
