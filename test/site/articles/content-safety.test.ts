import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_COMPONENTS,
  contentProblems,
  impossibleFrontmatterDates,
  remarkContentSafety,
  unsafeContent,
  type ContentNode,
} from '../../../src/site/articles/content-safety';
import { COMPONENT_PROPS } from '../../../src/site/articles/live-figures';

const mdx = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as ContentNode;
const md = (source: string) => unified().use(remarkParse).parse(source) as unknown as ContentNode;
const problems = (source: string) => unsafeContent(mdx(source)).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('unsafeContent(tree): articles (MDX)', () => {
  it('allows text, Markdown and the site components with literal props', () => {
    const source = [
      '# 标题',
      '',
      '参保人数 <Stat metric="enrolled" area="province" year={2005} /> 人。',
      '',
      '<TrendChart metric="enrolled" area="shenyang" />',
      '',
      '{/* a comment for editors */}',
      '',
      '[人社部](https://www.mohrss.gov.cn/) [回到首页](/) [写信](mailto:a@b.cn) [本页](#part-1)',
    ].join('\n');
    expect(problems(source)).toEqual([]);
  });

  it('refuses imports, exports and expressions, naming line and column', () => {
    expect(problems("import os from 'node:os'\n\n# x\n\n主机 {os.hostname()}\n")).toEqual([
      "1:1: import os from 'node:os' — no import or export: articles use the site's components (Stat, TrendChart, RegionName) without importing them",
      '5:4: {os.hostname()} — no JavaScript expression in the text; write the words, or a figure as <Stat …/>',
    ]);
    expect(problems('export const x = 1\n')).toHaveLength(1);
  });

  it('refuses raw HTML, other components, fragments, spread and expression props, and event attributes', () => {
    const found = problems(
      [
        '<script>alert(1)</script>',
        '',
        '<img src="x" onerror="alert(1)" />',
        '',
        '<iframe src="https://example.org/" />',
        '',
        '<>x</>',
        '',
        '<Stat {...props} />',
        '',
        '<Stat area={process.env.HOME} />',
        '',
        '<Stat onClick="x" metric="enrolled" />',
      ].join('\n'),
    );
    expect(found.map((p) => p.slice(0, p.indexOf(' — ')))).toEqual([
      '1:1: <script>',
      '3:1: <img>',
      '5:1: <iframe>',
      '7:1: <>',
      '9:1: <Stat {...props}>',
      '11:1: <Stat area={process.env.HOME}>',
      '13:1: <Stat onClick>',
    ]);
  });

  it('refuses javascript: and data: links, however they are written', () => {
    const found = problems('[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) ![d](data:image/svg+xml,x)\n\n[e]: vbscript:x\n');
    expect(found.map((p) => p.slice(0, p.indexOf(' — ')))).toEqual([
      '1:1: javascript: link',
      '1:26: javascript: link',
      '1:44: data: link',
      '1:66: data: link',
      '3:1: vbscript: link',
    ]);
  });
});

describe('unsafeContent(tree): release notes (Markdown)', () => {
  it('refuses raw HTML but keeps comments', () => {
    const found = unsafeContent(md('文字\n\n<script>alert(1)</script>\n\n<p onmouseover="x">y</p>\n\n<!-- 编辑备注 -->\n'));
    expect(found.map((p) => `${p.line}:${p.column}`)).toEqual(['3:1', '5:1']);
    expect(unsafeContent(md('<javascript:alert(1)> [x]( javascript:y )')).map((p) => p.message.slice(0, 16))).toEqual([
      'javascript: link',
      'javascript: link',
    ]);
  });
});

describe('impossibleFrontmatterDates(source)', () => {
  it('finds days YAML would silently move to the next month', () => {
    const source = '---\ntitle: 标题\npublished: 2005-02-30\nupdated: "2005-04-31"\ndate: 2005-02-28\n---\n正文\n';
    expect(impossibleFrontmatterDates(source)).toEqual([
      { line: 3, column: 12, message: 'published: 2005-02-30 — a date that exists in the calendar (YYYY-MM-DD)' },
      { line: 4, column: 11, message: 'updated: 2005-04-31 — a date that exists in the calendar (YYYY-MM-DD)' },
    ]);
  });
});

describe('remarkContentSafety()', () => {
  it('fails with every problem as file:line:column', () => {
    const run = () => remarkContentSafety()(mdx('<script>x</script>\n\n{1+1}\n'), { value: '' });
    expect(run).toThrow(/2 problems in the content:\n\(content\):1:1: <script>.*\n\(content\):3:1: \{1\+1\}/);
    expect(contentProblems('a.mdx', '---\npublished: 2005-02-30\n---\n', mdx('x'))).toEqual([
      'a.mdx:2:12: published: 2005-02-30 — a date that exists in the calendar (YYYY-MM-DD)',
    ]);
  });

  it('allows exactly the components articles are given', () => {
    expect([...ALLOWED_COMPONENTS].sort()).toEqual(Object.keys(COMPONENT_PROPS).sort());
  });
});

describe('checkContentDir(dir)', () => {
  it("finds nothing in the site's own articles and release notes, and everything in the unsafe fixture", async () => {
    const { checkContentDir } = await import('../../../src/site/articles/content-safety');
    expect(checkContentDir('content')).toEqual([]);
    expect(checkContentDir('test/fixtures/content')).toEqual([]);
    const found = checkContentDir('test/fixtures/content-unsafe');
    expect(found.map((p) => p.slice(0, p.indexOf(': ', p.lastIndexOf('.md')) ))).toEqual([
      'test/fixtures/content-unsafe/articles/runs-code.mdx:4:12',
      'test/fixtures/content-unsafe/articles/runs-code.mdx:9:1',
      'test/fixtures/content-unsafe/articles/runs-code.mdx:11:12',
      'test/fixtures/content-unsafe/articles/runs-code.mdx:13:1',
      'test/fixtures/content-unsafe/articles/runs-code.mdx:15:1',
      'test/fixtures/content-unsafe/releases/2005-12.md:8:1',
    ]);
  });
});
