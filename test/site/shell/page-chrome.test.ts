import { describe, expect, it } from 'vitest';
import { pageChrome } from '../../../src/site/shell/page-chrome';
import { FOOTER_NAV, NAV } from '../../../src/site/shell/nav';
import type { Site } from '../../../src/site/build/site';
import type { DatasetMeta } from '../../../src/data/types';

const hostile = `<script>alert("x")</script> & 'q'`;

/** Only what the shell reads of a site: the dataset's meta and build date, and the version. */
function siteWith(meta: Partial<DatasetMeta>): Site {
  const full: DatasetMeta = { title: '辽宁省社会保险扩面进展', publisher: '发布单位', sample: false, ...meta };
  return { dataset: { meta: full, buildDate: '2005-12-31' }, version: '20051231-abcdef12' } as unknown as Site;
}

describe('pageChrome', () => {
  it('shows the texts of dataset.json as plain text in the header and footer', () => {
    const chrome = pageChrome(siteWith({ title: hostile, publisher: hostile, license: hostile, contact: hostile }));
    const html = chrome.header('/') + chrome.footer;
    expect(html).not.toContain('<script>');
    expect(chrome.header('/')).toContain('<a class="brand" href="/">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</a>');
    expect(chrome.footer.match(/&lt;script&gt;/g)).toHaveLength(3);
  });

  it('marks the current section, and only it, in the main navigation', () => {
    const chrome = pageChrome(siteWith({}));
    for (const { href } of NAV) {
      const html = chrome.header(href);
      // Once in the phone menu and once in the row of links of wider screens (only one is displayed).
      expect(html.match(/aria-current="page"/g)).toHaveLength(2);
      expect(html).toContain(`<a href="${href}" aria-current="page">`);
    }
    expect(chrome.header(undefined)).not.toContain('aria-current');
    // The footer's navigation never marks a section.
    expect(chrome.footer).not.toContain('aria-current');
    expect(chrome.footer.match(/<li>/g)).toHaveLength(FOOTER_NAV.length);
  });

  it('carries the sample notice only for sample data, with its as-of date', () => {
    expect(pageChrome(siteWith({ sample: true, asOf: '2005-06-30' })).header('/')).toContain('本站按数据截至日2005年6月30日生成。');
    expect(pageChrome(siteWith({ sample: false })).header('/')).not.toContain('示例数据');
  });

  it('leaves out a licence or contact that is not given, and dates the data by as_of, else the build date', () => {
    const bare = pageChrome(siteWith({})).footer;
    expect(bare).toContain('<p>发布：发布单位</p>');
    expect(bare).toContain('数据版本 <span class="version">20051231-abcdef12</span> · 数据截至2005年12月31日 · 生成日期 2005年12月31日');
    const full = pageChrome(siteWith({ license: 'CC BY 4.0', contact: 'a@example.org', asOf: '2005-11-30' })).footer;
    expect(full).toContain('<p>发布：发布单位 · 许可：CC BY 4.0 · 联系：a@example.org</p>');
    expect(full).toContain('数据截至2005年11月30日 · 生成日期 2005年12月31日');
  });
});
