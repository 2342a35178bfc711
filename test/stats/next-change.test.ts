import { describe, expect, it } from 'vitest';
import type { CalendarEntry, Employer } from '../../src/data/types';
import { upcomingChanges } from '../../src/stats/next-change';

const employer = (id: string, dates: { publishedOn: string; expiresOn: string; revokedOn?: string }): Employer => ({
  id, region: 'a', name: `${id}示例`, insurances: ['pension'], violation: 'v', penalty: 'p', decisionNo: id, decidedOn: '2005-01-01', authority: 'x',
  notifiedOn: '2005-01-01', expiresByDefault: false, source: { file: 'employers.csv', line: 2 }, ...dates,
});
const release = (release: string, date: string, status: CalendarEntry['status']): CalendarEntry => ({
  date, release, kind: 'month', year: 2006, lastMonth: release, status, statusAsWritten: status, source: { file: 'calendar.csv', line: 2 },
});

describe('upcomingChanges(employers, calendar, buildDate)', () => {
  it('names an entry expiring tomorrow as the next change', () => {
    const changes = upcomingChanges([employer('A', { publishedOn: '2005-01-01', expiresOn: '2006-01-01' })], [], '2005-12-31');
    expect(changes[0]).toEqual({ date: '2006-01-01', embargoesLifting: 0, entriesExpiring: 1, entriesRevoked: 0, releases: [] });
  });

  it('lists embargoes lifting, revocations and scheduled releases by day, soonest first', () => {
    const changes = upcomingChanges(
      [
        employer('EMB', { publishedOn: '2006-01-10', expiresOn: '2009-01-10' }),
        employer('REV', { publishedOn: '2005-06-01', expiresOn: '2008-06-01', revokedOn: '2006-02-01' }),
        employer('GONE', { publishedOn: '2002-01-01', expiresOn: '2005-01-01' }),
      ],
      [release('2006-01', '2006-02-27', 'postponed'), release('2005-12', '2005-12-31', 'published'), release('2006-02', '2006-03-20', 'cancelled')],
      '2005-12-31',
    );
    expect(changes.map((c) => [c.date, c.embargoesLifting, c.entriesExpiring, c.entriesRevoked, c.releases])).toEqual([
      ['2006-01-10', 1, 0, 0, []],
      ['2006-02-01', 0, 0, 1, []],
      ['2006-02-27', 0, 0, 0, ['2006-01']],
      ['2009-01-10', 0, 1, 0, []],
    ]);
  });

  it('has nothing to say when no rule changes anything', () => {
    expect(upcomingChanges([], [], '2005-12-31')).toEqual([]);
  });
});
