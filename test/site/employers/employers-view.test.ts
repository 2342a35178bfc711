import { describe, expect, it } from 'vitest';
import { RESERVED_EMPLOYER_IDS } from '../../../src/data/employers';
import type { Employer, Region } from '../../../src/data/types';
import {
  BY_DATE_SEGMENT,
  EMPLOYERS_PAGE_SIZE,
  FEED_SIZE,
  REGIONS_SEGMENT,
  byDateHref,
  employerHref,
  employerIndex,
  expiryNote,
  feedEntries,
  pageCount,
  pageOf,
  pageParam,
  pageRangeText,
  PAGE_JUMPS_MAX,
  monthJumps,
  pageJumps,
  pagerItems,
  publicationInstant,
  quoteText,
  rectification,
  regionListHref,
} from '../../../src/site/employers/employers-view';

const region = (id: string, name: string): Region => ({ id, name, kind: 'city', code: '210100', source: { file: 'regions.csv', line: 2 } });
const REGIONS = [region('shenyang', '沈阳市'), region('dalian', '大连市'), region('anshan', '鞍山市')];

let n = 0;
function entry(over: Partial<Employer> = {}): Employer {
  n++;
  return {
    id: `E${n}`,
    region: 'shenyang',
    name: `单位${n}`,
    insurances: ['pension'],
    violation: '未依法参保。',
    penalty: '罚款',
    decisionNo: `沈劳社监罚〔2005〕${n}号`,
    decidedOn: '2005-05-20',
    authority: '沈阳市劳动和社会保障局',
    notifiedOn: '2005-05-25',
    publishedOn: '2005-06-15',
    expiresOn: '2008-06-15',
    expiresByDefault: true,
    source: { file: 'employers.csv', line: n + 1 },
    ...over,
  };
}

describe('employerIndex(published, regions, buildDate)', () => {
  const published = [
    entry({ id: 'D2', region: 'dalian', name: '大连乙公司', insurances: ['pension', 'medical'], publishedOn: '2005-08-01', workers: 900 }),
    entry({ id: 'S2', region: 'shenyang', name: '沈阳乙公司', publishedOn: '2005-08-01', rectifiedOn: '2005-09-01', workers: 5 }),
    entry({ id: 'S1', region: 'shenyang', name: '沈阳甲公司', publishedOn: '2005-06-15', insurances: ['work_injury'], workers: 3000 }),
    entry({ id: 'D1', region: 'dalian', name: '大连甲公司', publishedOn: '2005-09-01', rectifiedOn: '2006-02-01' }),
  ];
  const index = employerIndex(published, REGIONS, '2005-12-31');

  it('keeps every region in regions.csv order, those without entries too', () => {
    expect(index.regions.map((r) => [r.region.id, r.employers.length])).toEqual([
      ['shenyang', 2],
      ['dalian', 2],
      ['anshan', 0],
    ]);
  });

  it('orders a region by name in Chinese collation, never by workers', () => {
    expect(index.byRegion.get('shenyang')!.employers.map((e) => e.id)).toEqual(['S1', 'S2']);
    expect(index.byRegion.get('dalian')!.employers.map((e) => e.id)).toEqual(['D1', 'D2']);
  });

  it('orders by publication date newest first, the same day in region order then by name', () => {
    expect(index.byDate.map((e) => e.id)).toEqual(['D1', 'S2', 'D2', 'S1']);
  });

  it('counts entries, rectified ones (on or before the build date only) and each insurance', () => {
    expect(index.total).toEqual({ employers: 4, rectified: 1, insurances: { pension: 3, unemployment: 0, medical: 1, work_injury: 1 } });
    expect(index.byRegion.get('dalian')!.tally).toEqual({ employers: 2, rectified: 0, insurances: { pension: 2, unemployment: 0, medical: 1, work_injury: 0 } });
    expect(index.byRegion.get('anshan')!.tally.employers).toBe(0);
  });

  it('is computed once per list of published entries', () => {
    expect(employerIndex(published, REGIONS, '2005-12-31')).toBe(index);
    expect(employerIndex([...published], REGIONS, '2005-12-31')).not.toBe(index);
  });

  it('knows which page of its region list holds each entry', () => {
    const many = Array.from({ length: EMPLOYERS_PAGE_SIZE + 1 }, (_, i) => entry({ id: `M${i}`, name: `单位${String(i).padStart(4, '0')}` }));
    const big = employerIndex(many, REGIONS, '2005-12-31');
    expect(big.regionPage.get('M0')).toBe(1);
    expect(big.regionPage.get(`M${EMPLOYERS_PAGE_SIZE - 1}`)).toBe(1);
    expect(big.regionPage.get(`M${EMPLOYERS_PAGE_SIZE}`)).toBe(2);
  });

  it('feeds at most FEED_SIZE entries, newest first', () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
      entry({ id: `F${i}`, publishedOn: `2005-${String(1 + (i % 12)).padStart(2, '0')}-01` }),
    );
    const feed = feedEntries(employerIndex(many, REGIONS, '2005-12-31'));
    expect(feed).toHaveLength(FEED_SIZE);
    expect(feed[0]!.publishedOn).toBe('2005-12-01');
    expect(feed.every((e, i) => i === 0 || feed[i - 1]!.publishedOn >= e.publishedOn)).toBe(true);
  });
});

describe('addresses', () => {
  it('gives each entry and list page a stable path', () => {
    expect(employerHref('E2005-001')).toBe('/employers/E2005-001/');
    expect(regionListHref('shenyang')).toBe('/employers/regions/shenyang/');
    expect(regionListHref('shenyang', 3)).toBe('/employers/regions/shenyang/3/');
    expect(byDateHref()).toBe('/employers/by-date/');
    expect(byDateHref(2)).toBe('/employers/by-date/2/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });

  it('uses list segments that employers.csv refuses as ids', () => {
    expect([...RESERVED_EMPLOYER_IDS].sort()).toEqual([BY_DATE_SEGMENT, REGIONS_SEGMENT].sort());
  });
});

describe('pages', () => {
  it('has at least one page, and EMPLOYERS_PAGE_SIZE entries on each', () => {
    expect([pageCount(0), pageCount(1), pageCount(EMPLOYERS_PAGE_SIZE), pageCount(EMPLOYERS_PAGE_SIZE + 1)]).toEqual([1, 1, 1, 2]);
    const list = Array.from({ length: 250 }, (_, i) => i);
    expect(pageOf(list, 3)).toEqual(list.slice(2 * EMPLOYERS_PAGE_SIZE, 3 * EMPLOYERS_PAGE_SIZE));
  });

  it('says which entries a page holds, only when there are several pages', () => {
    expect(pageRangeText(1, EMPLOYERS_PAGE_SIZE)).toBe('');
    expect(pageRangeText(1, 250)).toBe('，本页为第1–100家');
    expect(pageRangeText(3, 250)).toBe('，本页为第201–250家');
    expect(pageRangeText(11, 1050)).toBe('，本页为第1,001–1,050家');
  });

  it('lists the name each page starts with, every k-th page for very long lists', () => {
    const names = Array.from({ length: 250 }, (_, i) => `单位${String(i).padStart(5, '0')}`);
    expect(pageJumps(names, (x) => x)).toEqual([
      { page: 1, label: '单位00000' },
      { page: 2, label: '单位00100' },
      { page: 3, label: '单位00200' },
    ]);
    expect(pageJumps([], (x) => x)).toEqual([]);
    const long = Array.from({ length: 160 * EMPLOYERS_PAGE_SIZE }, (_, i) => i);
    const jumps = pageJumps(long, String);
    expect(jumps.length).toBeLessThanOrEqual(PAGE_JUMPS_MAX);
    expect(jumps.slice(0, 3).map((j) => j.page)).toEqual([1, 4, 7]);
  });

  it('lists each month of the date list with the page its newest entry is on', () => {
    const list = [
      ...Array.from({ length: 150 }, () => entry({ publishedOn: '2005-12-05' })),
      ...Array.from({ length: 10 }, () => entry({ publishedOn: '2005-11-20' })),
      entry({ publishedOn: '2005-09-01' }),
    ];
    expect(monthJumps(list)).toEqual([
      { page: 1, label: '2005年12月公布' },
      { page: 2, label: '2005年11月公布' },
      { page: 2, label: '2005年9月公布' },
    ]);
  });

  it('shows the first, last and nearby pages, with gaps for the rest', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerItems(500, 1000)).toEqual([1, null, 498, 499, 500, 501, 502, null, 1000]);
    expect(pagerItems(4, 1000)).toEqual([1, 2, 3, 4, 5, 6, null, 1000]);
    expect(pagerItems(1000, 1000)).toEqual([1, null, 998, 999, 1000]);
  });
});

describe('an entry page', () => {
  it('says whether and when the employer rectified, as of the build date', () => {
    expect(rectification({ rectifiedOn: '2005-08-01' }, '2005-12-31')).toEqual({
      rectified: true,
      label: '已整改',
      text: '处罚机关记录该单位已于2005年8月1日整改。整改情况如实标明，但不改变公布期限。',
    });
    expect(rectification({}, '2005-12-31')).toEqual({
      rectified: false,
      label: '尚未报告整改',
      text: '截至2005年12月31日，处罚机关没有该单位整改的记录。单位整改后，本页将标明整改日期。',
    });
    expect(rectification({ rectifiedOn: '2006-01-05' }, '2005-12-31').rectified).toBe(false);
  });

  it('gives a neutral quotable text from the fields only', () => {
    const e = entry({ name: '示例"A&B"<科技>有限公司', insurances: ['pension', 'unemployment'], decisionNo: '沈劳社监罚〔2005〕第165号', decidedOn: '2005-06-14', publishedOn: '2005-07-15' });
    expect(quoteText(e, '2005-12-31')).toBe(
      '据沈阳市劳动和社会保障局处罚决定书（沈劳社监罚〔2005〕第165号），示例"A&B"<科技>有限公司因未依法参加企业职工基本养老保险、失业保险，' +
        '于2005年6月14日受到处罚，2005年7月15日被依法公布。截至2005年12月31日，尚无该单位整改的记录。',
    );
    expect(quoteText({ ...e, rectifiedOn: '2005-08-22' }, '2005-12-31')).toMatch(/截至2005年12月31日，该单位已于2005年8月22日整改。$/);
  });

  it('explains where the end of publication comes from', () => {
    expect(expiryNote({ expiresByDefault: true })).toMatch(/^自公布日期起满3年/);
    expect(expiryNote({ expiresByDefault: false })).toMatch(/^处罚机关确定/);
  });

  it('dates a publication at midnight in Beijing', () => {
    expect(publicationInstant('2005-06-15').toISOString()).toBe('2005-06-14T16:00:00.000Z');
  });
});
