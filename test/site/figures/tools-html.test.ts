import { describe, expect, it } from 'vitest';
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
    expect(html).toContain('<a href="/data/figures/enrolled-shenyang-pension-2005.csv" download');
    expect(html).toContain('<a href="/data/figures/enrolled-shenyang-pension-2005.metadata.json">说明（JSON）</a>');
    expect(html).toContain('<a href="/data/figures/enrolled-shenyang-pension-2005.svg" download');
    expect(html).toContain('<dt>定义</dt><dd><a href="/methodology/#enrolled">参保人数</a> · <a href="/methodology/#target">目标</a></dd>');
    expect(html).toContain('<a href="/embed/enrolled-shenyang-pension-2005/">预览</a>');
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
