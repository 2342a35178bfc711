/** What /releases/ and its feed show: releases up to the build date, newest first, and the next update. */
import type { Day } from '../../data/types';
import type { ReleaseData } from '../../content/release-schema';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { formatDay, formatMonth } from '../../format/date';

/** A release as the pages need it. */
export interface Release {
  id: string;
  data: ReleaseData;
}

/**
 * Releases dated on or before the build date, newest first (same day: by id, descending).
 * Notes dated later are not yet published and are left out.
 */
export function publishedReleases<T extends Release>(all: readonly T[], buildDate: Day): T[] {
  return all
    .filter((r) => r.data.date <= buildDate)
    .sort((a, b) => (a.data.date === b.data.date ? b.id.localeCompare(a.id) : b.data.date.localeCompare(a.data.date)));
}

/** The next expected update: the newest release's `next_update`, if it is not in the past. */
export function nextUpdate(releases: readonly Release[], buildDate: Day): Day | null {
  const n = releases[0]?.data.next_update;
  return n && n >= buildDate ? n : null;
}

/** One line per revised month: "2005年4月 阜新市 工伤保险：reason". */
export function revisionLines(r: Release, regionName: (id: string) => string | undefined): string[] {
  return r.data.revised.map((v) => {
    const where = [v.region ? (regionName(v.region) ?? v.region) : '全省', v.insurance ? INSURANCE_NAMES[v.insurance].short : ''].filter(Boolean).join(' ');
    return `${formatMonth(v.month)} ${where}：${v.reason}`;
  });
}

/** The RSS description: summary, months published, revisions, next update. */
export function releaseSummary(r: Release, regionName: (id: string) => string | undefined): string {
  const parts: string[] = [];
  if (r.data.summary) parts.push(r.data.summary);
  if (r.data.months.length) parts.push(`发布月份：${r.data.months.map(formatMonth).join('、')}。`);
  const rev = revisionLines(r, regionName);
  if (rev.length) parts.push(`修订：${rev.join('；')}。`);
  if (r.data.version) parts.push(`数据版本 ${r.data.version}。`);
  if (r.data.next_update) parts.push(`下次更新：${formatDay(r.data.next_update)}。`);
  return parts.join('');
}
