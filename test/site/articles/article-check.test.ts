import { describe, expect, it } from 'vitest';
import type { Dataset, Region } from '../../../src/data/types';
import { Model } from '../../../src/stats/model';
import { ArticleError, checkArticle, componentUses, strayBold } from '../../../src/site/articles/article-check';

const src = { file: 't.csv', line: 2 };
const region = (id: string, name: string): Region => ({ id, name, kind: 'city', source: src });
const model = new Model({
  meta: { title: 't', publisher: 'p', sample: false },
  regions: [region('shenyang', '沈阳市'), region('dalian', '大连市')],
  targets: [],
  monthly: [{ month: '2005-06', region: 'shenyang', insurance: 'pension', enrolled: 10, source: src }],
  groups: [],
  employers: [],
  buildDate: '2005-06-30',
} satisfies Dataset);

const MDX = `---
title: 示例
figure:
  metric: enrolled
  area: tieling
  insurance: pension
---
全省参保人数为<Stat metric="enrolled" area="province" insurance="pension" />。

沈阳市：<Stat metric="completion"
  area="shenyan" insurance="pension"/>，<RegionName id="dalian" link />。

写法示例：\`<Stat area="nowhere" />\`

\`\`\`mdx
<TrendChart area="nowhere" insurance="pension" />
\`\`\`

<TrendChart area={city} insurance="pension" year={2005} />
`;

describe('componentUses(source)', () => {
  it('finds each component with its literal props and position, across lines, outside code', () => {
    const uses = componentUses(MDX);
    expect(uses.map((u) => [u.component, u.line, u.column])).toEqual([
      ['Stat', 8, 8],
      ['Stat', 10, 5],
      ['RegionName', 11, 40],
      ['TrendChart', 19, 1],
    ]);
    expect(uses[1]!.props).toEqual({ metric: 'completion', area: 'shenyan', insurance: 'pension' });
    expect(uses[2]!.props).toEqual({ id: 'dalian', link: true });
    expect(uses[3]!.props).toEqual({ insurance: 'pension', year: 2005 });
    expect(uses[3]!.unchecked).toEqual(['area={city}']);
  });
});

describe('checkArticle(article, model)', () => {
  it('names file, line and column, the component and the bad value, for the body and the frontmatter figure', () => {
    const problems = checkArticle({ file: 'content/articles/demo.mdx', id: 'demo', source: MDX, figure: { metric: 'enrolled', area: 'tieling', insurance: 'pension' } }, model);
    expect(problems).toEqual([
      'content/articles/demo.mdx:5: figure.area: "tieling" — unknown region; expected "province" or a region id of regions.csv: shenyang, dalian',
      'content/articles/demo.mdx:10:5: <Stat area="shenyan"> — unknown region; expected "province" or a region id of regions.csv: shenyang, dalian',
      'content/articles/demo.mdx:19:1: <TrendChart area={city}> — write the value as plain text (e.g. area="province") so the build can check it against the data',
    ]);
  });
  it('accepts an article whose figures all exist', () => {
    const ok = '---\ntitle: x\n---\n<Stat metric="namedEmployers" area="dalian" /> <TrendChart area="shenyang" insurance="pension" />\n';
    expect(checkArticle({ file: 'a.mdx', id: 'ok-article', source: ok }, model)).toEqual([]);
  });
  it('rejects a file name that cannot be an address', () => {
    expect(checkArticle({ file: 'content/articles/工伤.mdx', id: '工伤', source: '' }, model)).toEqual([
      'content/articles/工伤.mdx: file name "工伤" — it becomes the address /articles/<name>/: use lowercase letters a–z, digits and hyphens',
    ]);
  });
  it('lists every problem in one error', () => {
    expect(new ArticleError(['a', 'b']).message).toBe('2 problems in the articles:\na\nb');
  });
});

describe('strayBold(source)', () => {
  it('finds bold that Markdown will print as asterisks in Chinese text', () => {
    expect(strayBold('单位按**工资总额的2%**缴纳')).toEqual([{ line: 1, column: 13 }]);
    expect(strayBold('x\n1. **向单位要证明。**单位应当')).toEqual([{ line: 2, column: 13 }]);
    // Neither mark works here: the opener is followed by punctuation after a character, the closer the reverse.
    expect(strayBold('交**“五险”**吗')).toEqual([{ line: 1, column: 2 }, { line: 1, column: 8 }]);
  });
  it('accepts bold that closes before the punctuation, or is followed by punctuation or a space', () => {
    expect(strayBold('也就是说，**民营企业的职工都应当参保**。单位按 **2%** 缴纳，**向单位要证明**。')).toEqual([]);
  });
  it('is reported with its position', () => {
    const p = checkArticle({ file: 'a.mdx', id: 'a', source: '---\ntitle: x\n---\n按**本人工资的1%**缴纳' }, model);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^a\.mdx:4:11: \*\* — Markdown does not close bold after punctuation/);
  });
});
