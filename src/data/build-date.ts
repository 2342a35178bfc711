/**
 * The build date: the day that embargo, expiry, revocation and "not after the build
 * date" are judged against (data contract, "The build date").
 *
 * Days are those of the Asia/Shanghai calendar, the publisher's: a decision published
 * "from 2005-03-15" is public from midnight in Shenyang, not in Greenwich, and CI
 * machines run on UTC, which is still the previous day until 08:00 Beijing time.
 */
import { EPOCH_EXPECTED, epochSeconds } from '../settings';
import { DataError } from './problems';
import type { DatasetMeta, Day, Problem } from './types';

export { EPOCH_EXPECTED };

/** The part of the environment the build date depends on (settings.ts has checked it before a build). */
export type EpochEnvironment = { SOURCE_DATE_EPOCH?: string | undefined };

/** Where the build date came from, for the build log. */
export type BuildDateSource = 'sample' | 'SOURCE_DATE_EPOCH' | 'today';

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Asia/Shanghai calendar day of an instant. */
export function dayInShanghai(instant: Date): Day {
  const parts = SHANGHAI.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/**
 * The build date with where it came from, or a problem when SOURCE_DATE_EPOCH is set but
 * malformed (then today stands in so the other checks can still run and be reported).
 */
export function checkBuildDate(
  meta: Pick<DatasetMeta, 'sample' | 'asOf'>,
  env: EpochEnvironment,
  now: Date = new Date(),
): { buildDate: Day; source: BuildDateSource; problem?: Problem } {
  const raw = env.SOURCE_DATE_EPOCH;
  const seconds = epochSeconds(raw);
  let problem: Problem | undefined;
  let epochDay: Day | undefined;
  if (seconds !== undefined) {
    if (Number.isNaN(seconds)) problem = { file: 'environment', line: 0, column: 'SOURCE_DATE_EPOCH', value: raw ?? '', expected: EPOCH_EXPECTED };
    else epochDay = dayInShanghai(new Date(seconds * 1000));
  }
  const withProblem = problem === undefined ? {} : { problem };
  if (meta.sample && meta.asOf !== undefined) return { buildDate: meta.asOf, source: 'sample', ...withProblem };
  if (epochDay !== undefined) return { buildDate: epochDay, source: 'SOURCE_DATE_EPOCH' };
  return { buildDate: dayInShanghai(now), source: 'today', ...withProblem };
}

/**
 * The build date: a sample's as_of; else the day of SOURCE_DATE_EPOCH; else today,
 * all in the Asia/Shanghai calendar. Throws DataError when SOURCE_DATE_EPOCH is malformed.
 */
export function resolveBuildDate(
  meta: Pick<DatasetMeta, 'sample' | 'asOf'>,
  env: EpochEnvironment,
  now: Date = new Date(),
): Day {
  const { buildDate, problem } = checkBuildDate(meta, env, now);
  if (problem !== undefined) throw new DataError([problem]);
  return buildDate;
}
