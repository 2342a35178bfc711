import { describe, expect, it } from 'vitest';
import { groupsView } from '../../../src/site/progress/groups-view';
import { Model, PROVINCE } from '../../../src/stats/model';
import { twoYears } from '../helpers';

describe('groupsView(model, where, year)', () => {
  const model = twoYears();
  it('gives the province each group over the year, a gap where a reporting region is missing', () => {
    const view = groupsView(model, { area: PROVINCE, name: '全省' }, 2006);
    expect(view.sections.map((s) => s.insurance)).toEqual(['pension', 'unemployment']);
    const pension = view.sections[0]!;
    const row = (m: string) => pension.figure.table.rows.find((r) => r.header === m)!.cells;
    expect(row('2006年12月')).toEqual(['231,000']);
    expect(row('2006年6月')).toEqual(['—']);
    expect(row('2005年12月')).toEqual(['216,000']);
    expect(pension.figure.notes).toEqual(['2006年6月大连市未报送部分重点群体数据，相应的全省合计空缺，未作估算。']);
  });
  it("gives each group's share of the insurance's enrolment and its change since the previous December", () => {
    const pension = groupsView(model, { area: PROVINCE, name: '全省' }, 2006).sections[0]!;
    expect(pension.month).toBe('2006-12');
    // 231,000 of 2,168,000 enrolled in pension.
    expect(pension.shares.rows).toEqual([{ header: '灵活就业人员', key: 'flexible', cells: ['231,000', '10.7%', '+15,000'], values: [231000, 231000 / 2168000, 15000] }]);
  });
  it('carries the raw figures behind the chart table, keyed by month, for its CSV', () => {
    const pension = groupsView(model, { area: PROVINCE, name: '全省' }, 2006).sections[0]!;
    const rows = pension.figure.table.rows;
    expect(rows.find((r) => r.key === '2006-12')).toMatchObject({ header: '2006年12月', values: [231000] });
    expect(rows.find((r) => r.key === '2006-06')).toMatchObject({ cells: ['—'], values: [null] });
    expect(pension.figure.table.columns).toEqual([{ label: '灵活就业人员', numeric: true, unit: 'persons' }]);
    expect(pension.sharesId).toBe('group-shares-province-pension-2006');
  });
  it("shows a region only its own groups, and says when it has none", () => {
    expect(groupsView(model, { area: 'dalian', name: '大连市' }, 2006).sections.map((s) => s.insurance)).toEqual(['pension']);
    expect(groupsView(model, { area: 'provincial', name: '省本级' }, 2006)).toMatchObject({ present: true, sections: [], empty: '省本级2006年没有报送重点群体数据。' });
  });
  it('is absent when the dataset has no groups at all', () => {
    const bare = new Model({ ...model.dataset, groups: [] });
    expect(groupsView(bare, { area: PROVINCE, name: '全省' }, 2006).present).toBe(false);
  });
});
