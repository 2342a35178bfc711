import { describe, expect, it } from 'vitest';
import { ANACHRONISMS, anachronisms, issuedBy, laterRules, periodProblems } from '../../src/content/period';
import { REGULATIONS, REGULATION_KEYS } from '../../src/content/regulations';

describe('anachronisms', () => {
  it('finds 微信 in an article dated before 2011, with line and column', () => {
    const source = '---\ntitle: x\n---\n\n转发到微信群里即可。\n';
    expect(anachronisms(source, '2005-12-05')).toEqual(['5:4: "微信" — WeChat (微信) launched on 2011-01-21; the article is dated 2005-12-05']);
  });
  it('finds every occurrence of every word, in the order of the text', () => {
    const p = anachronisms('发到微博和微信。再发微信。依照社会保险法', '2005-01-01');
    expect(p.map((x) => x.split(' — ')[0])).toEqual(['1:3: "微博"', '1:6: "微信"', '1:11: "微信"', '1:16: "社会保险法"']);
  });
  it('matches Latin names regardless of case', () => {
    expect(anachronisms('share on wechat', '2005-01-01')).toHaveLength(1);
  });
  it('allows a word on and after its first day', () => {
    expect(anachronisms('微信', '2011-01-21')).toEqual([]);
    expect(anachronisms('微信', '2011-01-20')).toHaveLength(1);
  });
  it('leaves alone what existed in 2005 (12333, 支付宝, the Labour Law)', () => {
    expect(anachronisms('拨打12333；用支付宝；《劳动法》第八十二条', '2005-06-01')).toEqual([]);
  });
  it('lists each word with a day', () => {
    for (const a of ANACHRONISMS) expect(a.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('laterRules', () => {
  it('rejects a rule issued after the article (国发〔2005〕38号 of 2005-12-03 in a November article)', () => {
    expect(laterRules([{ id: 'pension-2005' }], '2005-11-20')).toEqual([
      "rules: pension-2005 (国发〔2005〕38号) was issued 2005-12-03, after the article's date 2005-11-20; an article states the law of its own date",
    ]);
  });
  it('accepts it from its day on', () => {
    expect(laterRules([{ id: 'pension-2005' }], '2005-12-03')).toEqual([]);
  });
  it('treats a month-only date as the end of that month', () => {
    expect(issuedBy('2004-06')).toBe('2004-06-30');
    expect(issuedBy('2004-02')).toBe('2004-02-29');
    expect(laterRules([{ id: 'migrant-work-injury-2004' }], '2004-06-15')).toHaveLength(1);
    expect(laterRules([{ id: 'migrant-work-injury-2004' }], '2004-07-01')).toEqual([]);
  });
  it('rejects the notice in an article dated before 2005-05-16', () => {
    expect(laterRules([{ id: 'liaoning-2005-39' }], '2005-05-15')).toHaveLength(1);
  });
  it('every registry entry has a well-formed issue date', () => {
    for (const k of REGULATION_KEYS) expect(() => issuedBy(REGULATIONS[k].issued), k).not.toThrow();
  });
});

describe('periodProblems', () => {
  it('names the file and reports both kinds of problem', () => {
    const p = periodProblems('content/articles/x.mdx', '用微信转发', { published: '2005-03-01', rules: [{ id: 'liaoning-2005-39' }] });
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^content\/articles\/x\.mdx: rules: liaoning-2005-39/);
    expect(p[1]).toMatch(/^content\/articles\/x\.mdx:1:2: "微信"/);
  });
});

describe('a 2005 article that names 微信 and cites 国发〔2005〕38号 before its date', () => {
  it('is refused with both problems, naming file, line and column', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const file = 'test/fixtures/content-bad/articles/anachronism.mdx';
    const source = readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8');
    const { articleSchema } = await import('../../src/content/articles');
    const data = articleSchema.parse({ published: '2005-11-01', title: '示例：提前用了后来才有的东西', summary: '这篇文章的日期在2005年。', audiences: ['workers'], insurances: ['pension'], rules: ['pension-2005'] });
    expect(periodProblems(file, source, data)).toEqual([
      "test/fixtures/content-bad/articles/anachronism.mdx: rules: pension-2005 (国发〔2005〕38号) was issued 2005-12-03, after the article's date 2005-11-01; an article states the law of its own date",
      'test/fixtures/content-bad/articles/anachronism.mdx:3:30: "微信" — WeChat (微信) launched on 2011-01-21; the article is dated 2005-11-01',
      'test/fixtures/content-bad/articles/anachronism.mdx:10:7: "微信" — WeChat (微信) launched on 2011-01-21; the article is dated 2005-11-01',
    ]);
  });
});
