import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load';
import { Model, PROVINCE } from '../../../src/stats/model';
import { progressSummary } from '../../../src/site/progress/summary';
import { regionsTable } from '../../../src/site/progress/progress-view';
import { regionCompare } from '../../../src/site/progress/compare';
import { tileMapView } from '../../../src/site/progress/tile-view';
import { AT_2005_12_31 } from '../../data/helpers';
import { twoYears } from '../helpers';

const sample = new Model(loadDataset(fileURLToPath(new URL('../../../data', import.meta.url)), AT_2005_12_31).dataset);

describe('progressSummary', () => {
  it('says an ended year\'s result first, the largest gap, and where the region stands', () => {
    const s = progressSummary(sample, { area: 'fuxin', name: '阜新市' }, 2005);
    expect(s.periodLabel).toBe('已结束');
    expect(s.sentences[0]).toBe('截至2005年12月，阜新市四项扩面目标均未完成。');
    expect(s.sentences[1]).toMatch(/^参保人数差距最大的是医疗保险（差1\.36万人，完成年度目标的95\.0%）。$/);
    expect(s.sentences.at(-1)).toMatch(/^养老保险完成率在15个有目标的地区中居第\d+位。$/);
    expect(s.tiles.map((t) => t.status)).toEqual(['未完成', '未完成', '未完成', '未完成']);
    expect(s.sentences.length).toBeLessThanOrEqual(4);
  });
  it('names a target missed on the contribution rate alone (抚顺 pension)', () => {
    const s = progressSummary(sample, { area: 'fushun', name: '抚顺市' }, 2005);
    expect(s.sentences.join('')).toMatch(/养老保险参保人数达到目标，但缴费率88\.1%，未高于90%/);
    expect(s.tiles[0]).toMatchObject({ status: '未完成', completion: '完成年度目标100.5%' });
  });
  it('the province: its own result and how many regions met every target', () => {
    const s = progressSummary(sample, { area: PROVINCE, name: '全省' }, 2005);
    expect(s.sentences.join('')).toMatch(/失业保险/);
    expect(s.sentences.at(-1)).toMatch(/^15个有目标的地区中，\d+个完成全部目标，\d+个没有全部完成。$/);
  });
  it('says 均 instead of counting zero regions (the fixture: no region met every target)', () => {
    const fixture = new Model(loadDataset(fileURLToPath(new URL('../../fixtures/data/valid', import.meta.url)), AT_2005_12_31).dataset);
    const s = progressSummary(fixture, { area: PROVINCE, name: '全省' }, 2005);
    expect(s.sentences.at(-1)).toBe('3个有目标的地区均没有完成全部目标。');
  });
  it('a year in progress: against the time pace, and the year not over', () => {
    const s = progressSummary(twoYears('2006-06'), { area: 'dalian', name: '大连市' }, 2006);
    expect(s.periodLabel).toBe('进行中');
    expect(s.sentences[0]).toMatch(/^截至2006年6月（时间进度50\.0%），大连市/);
    expect(s.sentences[1]).toBe('2006年尚未结束，年度目标是否完成以12月数字为准。');
  });
});

describe('regionsTable orders', () => {
  const t = regionsTable(sample, 2005);
  it('has the file order, each insurance\'s completion (highest first) and the shortfall (most first)', () => {
    expect(t.orders.map((o) => o.key)).toEqual(['code', 'completion-pension', 'completion-unemployment', 'completion-medical', 'completion-work_injury', 'shortfall']);
    const pension = t.orders[1]!.rows.map((r) => r.cells[0]!.value!);
    expect(pension).toEqual([...pension].sort((a, b) => b - a));
    const short = t.orders.at(-1)!.rows.map((r) => r.shortfall ?? -1);
    expect(short).toEqual([...short].sort((a, b) => b - a));
    expect(t.orders.every((o) => o.rows.length === 15)).toBe(true);
  });
});

describe('regionCompare', () => {
  it('gives the rank and the neighbours above and below', () => {
    const rows = regionCompare(sample, sample.regionById.get('fuxin')!, 2005);
    expect(rows[0]!.rank).toMatch(/^第\d+位\/15$/);
    expect(rows[0]!.province).toMatch(/%$/);
    expect(rows.some((r) => r.above || r.below)).toBe(true);
  });
});

describe('tileMapView', () => {
  it('links every region once, with its overall status in the table and the key', () => {
    const v = tileMapView(sample, 2005);
    for (const r of sample.regions) expect(v.svg.match(new RegExp(`href="/cities/${r.id}/"`, 'g'))).toHaveLength(1);
    expect(v.table.rows).toHaveLength(15);
    expect(v.groups.flatMap((g) => g.names).sort()).toEqual(sample.regions.map((r) => r.name).sort());
  });
});
