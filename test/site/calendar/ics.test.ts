import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../../src/site/calendar/calendar-view';
import { calendarIcs, escapeText, fold } from '../../../src/site/calendar/ics';

const ITEMS: CalendarItem[] = [
  {
    release: '2006-01', kind: 'month', title: '2006年1月扩面月报', date: '2006-02-27', dateText: '2006年2月27日', status: 'postponed', statusText: '推迟',
    previousDate: '2006-02-20', previousDateText: '2006年2月20日', note: '春节假期后各市报表顺延; 发布推迟一周, 见说明\\附件', anchor: 'release-2006-01',
  },
  { release: '2005-q4', kind: 'quarter', title: '2005年第四季度扩面阶段报告', date: '2005-12-31', dateText: '2005年12月31日', status: 'published', statusText: '已发布', href: '/reports/2005-q4/', anchor: 'release-2005-q4' },
  { release: '2006-02', kind: 'month', title: '2006年2月扩面月报', date: '2006-03-20', dateText: '2006年3月20日', status: 'cancelled', statusText: '取消', note: '并入季度报告', anchor: 'release-2006-02' },
];
const ics = calendarIcs(ITEMS, { name: '示例数据 发布日程', siteUrl: 'https://kuomian.example.org/', stamp: '2005-12-31' });

describe('calendarIcs(items, options)', () => {
  it('parses as iCalendar with one all-day event per release and stable UIDs', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.summary])).toEqual([
      ['release-2006-01@kuomian.example.org', '2006-02-27', true, '2006年1月扩面月报发布'],
      ['release-2005-q4@kuomian.example.org', '2005-12-31', true, '2005年第四季度扩面阶段报告发布'],
      ['release-2006-02@kuomian.example.org', '2006-03-20', true, '2006年2月扩面月报发布'],
    ]);
    expect(events[0]!.description).toBe('状态：推迟\n原定2006年2月20日发布\n说明：春节假期后各市报表顺延; 发布推迟一周, 见说明\\附件');
    const first = cal.getAllSubcomponents('vevent')[0]!;
    expect(first.getFirstPropertyValue('dtstamp')!.toString()).toBe('2005-12-31T00:00:00Z');
    expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(cal.getAllSubcomponents('vevent')[1]!.getFirstPropertyValue('url')).toBe('https://kuomian.example.org/reports/2005-q4/');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('is the same file for the same calendar and build date', () => {
    expect(calendarIcs(ITEMS, { name: '示例数据 发布日程', siteUrl: 'https://kuomian.example.org/', stamp: '2005-12-31' })).toBe(ics);
  });
});

describe('escapeText(text) and fold(line)', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('never splits a UTF-8 character across lines', () => {
    const folded = fold(`SUMMARY:${'发'.repeat(40)}`);
    const pieces = folded.split('\r\n');
    expect(pieces.map((p) => Buffer.byteLength(p, 'utf8'))).toEqual([74, 55]);
    expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${'发'.repeat(40)}`);
  });
});
