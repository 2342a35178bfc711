/** The body of a named employer's entry page (src/site/employers/employer-entry-html.ts). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { employerEntryHead, employerEntryHtml } from '../../../src/site/employers/employer-entry-html';
import { citeThisHtml } from '../../../src/site/figures/tools-html';
import { VALID_DIR } from '../../data/helpers';
import { siteOf } from '../helpers';


const URL_BASE = 'https://kuomian.example.org';

describe('employerEntryHtml', () => {
  const hostile = siteOf(fileURLToPath(new URL('../../fixtures/data/edges', import.meta.url)));
  const e = hostile.employers.find((x) => x.id === 'E2005-666')!;
  const html = employerEntryHtml(hostile, e, URL_BASE);

  it('shows every text of the entry as plain text, never as markup', () => {
    expect(e).toBeDefined();
    for (const tag of ['<img', '<script', '<style', '<iframe', '<i>', '<a href="http://evil', '</p><script']) expect(html).not.toContain(tag);
    expect(html).toContain('示例&lt;img src=x onerror=alert(&quot;name&quot;)&gt;有限公司');
    expect(html).toContain('未参保&lt;/p&gt;&lt;script&gt;alert(&#39;violation&#39;)&lt;/script&gt;');
    expect(html).toContain('大劳社监罚〔2005〕&lt;i&gt;66&lt;/i&gt;号');
    expect(html).toContain('大连市&lt;iframe src=//evil.example&gt;&lt;/iframe&gt;局');
    // The same texts inside the citation to copy (textarea and copy boxes) are text too.
    expect(html.match(/<textarea[^>]*>([^<]*)<\/textarea>/)![1]).toContain('&lt;img src=x');
  });

  it('gives the page a title and description from the entry (Base escapes them)', () => {
    const head = employerEntryHead(hostile, e);
    expect(head.title).toBe(`${e.name}（曝光单位）`);
    expect(head.description).toContain(e.decisionNo);
  });

  it('lists the facts, leaving out those the entry does not have', () => {
    expect(html).not.toContain('统一社会信用代码');
    expect(html).toContain('<dt>涉及职工人数</dt><dd>12人</dd>');
    const valid = siteOf(VALID_DIR);
    const withCode = valid.employers.find((x) => x.creditCode)!;
    const page = employerEntryHtml(valid, withCode, URL_BASE);
    expect(page).toContain(`<dt>统一社会信用代码</dt><dd class="code">${withCode.creditCode}</dd>`);
    expect(page).toContain(`<li><a href="/employers/regions/${withCode.region}/">`);
    expect(page).toContain(`<a href="/cities/${withCode.region}/">`);
    expect(page).toContain(`<p class="note">本页网址：<a href="${URL_BASE}/employers/${withCode.id}/">${URL_BASE}/employers/${withCode.id}/</a></p>`);
  });

  it('says whether the employer has rectified, as of the build date', () => {
    const valid = siteOf(VALID_DIR);
    const rectified = valid.employers.find((x) => x.rectifiedOn && x.rectifiedOn <= valid.dataset.buildDate);
    const pending = valid.employers.find((x) => !x.rectifiedOn);
    expect(rectified && pending).toBeTruthy();
    expect(employerEntryHtml(valid, rectified!, URL_BASE)).toMatch(/<div class="rectification is-rectified"><p class="rectification-label"><strong>已整改<\/strong> · \d{4}年\d{1,2}月\d{1,2}日<\/p>/);
    expect(employerEntryHtml(valid, pending!, URL_BASE)).toContain('<div class="rectification is-pending"><p class="rectification-label"><strong>尚未报告整改</strong></p>');
  });
});

describe('citeThisHtml', () => {
  const site = siteOf(VALID_DIR);
  it('cites the permanent address with version and dates, and escapes the title', () => {
    const html = citeThisHtml(site, URL_BASE, { title: '<b>"题名"</b>', permalink: '/cities/shenyang/2005/' });
    expect(html.startsWith('<section class="cite" id="cite" aria-labelledby="cite-heading" data-pagefind-ignore><h2 id="cite-heading">引用本页</h2>')).toBe(true);
    expect(html).toContain(`<a href="/cities/shenyang/2005/">${URL_BASE}/cities/shenyang/2005/</a>`);
    expect(html).toContain(`<span class="version">${site.version}</span>`);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;&quot;题名&quot;&lt;/b&gt;');
    expect(html).not.toContain('可直接引用的句子');
  });

  it('adds the sentences to copy, and the heading level asked for', () => {
    const html = citeThisHtml(site, URL_BASE, { title: 't', permalink: '/', sentences: ['甲 < 乙。', '丙。'], heading: 'h3', kind: 'DS' });
    expect(html).toContain('<h3 id="cite-heading">引用本页</h3>');
    expect(html).toContain('可直接引用的句子');
    expect(html.match(/data-copy-label="引用句子"/g)).toHaveLength(2);
    expect(html).toContain('甲 &lt; 乙。');
    expect(html).toContain('[DS/OL]');
  });
});
