import { describe, expect, it } from 'vitest';
import { helpHref, regionContacts } from '../../../src/site/help/contacts';
import type { Region } from '../../../src/data/types';

const region = (extra: Partial<Region> = {}): Region =>
  ({ id: 'shenyang', name: '沈阳市', kind: 'city', code: '210100', source: { file: 'regions.csv', line: 2 }, ...extra }) as Region;

describe('regionContacts', () => {
  it('lists what regions.csv gives, and no general wording when nothing is missing', () => {
    const c = regionContacts(region({ inspectionPhone: '000-0000-0101', inspectionAddress: '沈阳市示例大街1号', servicePhone: '000-0000-0102' }));
    expect(c.lines.map((l) => [l.label, l.value])).toEqual([
      ['劳动保障监察电话（投诉、举报）', '000-0000-0101'],
      ['劳动保障监察地址', '沈阳市示例大街1号'],
      ['社保咨询电话', '000-0000-0102'],
    ]);
    expect(c.general).toEqual([]);
  });
  it('gives general wording, never a number, for a region with no contacts', () => {
    const c = regionContacts(region());
    expect(c.lines).toEqual([]);
    expect(c.general).toHaveLength(2);
    expect(c.general[0]).toContain('沈阳市劳动和社会保障局');
    expect(c.general.join('')).not.toMatch(/\d{3}/);
  });
  it('says what is missing when only part is known', () => {
    expect(regionContacts(region({ inspectionPhone: '000-0000-1101' })).general[0]).toBe('本站没有沈阳市劳动保障监察的地址：先打上面的电话问清楚在哪里办。');
    expect(regionContacts(region({ inspectionAddress: '示例路' })).general[0]).toBe('本站没有沈阳市劳动保障监察的电话：可以直接去上面的地址。');
  });
  it('points the provincial level to the province', () => {
    expect(regionContacts(region({ id: 'provincial', name: '省本级', kind: 'provincial' })).general[0]).toContain('省劳动和社会保障厅');
  });
  it('anchors the worker’s path by region id', () => {
    expect(helpHref('dalian')).toBe('/help/not-enrolled/#dalian');
    expect(helpHref()).toBe('/help/not-enrolled/');
  });
});
