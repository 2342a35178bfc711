/**
 * How problems in the data are told to the people who prepare the files:
 * `file:line: column: "value" — what was expected` (data contract, "Errors").
 */
import type { Problem } from './types';

/** Values longer than this are cut in messages so one long text cell does not bury the log. */
const MAX_VALUE_CHARS = 80;

/** Quotes a cell value so that empty values and surrounding spaces stay visible. */
export function quoteValue(value: string): string {
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
  return JSON.stringify(shown);
}

/** One problem as one line: `file:line: column: "value" — expected`. */
export function formatProblem(p: Problem): string {
  let where = `${p.file}:${p.line}:`;
  if (p.column !== undefined) where += ` ${p.column}${p.value !== undefined ? ':' : ''}`;
  if (p.value !== undefined) where += ` ${quoteValue(p.value)}`;
  return `${where} — ${p.expected}`;
}

/** Thrown when the data breaks the contract; the build stops before anything is written. */
export class DataError extends Error {
  /** Every problem of every file, in file and line order. */
  readonly problems: readonly Problem[];
  /** Warnings of the same run, for the build log. */
  readonly warnings: readonly Problem[];

  constructor(problems: readonly Problem[], warnings: readonly Problem[] = []) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${count} in the data files:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
    this.warnings = warnings;
  }
}
