import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../src/data/calendar';
import { itRejects, load, problemsOf } from './helpers';

const calendar = (...rows: string[]) => ({ 'calendar.csv': ['date,release,status,previous_date,note', ...rows].join('\n') });

describe('calendar.csv', () => {
  it('reads every kind of release, sorted by date, and leaves the calendar empty without the file', () => {
    const { dataset } = load(calendar('2006-03-10,assessment-2005,拟定,,', '2006-01-20,2005-q4,confirmed,,', '2006-01-25,2005,推迟,2006-01-20,等待省本级报表', '2006-01-15,2005-12,planned,,'));
    expect(dataset.calendar!.map((e) => [e.date, e.release, e.kind, e.status])).toEqual([
      ['2006-01-15', '2005-12', 'month', 'planned'],
      ['2006-01-20', '2005-q4', 'quarter', 'confirmed'],
      ['2006-01-25', '2005', 'year', 'postponed'],
      ['2006-03-10', 'assessment-2005', 'assessment', 'planned'],
    ]);
    expect(dataset.calendar![2]).toMatchObject({ previousDate: '2006-01-20', note: '等待省本级报表', lastMonth: '2005-12', source: { file: 'calendar.csv', line: 4 } });
    expect(load().dataset.calendar).toEqual([]);
  });

  it('accepts the Chinese column names', () => {
    const { dataset } = load({ 'calendar.csv': '发布日期,发布内容,状态,原定日期,说明\n2006-02-15,2006-01,确定,,\n' });
    expect(dataset.calendar).toMatchObject([{ date: '2006-02-15', release: '2006-01', status: 'confirmed' }]);
  });

  it('counts a release whose data is already in monthly.csv as published, whatever its row says', () => {
    const { dataset } = load(calendar('2005-02-15,2005-01,postponed,2005-02-10,延期', '2006-02-15,2006-01,planned,,'));
    expect(dataset.calendar!.map((e) => [e.release, e.status, e.statusAsWritten])).toEqual([
      ['2005-01', 'published', 'postponed'],
      ['2006-01', 'planned', 'planned'],
    ]);
  });

  itRejects([
    [
      'rejects a date that does not exist',
      calendar('2006-02-30,2006-01,planned,,'),
      ['calendar.csv:2: date: "2006-02-30" — a date as YYYY-MM-DD that exists in the calendar'],
    ],
    [
      'rejects a release that names no report',
      calendar('2006-02-15,2006-q5,planned,,', '2006-02-16,,planned,,'),
      [
        'calendar.csv:2: release: "2006-q5" — a release: YYYY-MM (monthly report), YYYY-qN (quarterly, N 1–4), YYYY (annual summary) or assessment-YYYY',
        'calendar.csv:3: release: "" — a release: YYYY-MM (monthly report), YYYY-qN (quarterly, N 1–4), YYYY (annual summary) or assessment-YYYY',
      ],
    ],
    [
      'rejects an unknown status',
      calendar('2006-02-15,2006-01,soon,,'),
      ['calendar.csv:2: status: "soon" — a status: planned, confirmed, postponed, cancelled or published (or 拟定, 确定, 推迟, 取消, 已发布)'],
    ],
    [
      'rejects a release listed twice',
      calendar('2006-02-15,2006-01,planned,,', '2006-02-20,2006-01,confirmed,,'),
      ['calendar.csv:3: release: "2006-01" — unique in the file; already on line 2'],
    ],
    [
      'requires the original date of a postponed release, and that it differs from the new one',
      calendar('2006-02-20,2006-01,postponed,,数据核对', '2006-05-20,2006-04,postponed,2006-05-20,数据核对'),
      [
        'calendar.csv:2: previous_date: "" — the date the release was first announced for, required when the status is postponed',
        'calendar.csv:3: previous_date: "2006-05-20" — a date other than date (2006-05-20): a postponed release moves to a new day',
      ],
    ],
    [
      'rejects an original date that does not exist',
      calendar('2006-02-20,2006-01,postponed,2006-13-01,数据核对'),
      ['calendar.csv:2: previous_date: "2006-13-01" — a date as YYYY-MM-DD that exists in the calendar'],
    ],
    [
      'requires the reason of a postponement or cancellation',
      calendar('2006-02-20,2006-01,postponed,2006-02-15,', '2006-03-20,2006-02,cancelled,,'),
      [
        'calendar.csv:2: note: "" — the reason, required when the status is postponed',
        'calendar.csv:3: note: "" — the reason, required when the status is cancelled',
      ],
    ],
    [
      'refuses personal data in a note, masked',
      calendar('2006-02-20,2006-01,cancelled,,联系13912341357'),
      ['calendar.csv:2: note: "139****1357" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published'],
    ],
    [
      'names a missing required column once',
      { 'calendar.csv': 'date,release\n2006-02-15,2006-01\n' },
      ['calendar.csv:1: status — a required column (or its Chinese name 状态); not in the header'],
    ],
  ]);

  it('reads the English note beside the Chinese one, under its key or its Chinese name', () => {
    const { dataset } = load({ 'calendar.csv': 'date,release,status,previous_date,note,note_en\n2006-02-27,2006-01,postponed,2006-02-20,春节顺延,Delayed by the Spring Festival.\n' });
    expect(dataset.calendar![0]).toMatchObject({ note: '春节顺延', noteEn: 'Delayed by the Spring Festival.' });
    const zh = load({ 'calendar.csv': '发布日期,发布内容,状态,原定日期,说明,英文说明\n2006-02-27,2006-01,推迟,2006-02-20,春节顺延,Delayed.\n' });
    expect(zh.dataset.calendar![0]!.noteEn).toBe('Delayed.');
    expect(load(calendar('2006-03-20,2006-02,confirmed,,')).dataset.calendar![0]!.noteEn).toBeUndefined();
  });

  it('rejects an English note without the Chinese one, or with Chinese characters in it, naming line and column', () => {
    const rows = 'date,release,status,previous_date,note,note_en\n2006-03-20,2006-02,confirmed,,,Moved.\n2006-02-27,2006-01,postponed,2006-02-20,春节顺延,Delayed by 春节.\n2006-04-20,2006-03,planned,,见说明,Delayed（holiday）\n';
    expect(problemsOf({ 'calendar.csv': rows })).toEqual([
      'calendar.csv:2: note_en: "Moved." — empty while note is empty: note_en is the English of note',
      'calendar.csv:3: note_en: "Delayed by 春节." — English text without Chinese characters: the English calendar shows it as English',
      'calendar.csv:4: note_en: "Delayed（holiday）" — English text without Chinese characters: the English calendar shows it as English',
    ]);
  });

  it('refuses personal data in an English note, masked', () => {
    expect(problemsOf({ 'calendar.csv': 'date,release,status,previous_date,note,note_en\n2006-02-20,2006-01,cancelled,,取消,Call 13912341357\n' })).toEqual([
      'calendar.csv:2: note_en: "139****1357" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
    ]);
  });
});

describe('parseRelease(s)', () => {
  it('reads the four kinds with the last month each covers', () => {
    expect(parseRelease('2005-06')).toEqual({ release: '2005-06', kind: 'month', year: 2005, lastMonth: '2005-06' });
    expect(parseRelease('2005-Q3')).toEqual({ release: '2005-q3', kind: 'quarter', year: 2005, lastMonth: '2005-09' });
    expect(parseRelease('2005')).toEqual({ release: '2005', kind: 'year', year: 2005, lastMonth: '2005-12' });
    expect(parseRelease('assessment-2005')).toEqual({ release: 'assessment-2005', kind: 'assessment', year: 2005, lastMonth: '2005-12' });
    expect(parseRelease('2005-13')).toBeUndefined();
  });
});
