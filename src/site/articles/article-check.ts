/**
 * Build-time check of every article against the data, before any article page is
 * rendered: each `<Stat>`, `<TrendChart>` and `<RegionName>` in the MDX source,
 * the frontmatter's `figure`, and the file name (it becomes the address).
 *
 * The components check their props too when they render, but only this scan
 * knows the file and line, so the build fails with `file:line:column: <Stat
 * area="…"> — what was expected`, every problem of every article listed at once.
 * Plain TypeScript over the source text: no Astro, no I/O.
 */
import type { Model } from '../../stats/model';
import { COMPONENT_PROPS, LiveFigureError, parseComponentProps, parseFigureProps, type ArticleComponent } from './live-figures';

/** One use of an article component in an MDX source. */
export interface ComponentUse {
  component: ArticleComponent;
  /** 1-based position of the `<` in the file. */
  line: number;
  column: number;
  props: Record<string, string | number | boolean>;
  /** Props written as expressions the build cannot check (`area={x}`). */
  unchecked: string[];
}

/** Thrown when articles do not fit the data; the message lists every problem. */
export class ArticleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in the articles:\n${problems.join('\n')}`);
    this.name = 'ArticleError';
  }
}

const COMPONENTS = Object.keys(COMPONENT_PROPS) as ArticleComponent[];
const TAG = new RegExp(`<(${COMPONENTS.join('|')})(?=[\\s/>])((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`, 'g');
const ATTR = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** Replaces frontmatter, fenced code and inline code with spaces (keeping line breaks), so examples in code are not taken for uses. */
function blankCode(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

function position(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Every use of an article component in an MDX source, with its literal props. */
export function componentUses(source: string): ComponentUse[] {
  const text = blankCode(source);
  const uses: ComponentUse[] = [];
  for (const m of text.matchAll(TAG)) {
    const props: ComponentUse['props'] = {};
    const unchecked: string[] = [];
    for (const a of m[2]!.matchAll(ATTR)) {
      const [, name, dq, sq, expr] = a;
      if (dq !== undefined || sq !== undefined) props[name!] = (dq ?? sq)!;
      else if (expr === undefined) props[name!] = true;
      else {
        const e = expr.trim();
        if (/^\d+$/.test(e)) props[name!] = Number(e);
        else if (/^(["'])[^"']*\1$/.test(e)) props[name!] = e.slice(1, -1);
        else if (e === 'true' || e === 'false') props[name!] = e === 'true';
        else unchecked.push(`${name}={${e}}`);
      }
    }
    uses.push({ component: m[1] as ArticleComponent, ...position(source, m.index), props, unchecked });
  }
  return uses;
}

/** The line of `key:` inside the frontmatter block `block:`, for pointing at a field. */
function frontmatterLine(source: string, block: string, key: string): number | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^${block}:`).test(l));
  if (start < 0) return undefined;
  for (let i = start + 1; i < lines.length && /^(\s|$)/.test(lines[i]!); i++) {
    if (new RegExp(`^\\s+${key}:`).test(lines[i]!)) return i + 1;
  }
  return start + 1;
}

/** What the check needs to know about one article. */
export interface ArticleSource {
  /** Path as shown in messages, relative to the project (e.g. content/articles/x.mdx). */
  file: string;
  /** Collection id: the file name, which becomes /articles/<id>/. */
  id: string;
  /** The whole file. */
  source: string;
  /** The frontmatter figure, as validated by the schema. */
  figure?: Record<string, unknown>;
}

const PUNCT = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Bold that Markdown will not render: CommonMark only closes `**` after
 * punctuation when a space or punctuation follows, so `**2%**缴纳` or
 * `**证明。**单位` print their asterisks. Common in Chinese text, invisible
 * until someone reads the page.
 */
export function strayBold(source: string): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  blankCode(source)
    .split('\n')
    .forEach((text, i) => {
      const marks = [...text.matchAll(/\*\*/g)].map((m) => m.index);
      marks.forEach((at, n) => {
        const before = text[at - 1] ?? ' ';
        const after = text[at + 2] ?? ' ';
        const closing = n % 2 === 1;
        const bad = closing ? PUNCT.test(before) && WORD.test(after) : PUNCT.test(after) && WORD.test(before);
        if (bad) found.push({ line: i + 1, column: at + 1 });
      });
    });
  return found;
}

/** Every problem of one article, as `file:line:column: what — expected`. */
export function checkArticle(article: ArticleSource, model: Model): string[] {
  const { file, source } = article;
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(article.id)) {
    problems.push(`${file}: file name "${article.id}" — it becomes the address /articles/<name>/: use lowercase letters a–z, digits and hyphens`);
  }
  if (article.figure) {
    try {
      parseFigureProps(article.figure, model);
    } catch (e) {
      if (!(e instanceof LiveFigureError)) throw e;
      const line = frontmatterLine(source, 'figure', e.prop);
      problems.push(`${file}${line ? `:${line}` : ''}: figure.${e.prop}: ${JSON.stringify(e.value)} — ${e.expected}`);
    }
  }
  for (const b of strayBold(source)) {
    problems.push(`${file}:${b.line}:${b.column}: ** — Markdown does not close bold after punctuation when a Chinese character follows; move the punctuation out of the bold (**证明**。) or write <strong>…</strong>`);
  }
  for (const use of componentUses(source)) {
    const at = `${file}:${use.line}:${use.column}`;
    for (const u of use.unchecked) {
      problems.push(`${at}: <${use.component} ${u}> — write the value as plain text (e.g. area="province") so the build can check it against the data`);
    }
    if (use.unchecked.length) continue;
    try {
      parseComponentProps(use.component, use.props, model);
    } catch (e) {
      if (!(e instanceof LiveFigureError)) throw e;
      problems.push(`${at}: ${e.message}`);
    }
  }
  return problems;
}
