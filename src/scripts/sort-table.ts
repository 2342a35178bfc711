/**
 * Enhancement for region tables marked data-sortable: each column heading becomes a button
 * that sorts the rows in place (aria-sort says the order). Without JavaScript the same orders
 * are pages of their own, linked above the table.
 */
function sortBy(table: HTMLTableElement, column: number, kind: string, th: HTMLTableCellElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const current = th.getAttribute('aria-sort');
  // Figures sort highest first on the first press, names in their listed order.
  const descending = kind === 'number' ? current !== 'descending' : current === 'ascending';
  const value = (row: HTMLTableRowElement): number | null => {
    const raw = row.cells[column]?.dataset.value ?? '';
    return raw === '' ? null : Number(raw);
  };
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    return descending ? y - x : x - y;
  });
  for (const r of rows) body.appendChild(r);
  for (const other of table.tHead?.rows[0]?.cells ?? []) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
}

function enhance(table: HTMLTableElement): void {
  if (table.dataset.sortReady) return;
  table.dataset.sortReady = '1';
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  heads.forEach((th, column) => {
    const kind = th.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', () => sortBy(table, column, kind, th as HTMLTableCellElement));
  });
}

for (const t of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(t);
export {};
