/** A figure's table as a download: its CSV and the dictionary entries of its columns. Figure CSVs use the page's headings. */
import { MEASURE_ANCHORS, MEASURE_NAMES } from '../../i18n/glossary';
import type { TableSpec, TableUnit } from '../figures/figures';
import { percentValue } from './columns';
import { toCsv, type CellValue } from './csv';
import type { DictionaryColumn } from './metadata';

/**
 * A figure's table as CSV: the row key (month), then each column with its unit. Columns
 * with a unit carry the raw values where known (empty where the page shows no number);
 * columns without one (a verdict, a note) read as the page's cells.
 */
export function tableCsv(table: TableSpec): string {
  const header: string[] = [];
  if (table.rowKeyLabel) header.push(table.rowKeyLabel);
  header.push(table.rowHeader ?? '月份');
  for (const c of table.columns) header.push(columnName(c));
  const rows = table.rows.map((r) => {
    const cells: CellValue[] = [];
    if (table.rowKeyLabel) cells.push(r.key ?? r.header);
    cells.push(table.rowKeyLabel ? r.header : (r.key ?? r.header));
    table.columns.forEach((c, i) => {
      if (r.values && c.unit) {
        const v = r.values[i];
        cells.push(v == null ? null : c.unit === 'percent' ? percentValue(v) : v);
      } else cells.push(r.cells[i]);
    });
    return cells;
  });
  return toCsv(header, rows);
}

/** A column's CSV heading: its label with the unit, unless the label already ends with it (`比上月增减（人）`). */
function columnName(c: TableSpec['columns'][number]): string {
  if (!c.unit) return c.label;
  const unit = `（${unitLabel(c.unit)}）`;
  return c.label.endsWith(unit) ? c.label : `${c.label}${unit}`;
}

/** The methodology anchor of a column heading that names a measure (参保人数 → enrolled), if any. */
function measureAnchor(label: string): string | undefined {
  // Every figure's metadata asks this of each column, for a few dozen distinct headings.
  if (ANCHORS.has(label)) return ANCHORS.get(label);
  const found = (Object.keys(MEASURE_NAMES) as (keyof typeof MEASURE_NAMES)[])
    .filter((k) => label.endsWith(MEASURE_NAMES[k]))
    .sort((a, b) => MEASURE_NAMES[b].length - MEASURE_NAMES[a].length)[0];
  const anchor = found && MEASURE_ANCHORS[found];
  if (ANCHORS.size < 10_000) ANCHORS.set(label, anchor);
  return anchor;
}
const ANCHORS = new Map<string, string | undefined>();

/** The dictionary entries of a figure table's columns (definition links need `siteUrl`). */
export function tableColumns(table: TableSpec, siteUrl?: string): DictionaryColumn[] {
  const out: DictionaryColumn[] = [];
  if (table.rowKeyLabel) out.push({ name: table.rowKeyLabel, label: table.rowKeyLabel, type: 'code', unit: '', definition: '行的标识（如地区标识）。' });
  const monthKeyed = !table.rowKeyLabel && table.rows.some((r) => r.key);
  out.push({
    name: table.rowHeader ?? '月份',
    label: table.rowHeader ?? '月份',
    type: monthKeyed ? 'month' : 'text',
    unit: '',
    definition: monthKeyed ? '月份，格式YYYY-MM。' : '行名。',
  });
  for (const c of table.columns) {
    const anchor = measureAnchor(c.label);
    out.push({
      ...(anchor && siteUrl ? { definition_url: new URL(`/methodology/#${anchor}`, siteUrl).href } : {}),
      name: columnName(c),
      label: c.label,
      type: c.unit === 'persons' ? 'integer' : c.unit === 'percent' ? 'number' : 'text',
      unit: c.unit ? unitLabel(c.unit) : '',
      definition: c.definition ?? (c.unit === 'percent' ? '百分数，保留一位小数（与网页相同）；空白表示无数据。' : c.unit === 'persons' ? '人数；空白表示无数据。' : '与网页表格相同的文字。'),
    });
  }
  return out;
}

function unitLabel(u: TableUnit): string {
  return u === 'persons' ? '人' : '%';
}
