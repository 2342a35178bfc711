import Papa from 'papaparse';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load';
import { publishedEmployers } from '../../../src/data/publication';
import { Model } from '../../../src/stats/model';
import { provinceRows, regionRows } from '../../../src/site/downloads/aggregates';
import { percentValue } from '../../../src/site/downloads/columns';
import { BOM } from '../../../src/site/downloads/csv';
import { datasetJson } from '../../../src/site/downloads/dataset-json';
import { tableCsv } from '../../../src/site/downloads/figure-table';
import { DATASET_FILES, PROVINCE_FILE, fileCsv } from '../../../src/site/downloads/files';
import { jsonFile } from '../../../src/site/downloads/json';
import { dictionary, dictionaryEn } from '../../../src/site/downloads/metadata';
import type { TableSpec } from '../../../src/site/figures/figures';
import { AT_2005_12_31, VALID_DIR } from '../../data/helpers';

const { dataset } = loadDataset(VALID_DIR, AT_2005_12_31);
const model = new Model(dataset);
const published = publishedEmployers(dataset.employers, dataset.buildDate);
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('percentValue(ratio)', () => {
  it('rounds to one decimal as the site shows it', () => {
    expect(percentValue(0.92349)).toBe(92.3);
    expect(percentValue(1)).toBe(100);
    expect(percentValue(null)).toBeNull();
  });
});

describe('dataset files', () => {
  it('are valid input for the site again: the downloaded files load to the same records', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'download-roundtrip-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'regions.csv'), fileCsv(DATASET_FILES.regions, dataset.regions));
    writeFileSync(path.join(dir, 'targets.csv'), fileCsv(DATASET_FILES.targets, dataset.targets));
    writeFileSync(path.join(dir, 'monthly.csv'), fileCsv(DATASET_FILES.monthly, dataset.monthly));
    writeFileSync(path.join(dir, 'groups.csv'), fileCsv(DATASET_FILES.groups, dataset.groups));
    writeFileSync(path.join(dir, 'employers.csv'), fileCsv(DATASET_FILES.employers, published));
    writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify({ title: dataset.meta.title, publisher: dataset.meta.publisher, as_of: dataset.meta.asOf, sample: true }));
    const again = loadDataset(dir, AT_2005_12_31).dataset;
    const strip = <T extends { source: unknown }>(rows: T[]) => rows.map(({ source: _s, ...r }) => r);
    expect(strip(again.regions)).toEqual(strip(dataset.regions));
    expect(strip(again.targets)).toEqual(strip(dataset.targets));
    expect(strip(again.monthly)).toEqual(strip(dataset.monthly));
    expect(strip(again.groups)).toEqual(strip(dataset.groups));
    // expires_on is written out even where it was the 3-year default, so readers see the date.
    const noDefault = <T extends { expiresByDefault: boolean }>(rows: T[]) => rows.map(({ expiresByDefault: _d, ...r }) => r);
    expect(noDefault(strip(again.employers))).toEqual(noDefault(strip(published)));
  });

  it('contain only published employers', () => {
    const csv = fileCsv(DATASET_FILES.employers, published);
    const ids = parse(csv).map((r) => r['id']);
    expect(ids.sort()).toEqual(['E2005-001', 'E2005-002', 'E2005-005']);
    const json = JSON.stringify(datasetJson(dataset, published, model, {} as never));
    for (const hidden of ['E2005-003', 'E2002-001', 'E2004-001', 'E2005-004', '沈阳示例建筑工程有限公司', '大连示例服装有限公司']) {
      expect(json).not.toContain(hidden);
    }
  });
});

describe('provinceRows(model)', () => {
  it('sums the regions and leaves a month empty when a region missed it, naming who', () => {
    const rows = provinceRows(model).filter((r) => r.insurance === 'pension');
    const june = rows.find((r) => r.month === '2005-06')!;
    expect(june.enrolled).toBeNull();
    expect(june.status).toBe('空缺：大连市未报送');
    const dec = rows.find((r) => r.month === '2005-12')!;
    expect(dec.enrolled).toBe(2036800 + 1785300 + 417400);
    expect(dec.status).toBe('完整');
    const csv = parse(fileCsv(PROVINCE_FILE, rows));
    expect(csv.find((r) => r['month'] === '2005-06')!['enrolled']).toBe('');
  });
  it('writes the contribution rate as a percent with one decimal', () => {
    const dec = provinceRows(model).find((r) => r.insurance === 'pension' && r.month === '2005-12')!;
    const row = parse(fileCsv(PROVINCE_FILE, [dec]))[0]!;
    expect(Number(row['contribution_rate'])).toBe(percentValue(dec.paid! / dec.due!));
  });
});

describe('regionRows(model, region)', () => {
  it('keeps a row for an unreported month, empty and marked 未报送', () => {
    const dalian = dataset.regions.find((r) => r.id === 'dalian')!;
    const june = regionRows(model, dalian).find((r) => r.insurance === 'pension' && r.month === '2005-06')!;
    expect(june).toMatchObject({ enrolled: null, status: '未报送' });
  });
});

describe('tableCsv(table)', () => {
  const table: TableSpec = {
    caption: 't',
    columns: [
      { label: '参保人数', numeric: true, unit: 'persons' },
      { label: '完成率', numeric: true, unit: 'percent' },
    ],
    rows: [
      { header: '2005年1月', key: '2005-01', cells: ['1,000', '50.0%'], values: [1000, 0.5] },
      { header: '2005年2月', key: '2005-02', cells: ['—', '—'], values: [null, null] },
    ],
  };
  it('writes the row key, units in the headings, raw counts and percents, gaps as empty cells', () => {
    expect(tableCsv(table)).toBe(`${BOM}月份,参保人数（人）,完成率（%）\r\n2005-01,1000,50\r\n2005-02,,\r\n`);
  });
  it('writes the cells as shown when a table has no raw values', () => {
    expect(tableCsv({ caption: 't', columns: [{ label: 'x' }], rows: [{ header: 'a', cells: ['1,000人'] }] })).toBe(`${BOM}月份,x\r\na,"1,000人"\r\n`);
  });
  it('writes a column without a unit (a verdict, a note) as its cells read, next to raw values', () => {
    const verdicts: TableSpec = {
      caption: 't',
      rowHeader: '地区',
      rowKeyLabel: '地区标识',
      columns: [
        { label: '完成率', numeric: true, unit: 'percent' },
        { label: '考核结论' },
      ],
      rows: [{ header: '大连市', key: 'dalian', cells: ['98.6%', '未完成'], values: [0.986, null] }],
    };
    expect(tableCsv(verdicts)).toBe(`${BOM}地区标识,地区,完成率（%）,考核结论\r\ndalian,大连市,98.6,未完成\r\n`);
  });
  it('does not repeat a unit the label already states', () => {
    const t: TableSpec = { caption: 't', columns: [{ label: '比上月增减（人）', numeric: true, unit: 'persons' }], rows: [{ header: 'a', key: 'a', cells: ['−2,100'], values: [-2100] }] };
    expect(tableCsv(t)).toBe(`${BOM}月份,比上月增减（人）\r\na,-2100\r\n`);
  });
});

describe('dictionary(siteUrl)', () => {
  it('describes every column of every dataset file with a label, type and definition', () => {
    const dict = dictionary('https://example.org/', dataset.regions[0]);
    const byFile = new Map(dict.map((f) => [f.file, f]));
    for (const spec of [...Object.values(DATASET_FILES), PROVINCE_FILE]) {
      const entry = byFile.get(spec.path)!;
      expect(entry.columns.map((c) => c.name)).toEqual(spec.columns.map((c) => c.name));
      for (const c of entry.columns) {
        expect(c.label, `${spec.path} ${c.name}`).not.toBe('');
        expect(c.definition, `${spec.path} ${c.name}`).not.toBe('');
      }
    }
    expect(byFile.has('/data/regions/<id>.csv')).toBe(true);
  });
  it('links measures to their definitions', () => {
    const monthly = dictionary('https://example.org/', undefined).find((f) => f.file === '/data/monthly.csv')!;
    expect(monthly.columns.find((c) => c.name === 'due')!.definition_url).toBe('https://example.org/methodology/#due');
  });
});

describe('dictionaryEn(siteUrl)', () => {
  const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;
  it('describes the same files and columns as the Chinese dictionary, every word in English', () => {
    const zh = dictionary('https://example.org/', dataset.regions[0]);
    const en = dictionaryEn('https://example.org/', dataset.regions[0]);
    expect(en.map((f) => [f.file, f.columns.map((c) => c.name)])).toEqual(zh.map((f) => [f.file, f.columns.map((c) => c.name)]));
    for (const f of en) {
      for (const text of [f.title, f.description]) expect(text, f.file).not.toMatch(HAN);
      for (const c of f.columns) {
        for (const text of [c.label, c.type, c.unit, c.definition]) expect(text, `${f.file} ${c.name}`).not.toMatch(HAN);
        expect(c.label, `${f.file} ${c.name}`).not.toBe('');
        expect(c.definition, `${f.file} ${c.name}`).not.toBe('');
      }
    }
  });
  it('gives units and types in English and links the English methodology under the same anchors', () => {
    const zh = dictionary('https://example.org/', undefined).find((f) => f.file === '/data/monthly.csv')!;
    const monthly = dictionaryEn('https://example.org/', undefined).find((f) => f.file === '/data/monthly.csv')!;
    expect(monthly.columns.find((c) => c.name === 'due')).toMatchObject({ label: 'Persons due to contribute', type: 'whole number', unit: 'persons', definition_url: 'https://example.org/en/methodology/#due' });
    expect(monthly.columns.map((c) => c.definition_url)).toEqual(zh.columns.map((c) => c.definition_url?.replace('/methodology/', '/en/methodology/')));
  });
});

describe('jsonFile(value)', () => {
  it('is valid JSON with one record per line', () => {
    const text = jsonFile({ meta: { a: 1 }, rows: [{ x: 1 }, { x: 2 }] });
    expect(JSON.parse(text)).toEqual({ meta: { a: 1 }, rows: [{ x: 1 }, { x: 2 }] });
    expect(text).toContain('\n    {"x":1},\n    {"x":2}\n');
  });
});
