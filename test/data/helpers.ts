/**
 * Test helpers: write a tiny data folder, load it, and read back the formatted
 * problems or warnings. Every test states only the file it breaks; the others
 * come from MINIMAL, which is valid on its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { loadDataset, type LoadOptions } from '../../src/data/load';
import { DataError, formatProblem } from '../../src/data/problems';
import type { Dataset } from '../../src/data/types';

/** The valid fixture other engineers reuse (test/fixtures/README.md). */
export const VALID_DIR = fileURLToPath(new URL('../fixtures/data/valid', import.meta.url));
/** The same fixture, every file re-encoded as GB18030 (as Excel on Chinese Windows saves CSV). */
export const VALID_GB18030_DIR = fileURLToPath(new URL('../fixtures/data/valid-gb18030', import.meta.url));

/** A minimal valid dataset: three regions (one 省本级), one target, one monthly report. */
export const MINIMAL: Readonly<Record<string, string>> = {
  'regions.csv': 'id,name,code,kind\nshenyang,沈阳市,210100,city\ndalian,大连市,210200,\nprovincial,省本级,,provincial\n',
  'targets.csv': 'year,region,insurance,enrolled\n2005,province,pension,"7,500,000"\n',
  'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shenyang,pension,100\n',
};

/** 2005-12-31 16:00 in Shanghai: the build date of every test that does not say otherwise. */
export const EPOCH_2005_12_31 = '1136016000';
/** Options that fix the build date at 2005-12-31. */
export const AT_2005_12_31: LoadOptions = { env: { SOURCE_DATE_EPOCH: EPOCH_2005_12_31 }, now: new Date(0) };

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes MINIMAL overridden by `files` (null removes a file) into a fresh temporary folder. */
export function dataFolder(files: Record<string, string | Uint8Array | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'data-test-'));
  dirs.push(dir);
  const all: Record<string, string | Uint8Array | null> = { ...MINIMAL, ...files };
  for (const [name, content] of Object.entries(all)) {
    if (content !== null) writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Loads MINIMAL overridden by `files`; fails the test when the data has problems. */
export function load(
  files: Record<string, string | Uint8Array | null> = {},
  options: LoadOptions = AT_2005_12_31,
): { dataset: Dataset; warnings: string[] } {
  const { dataset, warnings } = loadDataset(dataFolder(files), options);
  return { dataset, warnings: warnings.map(formatProblem) };
}

/** The formatted problems of MINIMAL overridden by `files`; fails the test when there are none. */
export function problemsOf(
  files: Record<string, string | Uint8Array | null>,
  options: LoadOptions = AT_2005_12_31,
): string[] {
  return caught(() => loadDataset(dataFolder(files), options)).problems.map(formatProblem);
}

/** Files that MINIMAL is overridden with, as `load` and `problemsOf` take them. */
type DataFiles = Record<string, string | Uint8Array | null>;

/** One test per case: the title, the files that override MINIMAL, and exactly the problems they give, in order. */
export function itRejects(cases: readonly (readonly [title: string, files: DataFiles, problems: readonly string[]])[]): void {
  it.each(cases)('%s', (_title, files, problems) => {
    expect(problemsOf(files)).toEqual(problems);
  });
}

/** The DataError thrown by `run`; fails the test when it throws nothing or something else. */
export function caught(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError, but the data was accepted');
}
