import { describe, expect, it } from 'vitest';
import type { MonthlyReport } from '../../../src/data/types';
import { compareReleases, RevisionIndex } from '../../../src/stats/revisions';
import { markMonthlyTable, markRichTable } from '../../../src/site/revisions/mark-revisions';
import { revisionCountsText, revisionsCsv, revisionsView } from '../../../src/site/revisions/revisions-view';
import { revisionsDownload } from '../../../src/site/revisions/revision-files';
import type { Site } from '../../../src/site/build/site';
import type { RichTable } from '../../../src/site/reports/report-common';
import { richTableSpec } from '../../../src/site/reports/report-tables';

const src = { file: 'monthly.csv', line: 2 };
const m = (month: string, region: string, enrolled: number, newEnrolled?: number): MonthlyReport => ({
  month, region, insurance: 'pension', enrolled, ...(newEnrolled === undefined ? {} : { newEnrolled }), source: src,
});
const before = { monthly: [m('2005-06', 'shenyang', 1000, 10), m('2005-06', 'dalian', 900), m('2005-04', 'fuxin', 300)], targets: [], groups: [] };
const after = { monthly: [m('2005-06', 'shenyang', 1010, 10), m('2005-06', 'dalian', 900)], targets: [], groups: [] };
const index = new RevisionIndex(compareReleases(before, after), '20051130-aaaaaaaa');
const names: Record<string, string> = { shenyang: '沈阳市', dalian: '大连市', fuxin: '阜新市' };

describe('revisionsView(revisions, regionName)', () => {
  it('says each revision in words, a removed row on one line, with counts', () => {
    const view = revisionsView({ index, previousAsOf: '2005-11-30', versions: [] }, (id) => names[id])!;
    expect(view.rows.map((r) => [r.area, r.period, r.insurance, r.measure, r.previous, r.current])).toEqual([
      ['沈阳市', '2005年6月', '养老保险', '参保人数', '1,000', '1,010'],
      ['阜新市', '2005年4月', '养老保险', '整行删除', '参保人数 300', '已删除'],
    ]);
    expect(revisionCountsText(view)).toBe('与上一版本 20051130-aaaaaaaa（数据截至2005年11月30日）相比：修改1个数字，删除1个数字，补报0行（补报不算修订）。');
  });

  it('is null without a previous release, and says so when the figures are the same', () => {
    expect(revisionsView(undefined, () => undefined)).toBeNull();
    expect(revisionCountsText(revisionsView({ index: null, versions: [] }, () => undefined)!)).toBe('本次发布的数字与之前发布的版本相同，没有修订。');
  });

  it('lists the revisions as CSV with the contract column names', () => {
    expect(revisionsCsv(index).split('\r\n')).toEqual([
      '\uFEFFkind,file,region,period,insurance,group,column,previous,current,previous_version',
      'changed,monthly.csv,shenyang,2005-06,pension,,enrolled,1000,1010,20051130-aaaaaaaa',
      'removed,monthly.csv,fuxin,2005-04,pension,,enrolled,300,,20051130-aaaaaaaa',
      '',
    ]);
  });
});

describe('revisionsDownload(site), as the /data/ page lists it', () => {
  it('gives the CSV the build writes, its size and what it holds', () => {
    const d = revisionsDownload({ revisions: { index, previousAsOf: null, versions: [] } } as unknown as Site)!;
    expect(d.path).toBe('/data/revisions.csv');
    expect(d.body).toBe(revisionsCsv(index));
    expect(d.bytes).toBe(Buffer.byteLength(revisionsCsv(index), 'utf8'));
    expect(d.description).toContain('与上一版本 20051130-aaaaaaaa 相比');
    expect(d.description).toContain('修改1个，删除1个，补报0行');
  });

  it('is null when there was no earlier release to compare with', () => {
    expect(revisionsDownload({} as Site)).toBeNull();
    expect(revisionsDownload({ revisions: { index: null, versions: [] } } as unknown as Site)).toBeNull();
  });
});

describe('marking revised figures in tables', () => {
  it('marks a report table cell, notes the previous value, and adds a 修订 column to its download', () => {
    const table: RichTable = {
      caption: 't', rowHeader: '地区', columns: [{ label: '参保人数', numeric: true, unit: 'persons' }, { label: '新增参保人数', numeric: true, unit: 'persons' }],
      rows: [{ header: '沈阳市', key: 'shenyang', cells: [{ text: '1,010', value: 1010 }, { text: '10', value: 10 }] }, { header: '大连市', key: 'dalian', cells: [{ text: '900', value: 900 }, { text: '—' }] }],
      foot: [], notes: [],
    };
    markRichTable(table, index, { month: '2005-06', insurance: 'pension' }, [['enrolled', 0], ['newEnrolled', 1]]);
    expect(table.rows[0]!.cells[0]!.revised).toBe('参保人数：上一版本为1,000');
    expect(table.rows[0]!.cells[1]!.revised).toBeUndefined();
    expect(table.notes).toEqual(['修订：沈阳市参保人数已修订，上一版本（20051130-aaaaaaaa）为1,000。']);
    const spec = richTableSpec(table);
    expect(spec.columns.at(-1)!.label).toBe('修订');
    expect(spec.rows.map((r) => r.cells.at(-1))).toEqual(['参保人数：上一版本为1,000', '']);
  });

  it('leaves a table without revisions exactly as it was', () => {
    const table = { caption: 't', columns: [{ label: '参保人数' }], rows: [{ header: '2005年6月', key: '2005-06', cells: ['900'] }] };
    expect(markMonthlyTable(table, index, 'dalian', 'pension')).toBe(table);
    expect(markMonthlyTable(table, null, 'shenyang', 'pension')).toBe(table);
  });

  it('adds a 修订 column to a region’s monthly table when one of its months was revised', () => {
    const table = { caption: 't', columns: [{ label: '参保人数' }], rows: [{ header: '2005年5月', key: '2005-05', cells: ['990'], values: [990] }, { header: '2005年6月', key: '2005-06', cells: ['1,010'], values: [1010] }] };
    const marked = markMonthlyTable(table, index, 'shenyang', 'pension');
    expect(marked.columns.map((c) => c.label)).toEqual(['参保人数', '修订']);
    expect(marked.rows.map((r) => r.cells)).toEqual([['990', ''], ['1,010', '参保人数原为1,000']]);
    expect(marked.rows[1]!.values).toEqual([1010, null]);
  });
});
