import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';

type Node = DefaultTreeAdapterMap['childNode'];

/** The links of an HTML fragment by address: their text and whether they are downloads. */
function linksOf(html: string): Map<string, { text: string; download: boolean }> {
  const links = new Map<string, { text: string; download: boolean }>();
  const textOf = (n: Node): string => ('value' in n ? n.value : 'childNodes' in n ? n.childNodes.map(textOf).join('') : '');
  const walk = (n: Node): void => {
    if ('attrs' in n && n.nodeName === 'a') {
      const attrs = new Map(n.attrs.map((a) => [a.name, a.value]));
      links.set(attrs.get('href')!, { text: textOf(n), download: attrs.has('download') });
    }
    if ('childNodes' in n) n.childNodes.forEach(walk);
  };
  parseFragment(html).childNodes.forEach(walk);
  return links;
}
import { copyBoxHtml, embedCode, figureToolsHtml } from '../../../src/site/figures/tools-html';
import type { FigureSpec } from '../../../src/site/figures/figures';
import type { Site } from '../../../src/site/build/site';

const hostile = `<script>alert("x")</script> & 'q'`;
const site = {
  dataset: { meta: { title: '站', publisher: `发布 <b>"单位"</b>`, sample: false }, buildDate: '2005-12-31' },
  version: '20051231-abcdef12',
} as unknown as Site;

function figure(over: Partial<FigureSpec> = {}): FigureSpec {
  return {
    id: 'enrolled-shenyang-pension-2005',
    title: hostile,
    description: '',
    svg: '',
    table: { caption: '', columns: [], rows: [] },
    notes: [],
    csv: '/data/figures/enrolled-shenyang-pension-2005.csv',
    measures: ['enrolled', 'target'],
    ...over,
  } as FigureSpec;
}

describe('copyBoxHtml', () => {
  it('shows the text as plain text and names the box in its attributes', () => {
    const html = copyBoxHtml(hostile, `引用 "此图" & 表`);
    expect(html).toBe(
      '<div class="copy-box" data-copy-label="引用 &#34;此图&#34; &#38; 表"><pre class="copy-text">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</pre></div>',
    );
    expect(copyBoxHtml('x', 'y', true)).toContain('<pre class="copy-text code">x</pre>');
  });
});

describe('figureToolsHtml', () => {
  const html = figureToolsHtml(figure(), '/cities/shenyang/2005/', site, 'https://kuomian.example.org');

  it('never lets a title or publisher from the data become markup', () => {
    // Outside attribute values (where `<` is only text, as Astro leaves it), no tag from the data.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<b>/);
    expect(html).toContain('<span class="visually-hidden">：&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</span>');
    expect(html).toContain('aria-label="下载CSV：<script>alert(&#34;x&#34;)</script> &#38; \'q\'"');
    expect(html).toContain('data-png-title="<script>alert(&#34;x&#34;)</script> &#38; \'q\'"');
  });

  it('links the downloads, the definitions and the embed page of the figure', () => {
    // Parsed, so attribute order and whitespace do not matter: each link by its address.
    const links = linksOf(html);
    const files = '/data/figures/enrolled-shenyang-pension-2005';
    expect(links.get(`${files}.csv`)?.download).toBe(true);
    expect(links.get(`${files}.svg`)?.download).toBe(true);
    expect(links.get(`${files}.metadata.json`)).toEqual({ text: '说明（JSON）', download: false });
    expect(links.get('/methodology/#enrolled')?.text).toBe('参保人数');
    expect(links.get('/methodology/#target')?.text).toBe('目标');
    expect(links.get('/embed/enrolled-shenyang-pension-2005/')?.text).toBe('预览');
    expect(figureToolsHtml(figure({ measures: [] }), '/', site, undefined)).not.toContain('<dt>定义</dt>');
  });

  it('cites the figure at its permanent address, and shows the embed code as text', () => {
    expect(html).toContain('https://kuomian.example.org/cities/shenyang/2005/#enrolled-shenyang-pension-2005');
    // The embed code escapes the title for HTML once; shown in the page, it is escaped again as text.
    const code = embedCode(figure(), 'https://kuomian.example.org');
    expect(code).toContain('title="&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; \'q\'"');
    expect(html).toContain(`<pre class="copy-text code">&lt;iframe src=&quot;https://kuomian.example.org/embed/enrolled-shenyang-pension-2005/&quot;`);
    expect(html.endsWith('</details>')).toBe(true);
  });
});
