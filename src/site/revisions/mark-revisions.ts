/**
 * Marks revised figures in the tables that show them: a report table's cell gets the 修订
 * marker and a note under the table giving the previous value; a region's monthly table gets a
 * 修订 column saying which figures of a month were revised and what they were. Both carry into
 * the table's CSV (richTableSpec, the figure downloads) as a 修订 column.
 */
import type { Insurance, Month } from '../../data/types';
import type { RevisionIndex, RevisedMeasure } from '../../stats/revisions';
import type { TableSpec } from '../figures/figures';
import type { RichTable } from '../reports/report-common';
import { REVISED_MARK, measureName, revisedNote, revisedValue } from './revisions-view';
import { MEASURE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { escapeHtml } from '../../format/html';
import { formatCount } from '../../format/number';

/** A revised count of a report table in English: "1,465,000", or "none" for a figure since removed. */
function revisedValueEn(n: number | null): string {
  return n === null ? 'none' : formatCount(n);
}

/** Marks the cells of a report table's region rows: `columns` maps a measure to its column index (`lang`: the words of the marks and notes). */
export function markRichTable(
  table: RichTable,
  index: RevisionIndex | null,
  at: { month: Month; insurance: Insurance },
  columns: readonly (readonly [RevisedMeasure, number])[],
  lang: Lang = 'zh',
): void {
  if (!index) return;
  for (const row of table.rows) {
    if (!row.key) continue;
    const key = { table: 'monthly' as const, region: row.key, period: row.month ?? at.month, insurance: at.insurance };
    for (const [measure, column] of columns) {
      const r = index.get(key, measure);
      const cell = row.cells[column];
      if (!r || !cell) continue;
      if (lang === 'en') {
        // The row header of an English table is HTML already (report-common.ts regionName).
        row.cells[column] = { ...cell, revised: `${MEASURE_NAMES_EN[r.measure]}: previously ${revisedValueEn(r.previous)}` };
        table.notes.push(`Revised: ${row.header}, ${MEASURE_NAMES_EN[r.measure].toLowerCase()} ${r.current === null ? 'removed' : 'revised'}; the previous release (${escapeHtml(index.previousVersion)}) gave ${revisedValueEn(r.previous)}.`);
        continue;
      }
      row.cells[column] = { ...cell, revised: `${measureName(r)}：上一版本为${revisedValue(r, r.previous)}` };
      table.notes.push(revisedNote(row.header, r, index.previousVersion));
    }
  }
}

/** Adds a 修订 column to a region's monthly table (rows keyed by month) when any of its months was revised. */
export function markMonthlyTable(table: TableSpec, index: RevisionIndex | null, region: string, insurance: Insurance, lang: Lang = 'zh'): TableSpec {
  if (!index) return table;
  const en = lang === 'en';
  const marks = table.rows.map((row) =>
    index
      .row({ table: 'monthly', region, period: row.key ?? '', insurance })
      .map((r) =>
        en
          ? `${MEASURE_NAMES_EN[r.measure]} was ${r.previous === null ? 'not given' : revisedValue(r, r.previous)}${r.current === null ? ' (deleted)' : ''}`
          : `${measureName(r)}原为${revisedValue(r, r.previous)}${r.current === null ? '（已删除）' : ''}`,
      )
      .join(en ? '; ' : '；'),
  );
  if (marks.every((m) => m === '')) return table;
  return {
    ...table,
    columns: [...table.columns, en ? { label: 'Revised' } : { label: REVISED_MARK, definition: '上一版本发布后修改或删除的数字及其原值；空白表示未修订。' }],
    rows: table.rows.map((row, i) => ({ ...row, cells: [...row.cells, marks[i]!], ...(row.values ? { values: [...row.values, null] } : {}) })),
  };
}
