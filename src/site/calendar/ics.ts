/**
 * The release calendar as iCalendar (RFC 5545), for newsrooms to subscribe to: one all-day
 * VEVENT per release, its UID made from the release alone so that a postponement updates the
 * subscriber's event instead of adding a second one.
 */
import { addDays } from '../../data/fields';
import type { Day } from '../../data/types';
import type { CalendarItem } from './calendar-view';

/** What the file says about itself. */
export interface IcsOptions {
  /** The calendar's name (X-WR-CALNAME), e.g. the dataset title. */
  name: string;
  /** The site's absolute root URL: event URLs and the UIDs' domain come from it. */
  siteUrl: string;
  /** The build date: DTSTAMP, so that two builds of the same data give the same file. */
  stamp: Day;
}

const STATUS: Record<CalendarItem['status'], string> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  postponed: 'CONFIRMED',
  published: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** The whole file: CRLF line ends, lines folded at 75 octets. */
export function calendarIcs(items: readonly CalendarItem[], o: IcsOptions): string {
  const host = new URL(o.siteUrl).hostname;
  const stamp = `${compact(o.stamp)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${host}//release calendar//ZH`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(o.name)}`, 'X-WR-TIMEZONE:Asia/Shanghai'];
  for (const item of items) {
    const description = [`状态：${item.statusText}`];
    if (item.previousDateText) description.push(`原定${item.previousDateText}发布`);
    if (item.note) description.push(`说明：${item.note}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:release-${item.release}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(item.date, 1))}`,
      `SUMMARY:${escapeText(`${item.title}发布`)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      `STATUS:${STATUS[item.status]}`,
      `URL:${new URL(item.href ?? `/calendar/#${item.anchor}`, o.siteUrl).href}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first piece may hold 75 octets; the others 74 after the space that marks them.
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compact(day: Day): string {
  return day.replaceAll('-', '');
}
