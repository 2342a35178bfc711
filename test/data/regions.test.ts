import { describe, expect, it } from 'vitest';
import { itRejects, load, problemsOf } from './helpers';

const regions = (...rows: string[]) => ({ 'regions.csv': ['id,name,code,kind', 'shenyang,沈阳市,210100,city', ...rows].join('\n') });

describe('regions.csv', () => {
  it('reads regions in file order, with kind city by default and 省本级 without a code', () => {
    const { dataset } = load({
      'regions.csv': 'id,name,name_en,code,kind\nshenyang,沈阳市,Shenyang,210100,city\ndalian,大连市,,210200,\nprovincial,省本级,,,provincial\n',
    });
    expect(dataset.regions).toEqual([
      { id: 'shenyang', name: '沈阳市', nameEn: 'Shenyang', code: '210100', kind: 'city', source: { file: 'regions.csv', line: 2 } },
      { id: 'dalian', name: '大连市', code: '210200', kind: 'city', source: { file: 'regions.csv', line: 3 } },
      { id: 'provincial', name: '省本级', kind: 'provincial', source: { file: 'regions.csv', line: 4 } },
    ]);
  });

  it('accepts the Chinese column names and the kinds 市 and 省本级', () => {
    const { dataset } = load({ 'regions.csv': '类型,标识,名称,区划代码,英文名称\n市,shenyang,沈阳市,210100,Shenyang\n省本级,provincial,省本级,,\n' });
    expect(dataset.regions.map((r) => [r.id, r.kind, r.code])).toEqual([
      ['shenyang', 'city', '210100'],
      ['provincial', 'provincial', undefined],
    ]);
  });

  itRejects([
    [
      'rejects an id that is not a lowercase slug',
      regions('Dalian,大连市,210200,'),
      ['regions.csv:3: id: "Dalian" — an id of lowercase letters a–z, digits and "-", starting with a letter'],
    ],
    [
      'rejects the id "province", which targets.csv uses for the whole province',
      regions('province,全省,210000,provincial'),
      ['regions.csv:3: id: "province" — an id other than "province", which targets.csv uses for the whole province'],
    ],
    ['rejects a repeated id, naming the first line', regions('shenyang,沈阳,210101,'), ['regions.csv:3: id: "shenyang" — unique in the file; already on line 2']],
    ['rejects an empty name', regions('dalian,,210200,'), ['regions.csv:3: name: "" — a non-empty text']],
    [
      'requires a code for a city, also when kind is left empty',
      regions('dalian,大连市,,', 'anshan,鞍山市,,city'),
      [
        'regions.csv:3: code: "" — a 6-digit administrative division code (GB/T 2260), required for a city',
        'regions.csv:4: code: "" — a 6-digit administrative division code (GB/T 2260), required for a city',
      ],
    ],
    [
      'rejects a code that is not six digits, and a repeated code',
      regions('dalian,大连市,21020,', 'anshan,鞍山市,210100,'),
      [
        'regions.csv:3: code: "21020" — a 6-digit administrative division code (GB/T 2260)',
        'regions.csv:4: code: "210100" — unique in the file; already on line 2',
      ],
    ],
    ['rejects an unknown kind', regions('dalian,大连市,210200,county'), ['regions.csv:3: kind: "county" — city (市, the default when empty) or provincial (省本级)']],
    [
      'names the column as the file does',
      { 'regions.csv': '标识,名称,区划代码\nshenyang,沈阳市,2101\n' },
      ['regions.csv:2: 区划代码: "2101" — a 6-digit administrative division code (GB/T 2260)'],
    ],
    [
      'rejects a missing required column and a column given twice',
      { 'regions.csv': 'id,code,区划代码\nshenyang,210100,210100\n' },
      [
        'regions.csv:1: 区划代码 — each column once; this is the same column as code',
        'regions.csv:1: name — a required column (or its Chinese name 名称); not in the header',
      ],
    ],
  ]);

  it('ignores unknown and unnamed columns with a warning', () => {
    const { warnings, dataset } = load({ 'regions.csv': 'id,name,code,备注,\nshenyang,沈阳市,210100,省会,\n' });
    expect(warnings).toEqual(['regions.csv:1: 备注 — unknown column, ignored', 'regions.csv:1: (column 5) — a column without a name, ignored']);
    expect(dataset.regions).toHaveLength(1);
  });

  describe('contacts and tile positions (optional columns)', () => {
    it('reads the contacts and tile positions, also under their Chinese names', () => {
      const { dataset } = load({
        'regions.csv':
          'id,name,code,类型,劳动保障监察电话,劳动保障监察地址,社保咨询电话,图块行,图块列\n' +
          'shenyang,沈阳市,210100,city,024-0000000,示例路1号,12333,1,2\nprovincial,省本级,,provincial,,,,0,0\n',
      });
      expect(dataset.regions.map((r) => [r.id, r.inspectionPhone, r.inspectionAddress, r.servicePhone, r.tile])).toEqual([
        ['shenyang', '024-0000000', '示例路1号', '12333', { row: 1, col: 2 }],
        ['provincial', undefined, undefined, undefined, { row: 0, col: 0 }],
      ]);
    });

    it('leaves the tiles unplaced when neither column is given', () => {
      const { dataset } = load({ 'regions.csv': 'id,name,code\nshenyang,沈阳市,210100\n' });
      expect(dataset.regions[0]?.tile).toBeUndefined();
    });

    it('requires a whole number ≥ 0 in both tile columns of every row, and unique pairs', () => {
      expect(
        problemsOf({ 'regions.csv': 'id,name,code,tile_row,tile_col\nshenyang,沈阳市,210100,0,0\ndalian,大连市,210200,-1,\nanshan,鞍山市,210300,0,0\n' }),
      ).toEqual([
        'regions.csv:3: tile_row: "-1" — a whole number ≥ 0 (the tile map needs tile_row and tile_col for every region, or for none)',
        'regions.csv:3: tile_col: "" — a whole number ≥ 0 (the tile map needs tile_row and tile_col for every region, or for none)',
        'regions.csv:4: tile_row, tile_col: "0, 0" — unique in the file; already on line 2',
      ]);
    });

    it('rejects one tile column without the other', () => {
      expect(problemsOf({ 'regions.csv': 'id,name,code,tile_row\nshenyang,沈阳市,210100,0\n' })).toEqual([
        'regions.csv:1: tile_row: "tile_row" — tile_row and tile_col together; tile_col is not in the header',
      ]);
    });
  });
});
