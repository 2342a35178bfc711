/** calendar.csv: the release calendar (发布日程). */
import type { ReadContext } from './context';
import type { ParsedCsv } from './csv';
import { EXPECTED, parseMonth } from './fields';
import { toTable, type ColumnSpec } from './table';
import type { CalendarEntry, CalendarStatus, Day, Month, ReleaseKind } from './types';

/** File name in DATA_DIR. */
export const CALENDAR_FILE = 'calendar.csv';

/** Columns of calendar.csv (data contract). */
export const CALENDAR_COLUMNS = [
  { key: 'date', alias: '发布日期', required: true },
  { key: 'release', alias: '发布内容', required: true },
  { key: 'status', alias: '状态', required: true },
  { key: 'previous_date', alias: '原定日期', required: false },
  { key: 'note', alias: '说明', required: false },
  { key: 'note_en', alias: '英文说明', required: false },
] as const satisfies readonly ColumnSpec<string>[];

type Key = (typeof CALENDAR_COLUMNS)[number]['key'];

/** Statuses in the order of the contract, with the Chinese word a row may use instead. */
export const CALENDAR_STATUSES = ['planned', 'confirmed', 'postponed', 'cancelled', 'published'] as const satisfies readonly CalendarStatus[];
const STATUS_ALIASES: Record<string, CalendarStatus> = { 拟定: 'planned', 确定: 'confirmed', 推迟: 'postponed', 取消: 'cancelled', 已发布: 'published' };

/** Wording of calendar.csv problems, shared with tests. */
export const CALENDAR_EXPECTED = {
  release: 'a release: YYYY-MM (monthly report), YYYY-qN (quarterly, N 1–4), YYYY (annual summary) or assessment-YYYY',
  status: 'a status: planned, confirmed, postponed, cancelled or published (or 拟定, 确定, 推迟, 取消, 已发布)',
  previousDateRequired: 'the date the release was first announced for, required when the status is postponed',
  previousDateSame: (date: Day) => `a date other than date (${date}): a postponed release moves to a new day`,
  noteRequired: (status: string) => `the reason, required when the status is ${status}`,
  noteEnWithoutNote: 'empty while note is empty: note_en is the English of note',
  noteEnChinese: 'English text without Chinese characters: the English calendar shows it as English',
} as const;

/** Chinese characters and full-width punctuation, which an English note must not carry unmarked. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

const QUARTER_RE = /^(\d{4})-[qQ]([1-4])$/;
const YEAR_RE = /^\d{4}$/;
const ASSESSMENT_RE = /^assessment-(\d{4})$/;

/** What a `release` cell names, or undefined when it names nothing of the contract. */
export function parseRelease(s: string): { release: string; kind: ReleaseKind; year: number; lastMonth: Month } | undefined {
  if (parseMonth(s) !== undefined) return { release: s, kind: 'month', year: Number(s.slice(0, 4)), lastMonth: s };
  const q = QUARTER_RE.exec(s);
  if (q) {
    const year = Number(q[1]);
    const quarter = Number(q[2]);
    return { release: `${year}-q${quarter}`, kind: 'quarter', year, lastMonth: `${q[1]}-${String(quarter * 3).padStart(2, '0')}` };
  }
  if (YEAR_RE.test(s)) return { release: s, kind: 'year', year: Number(s), lastMonth: `${s}-12` };
  const a = ASSESSMENT_RE.exec(s);
  if (a) return { release: s, kind: 'assessment', year: Number(a[1]), lastMonth: `${a[1]}-12` };
  return undefined;
}

/**
 * Validates calendar.csv, sorted by date then file order. `reported`: the months monthly.csv
 * has; a release whose last month is among them is published whatever its row says.
 */
export function readCalendar(parsed: ParsedCsv | undefined, ctx: ReadContext, reported: ReadonlySet<Month>): CalendarEntry[] {
  const table = toTable(CALENDAR_FILE, parsed, CALENDAR_COLUMNS, ctx);
  if (table === undefined) return [];
  const r = table.reader;
  const seen = new Map<string, number>();
  const entries: CalendarEntry[] = [];

  table.forEachRow((row) => {
    r.start(row);
    const date = r.day('date', true);
    const releaseText = r.raw('release');
    const release = releaseText === '' ? undefined : parseRelease(releaseText);
    if (releaseText === '') {
      if (r.has('release')) r.fail('release', CALENDAR_EXPECTED.release, '');
      else r.ok = false;
    } else if (release === undefined) r.fail('release', CALENDAR_EXPECTED.release);
    const statusText = r.raw('status');
    const status = statusText === '' ? undefined : ((CALENDAR_STATUSES as readonly string[]).includes(statusText) ? (statusText as CalendarStatus) : STATUS_ALIASES[statusText]);
    // A missing column was reported once for the whole file; an empty cell is this row's problem.
    if (status === undefined) {
      if (r.has('status')) r.fail('status', CALENDAR_EXPECTED.status, statusText);
      else r.ok = false;
    }
    const previousDate = r.day('previous_date', false);
    const note = r.optionalText('note');
    const noteEn = r.optionalText('note_en');
    if (noteEn !== undefined) {
      if (note === undefined) r.fail('note_en', CALENDAR_EXPECTED.noteEnWithoutNote);
      else if (HAN.test(noteEn)) r.fail('note_en', CALENDAR_EXPECTED.noteEnChinese);
    }
    if (status === 'postponed') {
      if (r.raw('previous_date') === '') r.fail('previous_date', CALENDAR_EXPECTED.previousDateRequired, '');
      else if (previousDate !== undefined && previousDate === date) r.fail('previous_date', CALENDAR_EXPECTED.previousDateSame(date));
    }
    if ((status === 'postponed' || status === 'cancelled') && note === undefined) r.fail('note', CALENDAR_EXPECTED.noteRequired(status), '');
    // Personal numbers in the note, as in every cell, are found by the text rules (table.ts → text.ts).
    if (release !== undefined) {
      const first = seen.get(release.release);
      if (first !== undefined) r.fail('release', EXPECTED.unique(first));
      else seen.set(release.release, row.line);
    }
    if (!r.ok || date === undefined || release === undefined || status === undefined) return;
    const published = reported.has(release.lastMonth);
    const entry: CalendarEntry = {
      date,
      release: release.release,
      kind: release.kind,
      year: release.year,
      lastMonth: release.lastMonth,
      status: published ? 'published' : status,
      statusAsWritten: status,
      source: { file: CALENDAR_FILE, line: row.line },
    };
    if (previousDate !== undefined) entry.previousDate = previousDate;
    if (note !== undefined) entry.note = note;
    if (noteEn !== undefined && note !== undefined) entry.noteEn = noteEn;
    entries.push(entry);
  });
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source.line - b.source.line));
}
