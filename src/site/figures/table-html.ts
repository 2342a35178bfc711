/**
 * The HTML of the site's data tables (DataTable.astro, RichTable.astro), made as one string.
 *
 * A city page has about 20 tables and thousands of cells; as Astro markup each cell would be
 * a rendered expression of its own (escaping, attribute handling, promise checks). The output
 * has the same elements, attributes and text as Astro's markup would (only the whitespace
 * between tags is gone): text is escaped as Astro escapes text, attribute values as Astro
 * escapes attributes, and every text from the data goes through one of the two.
 */
import { escapeAttribute as attr, escapeHtml } from '../../format/html';
import type { TableSpec } from './figures';
import type { Lang } from '../../i18n/lang';
import type { Cell, RichRow, RichTable } from '../reports/report-common';

/** ` name="value"`, or nothing when the value is undefined (as Astro omits it). */
function optional(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${attr(value)}"`;
}

export interface DataTableOptions {
  /** First column heading (default the table's rowHeader, else 月份). */
  rowHeader?: string;
  wide?: boolean;
  /** Anchor of the table (its registered id, when it has a download). */
  id?: string;
  /** The page's edition: the default row heading's language. */
  lang?: Lang;
}

/** A table of already formatted figures, in a focusable, named scroll region. */
export function dataTableHtml(table: TableSpec, options: DataTableOptions = {}): string {
  const rowHeader = options.rowHeader ?? table.rowHeader ?? (options.lang === 'en' ? 'Month' : '月份');
  const numeric = table.columns.map((c) => (c.numeric ? ' class="num"' : ''));
  let html =
    `<div class="table-scroll"${optional('id', options.id)} role="region" aria-label="${attr(table.caption)}" tabindex="0" data-pagefind-ignore>` +
    `<table${options.wide ? ' class="wide"' : ''}><caption>${escapeHtml(table.caption)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(rowHeader)}</th>`;
  for (let i = 0; i < table.columns.length; i++) html += `<th scope="col"${numeric[i]}>${escapeHtml(table.columns[i]!.label)}</th>`;
  html += '</tr></thead><tbody>';
  for (const r of table.rows) {
    html += `<tr><th scope="row">${escapeHtml(r.header)}</th>`;
    for (let i = 0; i < r.cells.length; i++) html += `<td${numeric[i] ?? ''}>${escapeHtml(r.cells[i]!)}</td>`;
    html += '</tr>';
  }
  return `${html}</tbody></table></div>`;
}

/** A report table: linked region rows, a total in the footer, each cell's tone said in words too; then its notes. */
export function richTableHtml(table: RichTable, id?: string, lang: Lang = 'zh'): string {
  const revisedMark = lang === 'en' ? 'revised' : '修订';
  const note = lang === 'en' ? 'Note: ' : '注：';
  const kinds = table.columns.map((c) => (c.numeric ? 'num' : 'text'));
  const cell = (c: Cell, i: number): string =>
    `<td class="${kinds[i] ?? 'text'}${c.tone ? ` tone-${attr(c.tone)}` : ''}"${optional('title', c.title)}>` +
    `${escapeHtml(c.text)}${c.flag ? `<span class="flag">${escapeHtml(c.flag)}</span>` : ''}` +
    `${c.revised ? `<sup class="revised-mark" title="${attr(c.revised)}">${revisedMark}</sup>` : ''}</td>`;
  // An English table's row headers and notes are already HTML (a Chinese name marked lang="zh-CN").
  const text = table.html ? (s: string) => s : escapeHtml;
  const row = (r: RichRow, links: boolean): string =>
    `<tr><th scope="row">${links && r.href ? `<a href="${attr(r.href)}">${text(r.header)}</a>` : text(r.header)}</th>` +
    `${r.cells.map(cell).join('')}</tr>`;
  let html =
    `<div class="table-scroll"${optional('id', id)} data-pagefind-ignore><table class="wide report-table">` +
    `<caption>${escapeHtml(table.caption)}</caption><thead><tr><th scope="col">${escapeHtml(table.rowHeader)}</th>`;
  for (const c of table.columns) html += `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`;
  html += '</tr></thead><tbody>';
  for (const r of table.rows) html += row(r, true);
  html += '</tbody>';
  if (table.foot.length > 0) html += `<tfoot>${table.foot.map((r) => row(r, false)).join('')}</tfoot>`;
  html += '</table></div>';
  for (const n of table.notes) html += `<p class="note">${note}${text(n)}</p>`;
  return html;
}
