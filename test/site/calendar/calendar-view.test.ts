import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../../src/data/types';
import { calendarView, nextRelease, nextReleaseText, releaseTitle } from '../../../src/site/calendar/calendar-view';

const entry = (e: Partial<CalendarEntry> & Pick<CalendarEntry, 'date' | 'release' | 'kind' | 'status'>): CalendarEntry => ({
  year: Number(e.release.replace('assessment-', '').slice(0, 4)),
  lastMonth: e.kind === 'month' ? e.release : `${e.release.replace('assessment-', '').slice(0, 4)}-12`,
  statusAsWritten: e.status,
  source: { file: 'calendar.csv', line: 2 },
  ...e,
});

const CALENDAR: CalendarEntry[] = [
  entry({ date: '2005-11-20', release: '2005-10', kind: 'month', status: 'published' }),
  entry({ date: '2005-12-20', release: '2005-11', kind: 'month', status: 'published' }),
  entry({ date: '2005-12-31', release: 'assessment-2005', kind: 'assessment', status: 'published' }),
  entry({ date: '2006-02-27', release: '2006-01', kind: 'month', status: 'postponed', previousDate: '2006-02-20', note: '春节顺延', noteEn: 'Put back after the Spring Festival.' }),
  entry({ date: '2006-03-01', release: '2005', kind: 'year', status: 'cancelled', note: '并入考核' }),
  entry({ date: '2006-03-20', release: '2006-02', kind: 'month', status: 'planned' }),
];

const PAGES = new Set(['/reports/2005-11/', '/assessment/2005/']);

describe.each([
  {
    lang: 'zh' as const,
    upcoming: [
      ['2006年2月27日', '2006年1月扩面月报', '推迟'],
      ['2006年3月1日', '2005年扩面年度总结', '取消'],
      ['2006年3月20日', '2006年2月扩面月报', '拟定'],
    ],
    postponed: { previousDateText: '2006年2月20日', note: '春节顺延' },
    past: [
      ['2005年度考核', '/assessment/2005/'],
      ['2005年11月扩面月报', '/reports/2005-11/'],
      ['2005年10月扩面月报', undefined],
    ],
  },
  {
    lang: 'en' as const,
    upcoming: [
      ['27 February 2006', 'Monthly report, January 2006', 'postponed'],
      ['1 March 2006', 'Annual summary 2005', 'cancelled'],
      ['20 March 2006', 'Monthly report, February 2006', 'provisional'],
    ],
    postponed: { previousDateText: '20 February 2006', note: 'Put back after the Spring Festival.' },
    // The English twins of exactly the reports the Chinese list links.
    past: [
      ['Annual assessment 2005', '/en/assessment/2005/'],
      ['Monthly report, November 2005', '/en/reports/2005-11/'],
      ['Monthly report, October 2005', undefined],
    ],
  },
])('calendarView(calendar, pages, $lang)', ({ lang, upcoming, postponed, past }) => {
  const view = calendarView(CALENDAR, PAGES, lang);
  it('lists upcoming releases soonest first, with a postponement\'s original date and note', () => {
    expect(view.upcoming.map((i) => [i.dateText, i.title, i.statusText])).toEqual(upcoming);
    expect(view.upcoming[0]).toMatchObject({ ...postponed, anchor: 'release-2006-01' });
    expect(view.upcoming[0]!.href).toBeUndefined();
  });
  it('lists published releases newest first, linking only pages that exist', () => {
    expect(view.past.map((i) => [i.title, i.href])).toEqual(past);
  });
});

describe("calendarView(calendar, pages, 'en') notes", () => {
  it('marks a Chinese note given for want of an English one as Chinese', () => {
    const view = calendarView(CALENDAR, PAGES, 'en');
    expect(view.upcoming[0]!.noteLang).toBeUndefined();
    expect(view.upcoming[1]).toMatchObject({ note: '并入考核', noteLang: 'zh' });
  });
});

describe('nextRelease(calendar, buildDate, kind)', () => {
  it('names the next release due on or after the build date, skipping cancelled ones', () => {
    expect(nextRelease(CALENDAR, '2005-12-31')?.release).toBe('2006-01');
    expect(nextRelease(CALENDAR, '2005-12-31', 'year')).toBeNull();
    expect(nextRelease(CALENDAR, '2006-03-01', 'month')?.release).toBe('2006-02');
    expect(nextRelease([], '2005-12-31')).toBeNull();
  });
  it('says when, what, and for a postponement the original date', () => {
    expect(nextReleaseText(CALENDAR[3]!)).toBe('2006年2月27日（2006年1月扩面月报；推迟，原定2006年2月20日）');
    expect(nextReleaseText(CALENDAR[5]!)).toBe('2006年3月20日（2006年2月扩面月报；拟定）');
  });
});

describe('releaseTitle(entry)', () => {
  it('names a quarterly stage report by its quarter', () => {
    expect(releaseTitle({ kind: 'quarter', year: 2006, lastMonth: '2006-03' })).toBe('2006年第一季度扩面阶段报告');
  });
});
