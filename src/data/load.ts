/**
 * Reads and validates everything in DATA_DIR in one go. All problems of all files are
 * collected before anything is thrown, so one run shows the staff every fix to make.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBuildDate } from './build-date';
import type { ReadContext } from './context';
import { readCsv, type ParsedCsv } from './csv';
import { DATASET_FILE, readDatasetMeta } from './dataset-meta';
import { EMPLOYERS_FILE, readEmployers } from './employers';
import { EXPECTED } from './fields';
import { GROUPS_FILE, readGroups } from './groups';
import { MONTHLY_FILE, readMonthly } from './monthly';
import { DataError } from './problems';
import { REGIONS_FILE, readRegions } from './regions';
import { TARGETS_FILE, readTargets } from './targets';
import type { Dataset, Problem } from './types';

/** Options of loadDataset: the environment and clock, replaceable in tests. */
export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  now?: Date;
}

/** The folder the data is read from: `DATA_DIR`, else `data/` at the project root (the working directory). */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.DATA_DIR?.trim();
  return path.resolve(process.cwd(), dir === undefined || dir === '' ? 'data' : dir);
}

/**
 * Reads regions.csv, targets.csv, monthly.csv (required), groups.csv, employers.csv and
 * dataset.json (optional) from `dir`. Throws DataError listing every problem; returns the
 * validated dataset and the warnings for the build log otherwise.
 */
export function loadDataset(dir: string, options: LoadOptions = {}): { dataset: Dataset; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  const meta = readDatasetMeta(readBytes(dir, DATASET_FILE, false, problems), problems, warnings);
  const date = checkBuildDate(meta, options.env ?? process.env, options.now ?? new Date());
  if (date.problem !== undefined) problems.push(date.problem);

  const csv = (file: string, required: boolean): ParsedCsv | undefined => {
    const bytes = readBytes(dir, file, required, problems);
    return bytes === undefined ? undefined : readCsv(file, bytes, problems);
  };
  const regionsCsv = csv(REGIONS_FILE, true);
  const { regions, order } = readRegions(regionsCsv, { problems, warnings });
  const ctx: ReadContext = { problems, warnings, buildDate: date.buildDate, regionOrder: order };
  const targets = readTargets(csv(TARGETS_FILE, true), ctx);
  const monthly = readMonthly(csv(MONTHLY_FILE, true), ctx);
  const groups = readGroups(csv(GROUPS_FILE, false), ctx);
  const employers = readEmployers(csv(EMPLOYERS_FILE, false), ctx);

  if (problems.length > 0) throw new DataError(problems, warnings);
  return { dataset: { meta, regions, targets, monthly, groups, employers, buildDate: date.buildDate }, warnings };
}

/** The file's bytes; undefined when it is absent (a problem when it is required) or unreadable (a problem). */
function readBytes(dir: string, file: string, required: boolean, problems: Problem[]): Uint8Array | undefined {
  try {
    return readFileSync(path.join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (required) problems.push({ file, line: 0, expected: EXPECTED.requiredFile(dir) });
    } else {
      problems.push({ file, line: 0, expected: EXPECTED.readableFile(code ?? String(error)) });
    }
    return undefined;
  }
}
