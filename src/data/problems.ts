/**
 * How problems in the data are told to the people who prepare the files:
 * `file:line: column: "value" — what was expected` (data contract, "Errors").
 * A message never repeats a personal number (it is masked) and never prints an
 * invisible or control character raw (it is escaped as `\u{200B}`), so no cell can
 * hide text in the log or forge a line of it.
 */
import { maskPersonalData } from './privacy';
import type { Problem } from './types';

/** Values longer than this are cut in messages so one long text cell does not bury the log. */
const MAX_VALUE_CHARS = 80;
/** Exit status of `astro build` when the data has problems (EX_DATAERR of sysexits.h); scripts/build.mjs knows it. */
export const DATA_PROBLEMS_EXIT = 65;

/** Problems listed one by one; the rest are counted by kind (see ProblemList). */
export const MAX_LISTED_PROBLEMS = 200;

/**
 * Characters escaped in messages: controls, format characters (zero-width, bidirectional
 * marks and overrides, soft hyphen), line and paragraph separators, lone surrogates and
 * non-characters.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\ufffe\uffff]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with personal numbers masked and invisible characters written as `\u{200B}`. */
export function safeText(text: string): string {
  return maskPersonalData(text).replace(INVISIBLE, (ch) => SHORT_ESCAPES[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** Quotes a cell value so that empty values and surrounding spaces stay visible; masked and escaped. */
export function quoteValue(value: string): string {
  // Masked before it is cut, so that a number at the cut is never half shown.
  const masked = maskPersonalData(value);
  const chars = Array.from(masked);
  const shown = chars.length > MAX_VALUE_CHARS ? `${chars.slice(0, MAX_VALUE_CHARS - 1).join('')}…` : masked;
  return `"${safeText(shown.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

/** One problem as one line: `file:line: column: "value" — expected`. */
export function formatProblem(p: Problem): string {
  let where = `${safeText(p.file)}:${p.line}:`;
  if (p.column !== undefined) where += ` ${safeText(p.column)}${p.value !== undefined ? ':' : ''}`;
  if (p.value !== undefined) where += ` ${quoteValue(p.value)}`;
  return `${where} — ${safeText(p.expected)}`;
}

/**
 * A list of problems that keeps the first MAX_LISTED_PROBLEMS and only counts the rest, by
 * file, column and kind, so that a file of millions of bad rows is reported in bounded
 * memory. `length` is the number kept; `total` the number found.
 */
export class ProblemList extends Array<Problem> {
  /** Problems found but not kept, by kind. */
  readonly more = new Map<string, number>();
  private unlisted = 0;

  /** Every problem found, listed or not. */
  get total(): number {
    return this.length + this.unlisted;
  }

  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(private readonly limit: number = MAX_LISTED_PROBLEMS) {
    super();
  }

  override push(...items: Problem[]): number {
    for (const p of items) {
      if (this.length < this.limit) super.push(p);
      else {
        this.unlisted++;
        const kind = `${p.file}: ${p.column ?? '(file)'}: ${p.expected.replace(/\d+/g, '#')}`;
        this.more.set(kind, (this.more.get(kind) ?? 0) + 1);
      }
    }
    return this.length;
  }
}

/** Lines that count the problems not listed one by one, by kind; empty when all are listed. */
export function unlistedSummary(problems: readonly Problem[]): string[] {
  if (!(problems instanceof ProblemList) || problems.more.size === 0) return [];
  const unlisted = problems.total - problems.length;
  const kinds = [...problems.more].sort((a, b) => b[1] - a[1]);
  const shown = kinds.slice(0, 20).map(([kind, n]) => `  ${n.toLocaleString('en-US')} × ${safeText(kind)}`);
  if (kinds.length > shown.length) shown.push(`  … and ${kinds.length - shown.length} more kinds`);
  return [`… and ${unlisted.toLocaleString('en-US')} more problems not listed one by one, by kind:`, ...shown];
}

/** Thrown when the data breaks the contract; the build stops before anything is written. */
export class DataError extends Error {
  /** The problems listed one by one (every one, up to MAX_LISTED_PROBLEMS), in file and line order. */
  readonly problems: readonly Problem[];
  /** Warnings of the same run, for the build log. */
  readonly warnings: readonly Problem[];
  /** How many problems were found, listed or not. */
  readonly total: number;

  constructor(problems: readonly Problem[], warnings: readonly Problem[] = []) {
    const total = problems instanceof ProblemList ? problems.total : problems.length;
    const count = total === 1 ? '1 problem' : `${total.toLocaleString('en-US')} problems`;
    super(`${count} in the data files:\n${[...problems.map(formatProblem), ...unlistedSummary(problems)].join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
    this.warnings = warnings;
    this.total = total;
  }
}
