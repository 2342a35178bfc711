/**
 * What articles and release notes may contain, checked on the parsed Markdown/MDX tree
 * before anything is compiled or rendered: text, Markdown, and the site's own article
 * components with literal props. No import or export, no JavaScript expression, no
 * other element or raw HTML (so no script, iframe or event attribute), and no link to a
 * `javascript:` or `data:` address. Front-matter dates must exist in the calendar
 * (YAML would turn 2005-02-30 into 2 March silently).
 *
 * Plain functions over the tree and the source, so they are tested without a build;
 * `remarkContentSafety` runs them in the MDX and Markdown pipelines (astro.config.mjs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildContext } from '../build/context';

/** A node of the Markdown tree, as far as this check needs it. */
export interface ContentNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ContentNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: { body?: unknown[] } };
}

/** One thing the content may not do, where it is. */
export interface ContentProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * The components an article may use (and nothing else that renders): those of
 * src/components/mdx/index.ts, named here so that astro.config.mjs loads no site code
 * (a test keeps the two lists equal).
 */
export const ALLOWED_COMPONENTS: readonly string[] = ['Stat', 'TrendChart', 'RegionName'];

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Every problem of one parsed file, in document order. */
export function unsafeContent(tree: ContentNode, components: readonly string[] = ALLOWED_COMPONENTS): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (node: ContentNode, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  const walk = (node: ContentNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, `${firstLine(node.value)} — no import or export: articles use the site's components (${components.join(', ')}) without importing them`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node)) add(node, `{${firstLine(node.value)}} — no JavaScript expression in the text; write the words, or a figure as <Stat …/>`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, components, add);
        break;
      case 'html':
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(String(node.value ?? ''))) {
          add(node, `${firstLine(node.value)} — no raw HTML; write Markdown (**bold**, [link](https://…)) instead`);
        }
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(node.url ?? '');
        if (scheme !== undefined) add(node, `${scheme}: link — only https:, http:, mailto: and tel: addresses, or addresses on this site`);
        break;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

function checkElement(node: ContentNode, components: readonly string[], add: (node: ContentNode, message: string) => void): void {
  const name = node.name ?? '';
  if (!components.includes(name)) {
    add(node, `<${name}> — only the site's components (${components.join(', ')}) may be used; no other element, raw HTML or fragment`);
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add(node, `<${name} {${firstLine(attribute.value)}}> — props are written one by one as name="value"`);
      continue;
    }
    const prop = attribute.name ?? '';
    if (/^on/i.test(prop)) add(node, `<${name} ${prop}> — no event attributes`);
    const value = attribute.value;
    if (value !== null && typeof value === 'object' && !isLiteralExpression(value as ContentNode)) {
      add(node, `<${name} ${prop}={${firstLine((value as ContentNode).value)}}> — a prop is a plain value (a="text", n={2005}, flag={true}), never JavaScript`);
    }
  }
}

/** `{/* a comment *\/}`: an expression with nothing to run. */
function isComment(node: ContentNode): boolean {
  const body = node.data?.estree?.body;
  if (body !== undefined) return body.length === 0;
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''));
}

/** A prop value written as {…} that is only a number, string or boolean. */
function isLiteralExpression(value: ContentNode): boolean {
  return /^\s*(-?\d+(\.\d+)?|true|false|"[^"\\]*"|'[^'\\]*')\s*$/.test(String(value.value ?? ''));
}

/** The scheme of an address when it is not an allowed one; browsers ignore tabs, line breaks and controls inside it. */
export function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  if (m === null || SAFE_SCHEMES.has(m[1]!)) return undefined;
  return m[1];
}

function firstLine(value: unknown): string {
  const text = String(value ?? '').trim();
  const line = text.split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** Front-matter keys that hold days, in articles and release notes. */
const DATE_KEYS = ['published', 'updated', 'date', 'next_update'];

/** Days in the front matter that do not exist in the calendar (2005-02-30), with where they are. */
export function impossibleFrontmatterDates(source: string): ContentProblem[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (m === null) return [];
  const problems: ContentProblem[] = [];
  m[1]!.split('\n').forEach((text, i) => {
    const d = /^(\w+):\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(#.*)?$/.exec(text.trimEnd());
    if (d === null || !DATE_KEYS.includes(d[1]!)) return;
    const [year, month, day] = [Number(d[2]), Number(d[3]), Number(d[4])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month >= 1 && month <= 12 && date.getUTCDate() === day) return;
    problems.push({
      line: i + 2,
      column: text.indexOf(d[2]!) + 1,
      message: `${d[1]}: ${d[2]}-${d[3]}-${d[4]} — a date that exists in the calendar (YYYY-MM-DD)`,
    });
  });
  return problems;
}

/**
 * All problems of one file as `file:line:column: …` lines. `bodyLine` is the file's line
 * where the parsed text starts (Markdown is parsed without its front matter).
 */
export function contentProblems(file: string, source: string | undefined, tree: ContentNode, bodyLine = 1): string[] {
  const body = unsafeContent(tree).map((p) => ({ ...p, line: p.line + bodyLine - 1 }));
  const found = [...(source === undefined ? [] : impossibleFrontmatterDates(source)), ...body];
  return found.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
}

/** The line of `source` on which `parsed` starts: after the front matter when it was cut off. */
function bodyStartLine(source: string | undefined, parsed: unknown): number {
  if (source === undefined || typeof parsed !== 'string' || parsed.startsWith('---')) return 1;
  const m = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  if (m === null || !source.endsWith(parsed)) return 1;
  return m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
}

/** Thrown when an article or release note contains something that could run or is not allowed. */
export class ContentSafetyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in the content:\n${problems.join('\n')}`);
    this.name = 'ContentSafetyError';
  }
}

/**
 * The remark plugin: fails the compilation of a file with every problem listed. Front-matter
 * positions count from the file's first line, body positions too (Astro keeps line numbers).
 */
export function remarkContentSafety() {
  return (root: unknown, file: { path?: string; value?: unknown }) => {
    const tree = root as ContentNode;
    let source: string | undefined;
    const filePath = file.path;
    if (filePath !== undefined) {
      try {
        source = readFileSync(filePath, 'utf8');
      } catch {
        source = typeof file.value === 'string' ? file.value : undefined;
      }
    }
    const shown = filePath === undefined ? '(content)' : path.relative(process.cwd(), filePath);
    const problems = contentProblems(shown, source, tree, bodyStartLine(source, file.value));
    if (problems.length === 0) return;
    // Astro's content layer logs a Markdown error and goes on; the build checks this list too.
    foundContentProblems().push(...problems);
    throw new ContentSafetyError(problems);
  };
}

/** Exit status of `astro build` when articles or release notes have problems; scripts/build.mjs knows it. */
export const CONTENT_PROBLEMS_EXIT = 66;

/** Problems found by remarkContentSafety in this process (the astro build), for the integration to fail on. */
export function foundContentProblems(): string[] {
  return buildContext().contentProblems;
}

/**
 * Every problem of every article (`articles/**\/*.mdx`) and release note (`releases/**\/*.md`)
 * under `dir`, read and parsed here, before Astro starts: its content cache would otherwise
 * skip a file it has seen, and it only logs a failed Markdown file.
 */
export function checkContentDir(dir: string, root: string = process.cwd()): string[] {
  const problems: string[] = [];
  const mdx = unified().use(remarkParse).use(remarkMdx);
  const md = unified().use(remarkParse);
  for (const [folder, ext, parser] of [['articles', '.mdx', mdx], ['releases', '.md', md]] as const) {
    for (const file of filesBelow(path.join(dir, folder), ext)) {
      const source = readFileSync(file, 'utf8');
      const shown = path.relative(root, file);
      const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (fm) => fm.replace(/[^\n]/g, ' '));
      let tree: ContentNode;
      try {
        tree = parser.parse(body) as unknown as ContentNode;
      } catch (error) {
        const e = error as { line?: number; column?: number; reason?: string; message?: string };
        problems.push(`${shown}:${e.line ?? 1}:${e.column ?? 1}: ${e.reason ?? e.message} — MDX that can be read`);
        continue;
      }
      problems.push(...contentProblems(shown, source, tree));
    }
  }
  return problems;
}

function filesBelow(dir: string, ext: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name), ext) : e.isFile() && e.name.endsWith(ext) ? [path.join(dir, e.name)] : []))
    .sort();
}
