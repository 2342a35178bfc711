import { describe, expect, it } from 'vitest';
import { GroupIndex, latestGroupValue, share } from '../../src/stats/groups';
import { PROVINCE } from '../../src/stats/model';
import { groupRow, region } from './helpers';

const regions = [region('a'), region('b'), region('prov', 'provincial')];
const rows = [
  groupRow('2005-06', 'a', 'flexible', 100),
  groupRow('2005-12', 'a', 'flexible', 120),
  groupRow('2005-12', 'b', 'flexible', 30),
  groupRow('2005-06', 'a', 'migrant', 7),
  groupRow('2005-12', 'a', 'migrant', 9),
  groupRow('2005-12', 'b', 'high_risk', 40, { insurance: 'work_injury' }),
];
const idx = new GroupIndex(rows, regions);

describe('GroupIndex', () => {
  it('lists the groups with data per area and insurance, in the contract order', () => {
    expect(idx.groups(PROVINCE, 'pension')).toEqual(['flexible', 'migrant']);
    expect(idx.groups('b', 'pension')).toEqual(['flexible']);
    expect(idx.groups('prov', 'pension')).toEqual([]);
    expect(idx.groups(PROVINCE, 'work_injury')).toEqual(['high_risk']);
  });
  it('gives a region its own figure', () => {
    expect(idx.value('a', 'pension', 'flexible', '2005-06')).toBe(100);
    expect(idx.value('b', 'pension', 'flexible', '2005-06')).toBeNull();
  });
  it('sums the regions that report a group for the province', () => {
    expect(idx.value(PROVINCE, 'pension', 'flexible', '2005-12')).toBe(150);
    expect(idx.value(PROVINCE, 'pension', 'migrant', '2005-06')).toBe(7);
  });
  it('leaves a province gap, not a partial sum, when a reporting region missed the month', () => {
    expect(idx.value(PROVINCE, 'pension', 'flexible', '2005-06')).toBeNull();
    expect(idx.missing('pension', 'flexible', '2005-06')).toEqual(['b']);
  });
  it('has no province figure for a group nobody reports', () => expect(idx.value(PROVINCE, 'medical', 'flexible', '2005-12')).toBeNull());
});

describe('latestGroupValue(index, area, insurance, group, months)', () => {
  const months = ['2005-06', '2005-07', '2005-12'];
  it("is a region's latest figure among the months, with its month", () => {
    expect(latestGroupValue(idx, 'a', 'pension', 'migrant', months)).toEqual({ value: 9, month: '2005-12' });
    expect(latestGroupValue(idx, 'a', 'pension', 'migrant', months.slice(0, 2))).toEqual({ value: 7, month: '2005-06' });
  });
  it('for the province, the latest month every reporting region reported', () => {
    expect(latestGroupValue(idx, PROVINCE, 'pension', 'flexible', months)).toEqual({ value: 150, month: '2005-12' });
    expect(latestGroupValue(idx, PROVINCE, 'pension', 'flexible', months.slice(0, 2))).toEqual({ value: null, month: null });
  });
});

describe('share(part, whole)', () => {
  it('is the part over the whole', () => expect(share(25, 200)).toBe(0.125));
  it('is null without both', () => {
    expect(share(null, 200)).toBeNull();
    expect(share(5, null)).toBeNull();
    expect(share(5, 0)).toBeNull();
  });
});
