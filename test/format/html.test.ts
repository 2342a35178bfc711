import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/html';

describe('escapeHtml(text)', () => {
  it('escapes the five characters that HTML reads as markup, and nothing else', () => {
    expect(escapeHtml(`示例"A&B"<script>alert('x')</script>, 有限公司`)).toBe(
      '示例&quot;A&amp;B&quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;, 有限公司',
    );
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
