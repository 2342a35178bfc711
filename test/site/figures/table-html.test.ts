import { describe, expect, it } from 'vitest';
import { dataTableHtml, richTableHtml } from '../../../src/site/figures/table-html';
import type { TableSpec } from '../../../src/site/figures/figures';
import type { RichTable } from '../../../src/site/reports/report-common';

const hostile = `<script>alert("x")</script> & 'q'`;

describe('dataTableHtml', () => {
  const table: TableSpec = {
    caption: `沈阳 "参保" & <人数>`,
    columns: [{ label: '参保人数', numeric: true }, { label: hostile }],
    rows: [
      { header: '2005年1月', cells: ['1,234', hostile] },
      { header: hostile, cells: ['5', '未报送'] },
    ],
  };
  const html = dataTableHtml(table, { wide: true, id: 'monthly-shenyang-2005' });

  it('shows every text from the data as plain text, in cells, headers, caption and the region name', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</td>');
    expect(html).toContain('<th scope="row">&lt;script&gt;');
    expect(html).toContain('<caption>沈阳 &quot;参保&quot; &amp; &lt;人数&gt;</caption>');
    expect(html).toContain('aria-label="沈阳 &#34;参保&#34; &#38; <人数>"');
  });

  it('marks numeric columns, names the scroll region and keeps it focusable', () => {
    expect(html).toMatch(/^<div class="table-scroll" id="monthly-shenyang-2005" role="region" aria-label="[^"]+" tabindex="0" data-pagefind-ignore><table class="wide">/);
    expect(html).toContain('<th scope="col">月份</th><th scope="col" class="num">参保人数</th><th scope="col">&lt;script&gt;');
    expect(html).toContain('<tr><th scope="row">2005年1月</th><td class="num">1,234</td><td>');
    expect(html.endsWith('</tbody></table></div>')).toBe(true);
  });

  it('uses the row header given, else the table\'s, else 月份; no id or wide class unless asked', () => {
    expect(dataTableHtml({ ...table, rowHeader: '地区' })).toContain('<th scope="col">地区</th>');
    expect(dataTableHtml(table, { rowHeader: '险种' })).toContain('<th scope="col">险种</th>');
    const plain = dataTableHtml(table);
    expect(plain).not.toContain(' id=');
    expect(plain).toContain('<table><caption>');
  });
});

describe('richTableHtml', () => {
  const table: RichTable = {
    caption: '2005年6月各地区养老保险',
    rowHeader: '地区',
    columns: [{ label: '参保人数', numeric: true }, { label: '评定' }],
    rows: [
      { header: '沈阳', href: '/cities/shenyang/2005/', cells: [{ text: '1,000', title: `精确 "1000" & <人>` }, { text: '未完成', tone: 'bad', flag: '低于目标' }] },
      { header: hostile, cells: [{ text: hostile }, { text: '—' }] },
    ],
    foot: [{ header: '全省', href: '/', cells: [{ text: '2,000' }, { text: '完成', tone: 'good' }] }],
    notes: [`大连未报送 <b>`],
  };
  const html = richTableHtml(table, 'report-2005-06-pension');

  it('links region rows but not the total, and says each tone in words', () => {
    expect(html).toContain('<tbody><tr><th scope="row"><a href="/cities/shenyang/2005/">沈阳</a></th>');
    expect(html).toContain('<tfoot><tr><th scope="row">全省</th>');
    expect(html).toContain('<td class="text tone-bad">未完成<span class="flag">低于目标</span></td>');
    expect(html).toContain('<td class="num" title="精确 &#34;1000&#34; &#38; <人>">1,000</td>');
  });

  it('escapes every text from the data, and puts the notes after the table', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<th scope="row">&lt;script&gt;');
    expect(html.endsWith('</table></div><p class="note">注：大连未报送 &lt;b&gt;</p>')).toBe(true);
  });

  it('has no footer when there is no total', () => {
    expect(richTableHtml({ ...table, foot: [] })).not.toContain('<tfoot>');
  });
});
