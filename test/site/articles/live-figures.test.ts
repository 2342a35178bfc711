import { describe, expect, it } from 'vitest';
import type { Dataset, Employer, GroupReport, MonthlyReport, Region, Target } from '../../../src/data/types';
import { Model } from '../../../src/stats/model';
import {
  LiveFigureError,
  chartHref,
  defaultFigureRef,
  liveFigure,
  parseChartProps,
  parseFigureProps,
  parseRegionProps,
  trendFigure,
  type FigureSource,
} from '../../../src/site/articles/live-figures';

const src = { file: 't.csv', line: 2 };
const region = (id: string, name: string, kind: Region['kind'] = 'city'): Region => ({ id, name, kind, source: src });
const report = (month: string, r: string, insurance: MonthlyReport['insurance'], enrolled: number, extra: Partial<MonthlyReport> = {}): MonthlyReport => ({
  month, region: r, insurance, enrolled, source: src, ...extra,
});
const target = (region: string, insurance: Target['insurance'], enrolled: number, contributionRate?: number): Target => ({
  year: 2005, region, insurance, enrolled, contributionRate, source: src,
});
const group = (month: string, r: string, g: GroupReport['group'], enrolled: number): GroupReport => ({ month, region: r, insurance: 'pension', group: g, enrolled, source: src });
const employer = (id: string, r: string, insurances: Employer['insurances']): Employer => ({
  id, region: r, name: `${id}示例公司`, insurances, violation: 'v', penalty: 'p', decisionNo: id, decidedOn: '2005-05-01', authority: 'a',
  notifiedOn: '2005-05-02', publishedOn: '2005-06-01', expiresOn: '2008-06-01', expiresByDefault: true, source: src,
});

/** Two cities and 省本级; pension reported every month, unemployment with 大连 missing 2005-03. */
const dataset: Dataset = {
  meta: { title: 't', publisher: 'p', sample: true, asOf: '2005-03-31' },
  regions: [region('shenyang', '沈阳市'), region('dalian', '大连市'), region('provincial', '省本级', 'provincial')],
  targets: [target('province', 'pension', 5_000_000, 90), target('shenyang', 'pension', 2_000_000, 92), target('province', 'unemployment', 3_000_000)],
  monthly: [
    report('2004-12', 'shenyang', 'pension', 1_900_000),
    report('2004-12', 'dalian', 'pension', 1_700_000),
    report('2004-12', 'provincial', 'pension', 400_000),
    ...['2005-01', '2005-02', '2005-03'].flatMap((m, i) => [
      report(m, 'shenyang', 'pension', 1_950_000 + i * 10_000, { due: 1_800_000, paid: 1_656_000 + i * 1000, newEnrolled: 8000, newPaid: 7000 }),
      report(m, 'dalian', 'pension', 1_710_000 + i * 10_000, { due: 1_600_000, paid: 1_440_000, newEnrolled: 7000, newPaid: 7000 }),
      report(m, 'provincial', 'pension', 402_000, { due: 380_000, paid: 342_000, newEnrolled: 1000, newPaid: 1000 }),
      report(m, 'shenyang', 'unemployment', 1_170_000 + i * 5000),
    ]),
    report('2005-01', 'dalian', 'unemployment', 1_020_000),
    report('2005-02', 'dalian', 'unemployment', 1_021_000),
  ],
  groups: [group('2005-03', 'shenyang', 'migrant', 58_900), group('2005-03', 'dalian', 'migrant', 71_200), group('2005-02', 'shenyang', 'migrant', 57_000), group('2005-02', 'dalian', 'migrant', 70_000), group('2005-02', 'shenyang', 'flexible', 1000)],
  employers: [],
  buildDate: '2005-03-31',
};
const model = new Model(dataset);
const site: FigureSource = { model, employers: [employer('E1', 'shenyang', ['pension', 'unemployment']), employer('E2', 'dalian', ['pension']), employer('E3', 'shenyang', ['work_injury'])] };
const stat = (props: Record<string, unknown>) => liveFigure(site, parseFigureProps(props, model));

describe('liveFigure: the right figure in the right format', () => {
  it('gives the province enrolment as the sum of every region, in 万, as of the latest month', () => {
    const f = stat({ metric: 'enrolled', area: 'province', insurance: 'pension' });
    expect(f.value).toBe(1_970_000 + 1_730_000 + 402_000);
    expect(f.text).toBe('410.2万人');
    expect(f.exact).toBe('4,102,000人');
    expect(f.asOf).toBe('截至2005年3月');
    expect(f.label).toBe('全省企业职工基本养老保险参保人数');
    expect(f.href).toBe('/#pension');
  });
  it('gives a city its completion as a one-decimal percentage, linked to its page', () => {
    const f = stat({ metric: 'completion', area: 'shenyang', insurance: 'pension' });
    expect(f.value).toBeCloseTo(1_970_000 / 2_000_000);
    expect(f.text).toBe('98.5%');
    expect(f.href).toBe('/cities/shenyang/#pension');
    expect(f.label).toBe('沈阳市企业职工基本养老保险年度参保目标完成率');
  });
  it('gives targets for the year, not a month', () => {
    const f = stat({ metric: 'target', area: 'province', insurance: 'pension' });
    expect([f.text, f.asOf]).toEqual(['500万人', '2005年度']);
    expect(stat({ metric: 'rateTarget', area: 'province', insurance: 'pension' }).text).toBe('90%');
  });
  it('gives what remains and the contribution rate', () => {
    expect(stat({ metric: 'remaining', area: 'shenyang', insurance: 'pension' }).text).toBe('3万人');
    const rate = stat({ metric: 'contributionRate', area: 'province', insurance: 'pension' });
    expect(rate.value).toBeCloseTo((1_658_000 + 1_440_000 + 342_000) / (1_800_000 + 1_600_000 + 380_000));
    expect(rate.text).toBe('91.0%');
    expect(stat({ metric: 'newContributionRate', area: 'province', insurance: 'pension' }).text).toBe('93.8%');
  });
  it('gives growth since the end of last year with its sign', () => {
    const f = stat({ metric: 'growth', area: 'province', insurance: 'pension' });
    expect(f.value).toBe(4_102_000 - 4_000_000);
    expect(f.text).toBe('+10.2万人');
    expect(f.exact).toBe('+102,000人');
  });
  it('sums the year’s new enrolments', () => {
    expect(stat({ metric: 'newEnrolled', area: 'province', insurance: 'pension' }).text).toBe('4.8万人');
  });
  it('shows a gap as 暂无数据 rather than a partial province sum', () => {
    // 大连 has no unemployment report for 2005-03: the province figure falls back to February, the last complete month.
    const f = stat({ metric: 'enrolled', area: 'province', insurance: 'unemployment' });
    expect([f.text, f.asOf]).toEqual(['219.6万人', '截至2005年2月']);
    const none = stat({ metric: 'enrolled', area: 'province', insurance: 'medical' });
    expect([none.value, none.text, none.asOf]).toEqual([null, '暂无数据', null]);
    expect(stat({ metric: 'contributionRate', area: 'province', insurance: 'unemployment' }).text).toBe('暂无数据');
  });
  it('sums a priority group over the regions that report it, only in a month all of them reported', () => {
    const f = stat({ metric: 'groupEnrolled', area: 'province', insurance: 'pension', group: 'migrant' });
    expect([f.value, f.text, f.asOf]).toEqual([130_100, '13.01万人', '截至2005年3月']);
    expect(f.label).toBe('全省农民工参加企业职工基本养老保险人数');
    // 灵活就业人员 was last reported in February.
    expect(stat({ metric: 'groupEnrolled', area: 'shenyang', insurance: 'pension', group: 'flexible' }).asOf).toBe('截至2005年2月');
  });
  it('counts only the published named employers it is given, by region and insurance, as of the build date', () => {
    const all = stat({ metric: 'namedEmployers', area: 'province' });
    expect([all.value, all.text, all.asOf, all.href]).toEqual([3, '3家', '截至2005年3月31日', '/employers/']);
    expect(stat({ metric: 'namedEmployers', area: 'province', insurance: 'pension' }).value).toBe(2);
    const city = stat({ metric: 'namedEmployers', area: 'shenyang', insurance: 'work_injury' });
    expect([city.value, city.href]).toEqual([1, '/cities/shenyang/#h-employers']);
  });
  it('falls back to the province enrolment of the article’s first insurance', () => {
    expect(defaultFigureRef(model, ['unemployment', 'pension'])).toMatchObject({ metric: 'enrolled', area: 'province', insurance: 'unemployment', year: 2005 });
    expect(defaultFigureRef(model, [])).toMatchObject({ insurance: 'pension' });
  });
});

describe('article components: a clear error for a bad prop', () => {
  const error = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(LiveFigureError);
      return (e as Error).message;
    }
    throw new Error('expected a LiveFigureError');
  };
  it('names an unknown region and lists the known ones', () => {
    expect(error(() => parseFigureProps({ metric: 'enrolled', area: 'shenyan', insurance: 'pension' }, model))).toBe(
      '<Stat area="shenyan"> — unknown region; expected "province" or a region id of regions.csv: shenyang, dalian, provincial',
    );
  });
  it('names an unknown metric', () => {
    expect(error(() => parseFigureProps({ metric: 'coverage', area: 'province', insurance: 'pension' }, model))).toBe(
      '<Stat metric="coverage"> — unknown metric; expected one of enrolled, target, completion, remaining, contributionRate, rateTarget, newContributionRate, growth, newEnrolled, groupEnrolled, namedEmployers',
    );
  });
  it('names an unknown insurance, a missing one, and a year without data', () => {
    expect(error(() => parseFigureProps({ metric: 'enrolled', area: 'province', insurance: '养老' }, model))).toBe(
      '<Stat insurance="养老"> — unknown insurance; expected one of pension, unemployment, medical, work_injury',
    );
    expect(error(() => parseFigureProps({ metric: 'enrolled', area: 'province' }, model))).toBe(
      '<Stat insurance=""> — missing; metric "enrolled" needs one of pension, unemployment, medical, work_injury',
    );
    expect(error(() => parseFigureProps({ metric: 'enrolled', area: 'province', insurance: 'pension', year: '2003' }, model))).toBe(
      '<Stat year="2003"> — no such year in the data; expected one of 2004, 2005',
    );
  });
  it('rejects a misspelt prop and a group on the wrong metric', () => {
    expect(error(() => parseFigureProps({ metric: 'enrolled', reigon: 'province', area: 'province', insurance: 'pension' }, model))).toBe(
      '<Stat reigon="province"> — unknown prop "reigon"; Stat takes metric, area, insurance, year, group',
    );
    expect(error(() => parseFigureProps({ metric: 'enrolled', area: 'province', insurance: 'pension', group: 'migrant' }, model))).toBe(
      '<Stat group="migrant"> — only metric "groupEnrolled" takes a group',
    );
  });
  it('checks TrendChart and RegionName the same way', () => {
    expect(error(() => parseChartProps({ area: 'tieling', insurance: 'pension' }, model))).toMatch(/^<TrendChart area="tieling"> — unknown region/);
    expect(error(() => parseChartProps({ area: 'province', insurance: 'pension', measure: 'rate' }, model))).toBe(
      '<TrendChart measure="rate"> — unknown measure; expected one of enrolled, contributionRate, newEnrolled',
    );
    expect(error(() => parseRegionProps({ id: 'province' }, model))).toMatch(/^<RegionName id="province"> — unknown region/);
    expect(parseRegionProps({ id: 'dalian', link: true }, model)).toEqual({ id: 'dalian', link: true });
  });
});

describe('trendFigure', () => {
  it('is the progress page’s own chart, id included (so its downloads exist), and links to its section', () => {
    const ref = parseChartProps({ area: 'shenyang', insurance: 'pension' }, model);
    const f = trendFigure(model, ref)!;
    expect(f.id).toBe('enrolled-shenyang-pension-2005');
    expect(f.csv).toBe('/data/figures/enrolled-shenyang-pension-2005.csv');
    expect(f.svg).toContain('id="enrolled-shenyang-pension-2005-title"');
    expect(f.title).toBe('沈阳市养老保险参保人数（2005年）');
    expect(chartHref(model, ref)).toBe('/cities/shenyang/#pension');
  });
  it('draws the contribution rate', () => {
    const f = trendFigure(model, parseChartProps({ area: 'province', insurance: 'pension', measure: 'contributionRate' }, model))!;
    expect(f.description).toContain('缴费率为91.0%');
  });
});
