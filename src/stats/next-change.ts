/**
 * When the site must next change by itself (time-based rules): an embargo lifting, a named entry
 * expiring or being revoked, a scheduled release. A static site only changes when it is rebuilt,
 * so the build states the next such day; the daily rebuild (deploy/) then publishes it on time.
 * Dates and counts only: nothing here names or identifies an employer.
 */
import type { CalendarEntry, Day, Employer } from '../data/types';
import { employerStatus } from '../data/publication';

/** What changes on one day. */
export interface TimedChange {
  date: Day;
  /** Entries whose publication date comes: they appear. */
  embargoesLifting: number;
  /** Entries whose publication ends (expires_on, given or by default): they disappear. */
  entriesExpiring: number;
  /** Entries whose decision is revoked from that day: they disappear. */
  entriesRevoked: number;
  /** Releases of the calendar due that day (`2006-01`, `2005-q4`…). */
  releases: string[];
}

/** The first day an entry is no longer published: its revocation when that comes before its expiry, else its expiry. */
export function leavesOn(e: Pick<Employer, 'expiresOn' | 'revokedOn'>): Day {
  return e.revokedOn !== undefined && e.revokedOn < e.expiresOn ? e.revokedOn : e.expiresOn;
}

/**
 * Every day after `buildDate` on which a time-based rule changes what the site shows, soonest
 * first. Entries already expired or revoked on the build date never come back, so they count
 * for nothing; an entry revoked before it would expire only counts its revocation.
 */
export function upcomingChanges(employers: readonly Employer[], calendar: readonly CalendarEntry[], buildDate: Day): TimedChange[] {
  const days = new Map<Day, TimedChange>();
  const on = (date: Day): TimedChange => {
    let c = days.get(date);
    if (!c) days.set(date, (c = { date, embargoesLifting: 0, entriesExpiring: 0, entriesRevoked: 0, releases: [] }));
    return c;
  };
  for (const e of employers) {
    const status = employerStatus(e, buildDate);
    if (status === 'expired' || status === 'revoked') continue;
    const leaves = leavesOn(e);
    // An entry revoked or expired by the day it would be published never appears: nothing changes.
    if (status === 'embargoed' && e.publishedOn >= leaves) continue;
    if (status === 'embargoed') on(e.publishedOn).embargoesLifting++;
    if (leaves === e.expiresOn && (e.revokedOn === undefined || e.revokedOn >= e.expiresOn)) on(e.expiresOn).entriesExpiring++;
    else on(leaves).entriesRevoked++;
  }
  for (const r of calendar) {
    if (r.status === 'published' || r.status === 'cancelled' || r.date <= buildDate) continue;
    on(r.date).releases.push(r.release);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
