/**
 * /next-change.json: when the site must next be rebuilt to stay right (an embargo lifting, an
 * entry expiring or revoked, a scheduled release), for the daily rebuild and for monitoring
 * (deploy/README.md). Public like every file of the site, so it holds dates and counts only —
 * never an employer's name, id or region: an embargoed entry must not be identifiable before
 * its day, and a count on a date says no more than the list itself will say on that date.
 */
import type { Employer } from '../../data/types';
import { leavesOn, upcomingChanges, type TimedChange } from '../../stats/next-change';
import type { Site } from './site';

/** Site path of the file. */
export const NEXT_CHANGE_FILE = '/next-change.json';

/** Days listed after the next one: enough for a monitor to see the coming weeks. */
const LISTED = 20;

/** The time-based changes of `site` after its build date. */
export function nextChanges(site: Pick<Site, 'dataset'>): TimedChange[] {
  return upcomingChanges(site.dataset.employers, site.dataset.calendar ?? [], site.dataset.buildDate);
}

/** The file's JSON. */
export function nextChangeJson(site: Pick<Site, 'dataset' | 'version'>): string {
  const changes = nextChanges(site);
  const day = (c: TimedChange) => ({
    date: c.date,
    embargoes_lifting: c.embargoesLifting,
    entries_expiring: c.entriesExpiring,
    entries_revoked: c.entriesRevoked,
    releases: c.releases,
  });
  const body = {
    build_date: site.dataset.buildDate,
    version: site.version,
    time_zone: 'Asia/Shanghai',
    next_change: changes[0]?.date ?? null,
    changes: changes.slice(0, LISTED + 1).map(day),
    note: 'Days are Asia/Shanghai calendar days; the site must be rebuilt on or after next_change (deploy/README.md). Counts only: entries are never named here.',
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** One line for the build log: "next time-based change: 2006-01-10 (1 embargo lifting)", or that there is none. */
export function nextChangeLine(site: Pick<Site, 'dataset'>): string {
  const next = nextChanges(site)[0];
  if (!next) return 'next time-based change: none known (no embargo, expiry, revocation or scheduled release ahead)';
  const parts = [
    next.embargoesLifting && `${next.embargoesLifting} embargo(es) lifting`,
    next.entriesExpiring && `${next.entriesExpiring} entr${next.entriesExpiring === 1 ? 'y' : 'ies'} expiring`,
    next.entriesRevoked && `${next.entriesRevoked} entr${next.entriesRevoked === 1 ? 'y' : 'ies'} revoked`,
    next.releases.length && `release ${next.releases.join(', ')} scheduled`,
  ].filter(Boolean);
  return `next time-based change: ${next.date} (${parts.join('; ')}); rebuild on that day (${NEXT_CHANGE_FILE})`;
}

/**
 * The robots directive of a named entry's page: search engines that honour `unavailable_after`
 * (Google documents ISO 8601 dates) drop the page from their results at the start of the day
 * it leaves the site, Beijing time, even before the rebuild removes it. Baidu documents only
 * nofollow and noarchive; it drops a page once it finds it gone (404), see deploy/README.md.
 */
export function unavailableAfter(e: Pick<Employer, 'expiresOn' | 'revokedOn'>): string {
  return `unavailable_after: ${leavesOn(e)}T00:00:00+08:00`;
}
