import { describe, expect, it } from 'vitest';
import { itRejects, load, problemsOf } from './helpers';

const HEADER = 'month,region,insurance,enrolled,due,paid,new_enrolled,new_paid';
const monthly = (...rows: string[]) => ({ 'monthly.csv': [HEADER, ...rows].join('\n') });
const COUNT = 'a whole number of persons (digits, optionally with "," thousands separators)';

describe('monthly.csv', () => {
  it('reads reports sorted by month, then regions.csv order, then insurance order', () => {
    const { dataset } = load(
      monthly(
        '2005-02,dalian,pension,200,,,,',
        '2005-01,dalian,unemployment,50,,,,',
        '2005-01,dalian,pension,190,,,,',
        '2005-01,shenyang,pension,"1,000",900,850,30,20',
        '2005-02,shenyang,pension,1010,,,,',
      ),
    );
    expect(dataset.monthly.map((m) => `${m.month} ${m.region} ${m.insurance}`)).toEqual([
      '2005-01 shenyang pension',
      '2005-01 dalian pension',
      '2005-01 dalian unemployment',
      '2005-02 shenyang pension',
      '2005-02 dalian pension',
    ]);
    expect(dataset.monthly[0]).toEqual({
      month: '2005-01',
      region: 'shenyang',
      insurance: 'pension',
      enrolled: 1000,
      due: 900,
      paid: 850,
      newEnrolled: 30,
      newPaid: 20,
      source: { file: 'monthly.csv', line: 5 },
    });
    expect(dataset.monthly[1]).toEqual({ month: '2005-01', region: 'dalian', insurance: 'pension', enrolled: 190, source: { file: 'monthly.csv', line: 4 } });
  });

  it('accepts the Chinese column names and names them in messages', () => {
    expect(problemsOf({ 'monthly.csv': '月份,地区,险种,参保人数,应缴费人数\n2005-01,shenyang,养老保险,750万,\n' })).toEqual([
      `monthly.csv:2: 参保人数: "750万" — ${COUNT}`,
    ]);
  });

  it.each(['750万', '12.5', '-3', 'N/A', '7,50,000', ''])('rejects the count %j', (value) => {
    expect(problemsOf(monthly(`2005-01,shenyang,pension,"${value}",,,,`))).toEqual([`monthly.csv:2: enrolled: "${value}" — ${COUNT}`]);
  });

  itRejects([
    [
      'rejects a malformed month',
      monthly('2005-13,shenyang,pension,1,,,,', '2005/01,shenyang,pension,1,,,,'),
      [
        'monthly.csv:2: month: "2005-13" — a month as YYYY-MM (month 01–12)',
        'monthly.csv:3: month: "2005/01" — a month as YYYY-MM (month 01–12)',
      ],
    ],
    [
      'rejects a month after the build date',
      monthly('2006-01,shenyang,pension,1,,,,'),
      ['monthly.csv:2: month: "2006-01" — a month not after the build date (2005-12-31)'],
    ],
    [
      'rejects an unknown region, and "province", whose figures are always a sum',
      monthly('2005-01,anshan,pension,1,,,,', '2005-01,province,pension,1,,,,'),
      [
        'monthly.csv:2: region: "anshan" — a region id from regions.csv',
        'monthly.csv:3: region: "province" — a region id from regions.csv (province figures are the sum of all regions, never a row of their own)',
      ],
    ],
    [
      'rejects due above enrolled, paid above due and new_paid above new_enrolled',
      monthly('2005-01,shenyang,pension,100,101,,,', '2005-02,shenyang,pension,100,90,91,,', '2005-03,shenyang,pension,100,,,5,6'),
      [
        'monthly.csv:2: due: "101" — at most enrolled (100)',
        'monthly.csv:3: paid: "91" — at most due (90)',
        'monthly.csv:4: new_paid: "6" — at most new_enrolled (5)',
      ],
    ],
    [
      'names the other column as the file does in comparisons',
      { 'monthly.csv': '月份,地区,险种,参保人数,应缴费人数\n2005-01,shenyang,pension,"1,000","1,001"\n' },
      ['monthly.csv:2: 应缴费人数: "1,001" — at most 参保人数 (1000)'],
    ],
    [
      'rejects a repeated (month, region, insurance), even out of order and through an alias',
      monthly('2005-02,shenyang,pension,1,,,,', '2005-01,shenyang,pension,1,,,,', '2005-02,shenyang,养老保险,2,,,,', '2005-01,shenyang,pension,x,,,,'),
      [
        'monthly.csv:4: month, region, insurance: "2005-02, shenyang, 养老保险" — unique in the file; already on line 2',
        `monthly.csv:5: enrolled: "x" — ${COUNT}`,
        'monthly.csv:5: month, region, insurance: "2005-01, shenyang, pension" — unique in the file; already on line 3',
      ],
    ],
    [
      'keeps line numbers right after a quoted cell that spans lines',
      { 'monthly.csv': 'month,region,insurance,enrolled,note\n2005-01,shenyang,pension,1,"two\nlines"\n2005-02,shenyang,pension,-1,\n' },
      [`monthly.csv:4: enrolled: "-1" — ${COUNT}`],
    ],
  ]);

  it('warns about each missing month from a pair\'s first report to the latest month of the file', () => {
    const { warnings } = load(
      monthly(
        '2005-01,shenyang,pension,1,,,,',
        '2005-04,shenyang,pension,1,,,,',
        '2005-03,dalian,pension,1,,,,',
        '2005-05,dalian,unemployment,1,,,,',
      ),
    );
    expect(warnings).toEqual([
      'monthly.csv:0: region=shenyang insurance=pension: "2005-02" — no report for this month; charts show a gap',
      'monthly.csv:0: region=shenyang insurance=pension: "2005-03" — no report for this month; charts show a gap',
      'monthly.csv:0: region=shenyang insurance=pension: "2005-05" — no report for this month; charts show a gap',
      'monthly.csv:0: region=dalian insurance=pension: "2005-04" — no report for this month; charts show a gap',
      'monthly.csv:0: region=dalian insurance=pension: "2005-05" — no report for this month; charts show a gap',
    ]);
  });

  it('does not warn when every pair reports every month up to the latest', () => {
    const { warnings } = load(monthly('2005-01,shenyang,pension,1,,,,', '2005-02,shenyang,pension,1,,,,', '2005-02,dalian,medical,1,,,,'));
    expect(warnings).toEqual([]);
  });
});
