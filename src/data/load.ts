/**
 * Reads and validates everything in DATA_DIR in one go. All problems of all files are
 * collected before anything is thrown, so one run shows the staff every fix to make.
 */
import { checkBuildDate, type EpochEnvironment } from './build-date';
import { CALENDAR_FILE, readCalendar } from './calendar';
import type { ReadContext } from './context';
import { ENCODING_EXPECTED, looksLikeUtf16, readCsv, scanCsv, type ParsedCsv } from './csv';
import { DATASET_FILE, readDatasetMeta } from './dataset-meta';
import { EMPLOYERS_FILE, readEmployers } from './employers';
import { EXPECTED } from './fields';
import { GROUPS_FILE, readGroups } from './groups';
import { MONTHLY_FILE, readMonthly } from './monthly';
import { DataError, ProblemList } from './problems';
import { openFiles, readFileContent, type FileContent } from './read-ahead';
import { REGIONS_FILE, readRegions } from './regions';
import { TARGETS_FILE, readTargets } from './targets';
import type { Dataset, Problem } from './types';

/** Options of loadDataset: the build date's setting and the clock. */
export interface LoadOptions {
  env?: EpochEnvironment;
  now?: Date;
  /** Read the CSV files on a worker thread (see read-ahead.ts); by default only for large datasets. */
  readAhead?: boolean;
}

/** The CSV files, in the order they are validated (each needs the regions, some the targets). */
const CSV_FILES = [REGIONS_FILE, TARGETS_FILE, MONTHLY_FILE, GROUPS_FILE, EMPLOYERS_FILE, CALENDAR_FILE] as const;

/**
 * Reads regions.csv, targets.csv, monthly.csv (required), groups.csv, employers.csv,
 * calendar.csv and dataset.json (optional) from `dir`. Throws DataError listing every problem; returns the
 * validated dataset and the warnings for the build log otherwise.
 */
export function loadDataset(dir: string, options: LoadOptions = {}): { dataset: Dataset; warnings: Problem[] } {
  // Bounded: a file of millions of bad rows keeps the first problems and counts the rest.
  const problems: Problem[] = new ProblemList();
  const warnings: Problem[] = new ProblemList();

  const meta = readDatasetMeta(readBytes(dir, DATASET_FILE, false, problems), problems, warnings);
  const date = checkBuildDate(meta, options.env ?? {}, options.now ?? new Date());
  if (date.problem !== undefined) problems.push(date.problem);

  // Each file is read by its module, which visits the rows as they are parsed. A module may
  // stop early (regions.csv without an id column); the rest of its rows are then still read
  // for their own problems, so that every problem of every file is listed.
  const files = openFiles(dir, CSV_FILES, options.readAhead);
  try {
    const read = <T>(file: (typeof CSV_FILES)[number], required: boolean, readFile: (parsed: ParsedCsv | undefined) => T): T => {
      const content = contentOf(file, files.take(file), required, dir, problems);
      const parsed =
        content === undefined ? undefined : content.kind === 'text' ? scanText(file, content.text, problems) : readCsv(file, content.bytes, problems);
      const result = readFile(parsed);
      parsed?.forEachRow(() => {});
      return result;
    };
    const { regions, order } = read(REGIONS_FILE, true, (parsed) => readRegions(parsed, { problems, warnings }));
    const ctx: ReadContext = { problems, warnings, buildDate: date.buildDate, regionOrder: order };
    const targets = read(TARGETS_FILE, true, (parsed) => readTargets(parsed, ctx));
    const monthly = read(MONTHLY_FILE, true, (parsed) => readMonthly(parsed, ctx));
    const groups = read(GROUPS_FILE, false, (parsed) => readGroups(parsed, ctx));
    const employers = read(EMPLOYERS_FILE, false, (parsed) => readEmployers(parsed, ctx));
    const calendar = read(CALENDAR_FILE, false, (parsed) => (parsed ? readCalendar(parsed, ctx, new Set(monthly.map((m) => m.month))) : []));
    if (problems.length > 0) throw new DataError(problems, warnings);
    return { dataset: { meta, regions, targets, monthly, groups, employers, calendar, buildDate: date.buildDate }, warnings };
  } finally {
    files.close();
  }
}

/** Parses text the read-ahead thread decoded as UTF-8; UTF-16 without a byte-order mark is valid UTF-8 too, so it is caught here. */
function scanText(file: string, text: string, problems: Problem[]): ParsedCsv | undefined {
  if (looksLikeUtf16((i) => text.charCodeAt(i), text.length)) {
    problems.push({ file, line: 0, expected: ENCODING_EXPECTED.utf16NoBom });
    return undefined;
  }
  return scanCsv(file, text, problems);
}

/** The content to parse; undefined when the file is absent (a problem when it is required) or unreadable (a problem). */
function contentOf(
  file: string,
  content: FileContent,
  required: boolean,
  dir: string,
  problems: Problem[],
): Exclude<FileContent, { kind: 'error' }> | undefined {
  if (content.kind !== 'error') return content;
  if (content.code === 'ENOENT') {
    if (required) problems.push({ file, line: 0, expected: EXPECTED.requiredFile(dir) });
  } else {
    problems.push({ file, line: 0, expected: EXPECTED.readableFile(content.code) });
  }
  return undefined;
}

/** dataset.json's bytes, read on the spot (a few hundred bytes); undefined when absent or unreadable. */
function readBytes(dir: string, file: string, required: boolean, problems: Problem[]): Uint8Array | undefined {
  const content = contentOf(file, readFileContent(dir, file), required, dir, problems);
  return content?.kind === 'bytes' ? content.bytes : undefined;
}
