/**
 * Whether a named employer may be shown on the build date (data contract,
 * employers.csv). Anything not "published" is left out of every page, list, count,
 * feed, sitemap, search index and download; only its id goes to the build log.
 */
import type { Day, Employer } from './types';

/** Where an entry stands on a given day. */
export type EmployerStatus = 'published' | 'embargoed' | 'expired' | 'revoked';

/** An entry left out of the site, for the build log only. */
export interface WithheldEmployer {
  id: string;
  reason: Exclude<EmployerStatus, 'published'>;
}

/**
 * The status on `buildDate`. When several reasons apply the most specific wins:
 * revoked (the decision no longer stands, whatever the dates), then embargoed (not yet
 * published: published_on is after the build date), then expired.
 */
export function employerStatus(e: Pick<Employer, 'publishedOn' | 'expiresOn' | 'revokedOn'>, buildDate: Day): EmployerStatus {
  if (e.revokedOn !== undefined && e.revokedOn <= buildDate) return 'revoked';
  if (e.publishedOn > buildDate) return 'embargoed';
  if (buildDate >= e.expiresOn) return 'expired';
  return 'published';
}

/** The entries that may be shown on `buildDate`, in the given order. */
export function publishedEmployers(list: readonly Employer[], buildDate: Day): Employer[] {
  return list.filter((e) => employerStatus(e, buildDate) === 'published');
}

/** The entries left out on `buildDate`, by id and reason, for the build log only. */
export function withheldEmployers(list: readonly Employer[], buildDate: Day): WithheldEmployer[] {
  const withheld: WithheldEmployer[] = [];
  for (const e of list) {
    const status = employerStatus(e, buildDate);
    if (status !== 'published') withheld.push({ id: e.id, reason: status });
  }
  return withheld;
}
