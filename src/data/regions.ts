/** regions.csv: the reporting units (cities and 省本级). */
import type { ReadContext } from './context';
import type { ParsedCsv } from './csv';
import { EXPECTED, PROVINCE, isDivisionCode, isRegionId, isWindowsReservedName } from './fields';
import { toTable, columnSpecs, withDefined } from './table';
import type { Region } from './types';

/** File name in DATA_DIR. */
export const REGIONS_FILE = 'regions.csv';

/** Columns of regions.csv (data contract). */
export const REGION_COLUMNS = columnSpecs({
  id: '标识', name: '名称', name_en: '英文名称', code: '区划代码', kind: '类型', inspection_phone: '劳动保障监察电话',
  inspection_address: '劳动保障监察地址', service_phone: '社保咨询电话', tile_row: '图块行', tile_col: '图块列',
}, ['name_en', 'code', 'kind', 'inspection_phone', 'inspection_address', 'service_phone', 'tile_row', 'tile_col']);

type Key = (typeof REGION_COLUMNS)[number]['key'];

const KINDS: ReadonlyMap<string, Region['kind']> = new Map<string, Region['kind']>([
  ['', 'city'],
  ['city', 'city'],
  ['市', 'city'],
  ['provincial', 'provincial'],
  ['省本级', 'provincial'],
]);

/**
 * Validates regions.csv. Returns the regions in file order, and the valid ids (first
 * occurrence) that other files may refer to — undefined when the ids could not be read.
 */
export function readRegions(
  parsed: ParsedCsv | undefined,
  ctx: Pick<ReadContext, 'problems' | 'warnings'>,
): { regions: Region[]; order: Map<string, number> | undefined } {
  const table = toTable(REGIONS_FILE, parsed, REGION_COLUMNS, ctx);
  if (table === undefined || table.columns.id.index < 0) return { regions: [], order: undefined };
  const r = table.reader;
  const order = new Map<string, number>();
  const idLines = new Map<string, number>();
  const codeLines = new Map<string, number>();
  const tileLines = new Map<string, number>();
  const regions: Region[] = [];
  // Tile positions are all or nothing: a map with some tiles placed by hand and others guessed would mislead.
  const tilesGiven = table.columns.tile_row.index >= 0 && table.columns.tile_col.index >= 0;
  for (const [key, other] of [['tile_row', 'tile_col'], ['tile_col', 'tile_row']] as const) {
    if (table.columns[key].index >= 0 && table.columns[other].index < 0) {
      ctx.problems.push({ file: REGIONS_FILE, line: 1, column: table.columns[key].name, value: table.columns[key].name, expected: EXPECTED.tilePair(other) });
    }
  }

  table.forEachRow((row) => {
    r.start(row);
    const id = r.raw('id');
    if (!isRegionId(id)) r.fail('id', EXPECTED.regionId);
    else if (id === PROVINCE) r.fail('id', EXPECTED.reservedRegionId);
    else if (isWindowsReservedName(id)) r.fail('id', EXPECTED.reservedFileName);
    else {
      const first = idLines.get(id);
      if (first !== undefined) r.fail('id', EXPECTED.unique(first));
      else {
        idLines.set(id, row.line);
        order.set(id, order.size);
      }
    }
    const name = r.text('name');
    const nameEn = r.optionalText('name_en');
    const kind = KINDS.get(r.raw('kind'));
    if (kind === undefined) r.fail('kind', EXPECTED.kind);
    const code = r.optionalText('code');
    if (code === undefined) {
      if (kind === 'city') r.fail('code', EXPECTED.codeRequired);
    } else if (!isDivisionCode(code)) r.fail('code', EXPECTED.code);
    else {
      const first = codeLines.get(code);
      if (first !== undefined) r.fail('code', EXPECTED.unique(first));
      else codeLines.set(code, row.line);
    }
    const inspectionPhone = r.optionalText('inspection_phone');
    const inspectionAddress = r.optionalText('inspection_address');
    const servicePhone = r.optionalText('service_phone');
    let tile: Region['tile'];
    if (tilesGiven) {
      const row_ = r.tileIndex('tile_row');
      const col = r.tileIndex('tile_col');
      if (row_ !== undefined && col !== undefined) {
        const key = `${row_},${col}`;
        const first = tileLines.get(key);
        if (first !== undefined) r.failColumns(['tile_row', 'tile_col'], EXPECTED.unique(first));
        else {
          tileLines.set(key, row.line);
          tile = { row: row_, col };
        }
      }
    }
    if (!r.ok || kind === undefined) return;
    const region: Region = { id, name, kind, source: { file: REGIONS_FILE, line: row.line } };
    regions.push(withDefined(region, { nameEn, code, inspectionPhone, inspectionAddress, servicePhone, tile }));
  });
  return { regions, order };
}
