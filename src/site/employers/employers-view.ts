/**
 * View models of the named-employer pages: /employers/ and its lists, each entry's page,
 * the list on every city page and the RSS feed. Everything is computed once per build
 * from the published entries only (getSite().employers), so that a page at national
 * scale (100,000 entries) does a few map look-ups instead of scanning the list.
 *
 * Lists are ordered by region and name, or by publication date: never by workers or
 * penalty, so no list reads as a league table of "worst offenders".
 */
import type { Day, Employer, Insurance, Region } from '../../data/types';
import { INSURANCES } from '../../data/types';
import { formatDay, formatMonth } from '../../format/date';
import { formatCount } from '../../format/number';
import { INSURANCE_NAMES, EMPLOYER_TERMS } from '../../i18n/glossary';
import { memo } from '../build/context';

/** Entries per page of every paginated employer list. */
export const EMPLOYERS_PAGE_SIZE = 100;
/** Entries shown for one region (on its city page and on /employers/) before the link to its full list. */
export const REGION_PREVIEW_SIZE = 20;
/** Entries in the RSS feed: the newest publications. */
export const FEED_SIZE = 100;

/** Path segments of the lists under /employers/ (employers.csv rejects them as ids). */
export const BY_DATE_SEGMENT = 'by-date';
export const REGIONS_SEGMENT = 'regions';

/** /employers/ */
export const EMPLOYERS_HREF = '/employers/';
/** The RSS feed of newly published entries. */
export const FEED_HREF = '/employers/feed.xml';

/** An entry's permanent page. */
export function employerHref(id: string): string {
  return `/employers/${id}/`;
}

/** Page `page` (1-based) of a region's list, by name; page 1 is the bare address. */
export function regionListHref(region: string, page = 1): string {
  return page === 1 ? `/employers/${REGIONS_SEGMENT}/${region}/` : `/employers/${REGIONS_SEGMENT}/${region}/${page}/`;
}

/** Page `page` (1-based) of the list by publication date, newest first. */
export function byDateHref(page = 1): string {
  return page === 1 ? `/employers/${BY_DATE_SEGMENT}/` : `/employers/${BY_DATE_SEGMENT}/${page}/`;
}

/** The `[...page]` route parameter of a page number: none for page 1. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** How many entries there are, how many have rectified, and how many concern each insurance. */
export interface Tally {
  employers: number;
  rectified: number;
  /** An entry concerning two insurances counts for both, so these may add up to more than `employers`. */
  insurances: Record<Insurance, number>;
}

/** One region's published entries. */
export interface RegionEntries {
  region: Region;
  /** By name (Chinese collation), then id. */
  employers: Employer[];
  tally: Tally;
  /** The name each page of the region's list starts with. */
  jumps: PageJump[];
}

/** Everything the employer pages need, computed once. */
export interface EmployerIndex {
  /** Every region in regions.csv order, with or without entries. */
  regions: RegionEntries[];
  byRegion: ReadonlyMap<string, RegionEntries>;
  /** Newest publication first; on the same day in region order, then by name. */
  byDate: Employer[];
  /** The months of the list by date and the page each starts on. */
  byDateMonths: PageJump[];
  /** Entry id → the page of its region's list that holds it. */
  regionPage: ReadonlyMap<string, number>;
  total: Tally;
  /** The build date: "rectified" means rectified on or before it. */
  buildDate: Day;
}

const collator = new Intl.Collator('zh-CN');
/**
 * The index of the published entries, once per build for the list (getSite() returns the
 * same one for the whole build), so every page shares one index.
 */
export function employerIndex(published: readonly Employer[], regions: readonly Region[], buildDate: Day): EmployerIndex {
  const hit = memo(published, 'employer-index', () => ({ regions, buildDate, index: buildIndex(published, regions, buildDate) }));
  return hit.regions === regions && hit.buildDate === buildDate ? hit.index : buildIndex(published, regions, buildDate);
}

function buildIndex(published: readonly Employer[], regions: readonly Region[], buildDate: Day): EmployerIndex {
  const lists = new Map<string, Employer[]>(regions.map((r) => [r.id, []]));
  for (const e of published) lists.get(e.region)?.push(e);
  const total = emptyTally();
  const byRegion = new Map<string, RegionEntries>();
  const regionPage = new Map<string, number>();
  /** Position in the by-region, by-name order: the tie-breaker of the by-date list. */
  const rank = new Map<Employer, number>();
  const entries = regions.map((region): RegionEntries => {
    const employers = lists.get(region.id)!.sort(byName);
    const tally = emptyTally();
    employers.forEach((e, i) => {
      count(tally, e, buildDate);
      count(total, e, buildDate);
      regionPage.set(e.id, Math.floor(i / EMPLOYERS_PAGE_SIZE) + 1);
      rank.set(e, rank.size);
    });
    const entry = { region, employers, tally, jumps: pageJumps(employers, (e) => e.name) };
    byRegion.set(region.id, entry);
    return entry;
  });
  const byDate = [...rank.keys()].sort(
    (a, b) => (a.publishedOn === b.publishedOn ? rank.get(a)! - rank.get(b)! : a.publishedOn < b.publishedOn ? 1 : -1),
  );
  return { regions: entries, byRegion, byDate, byDateMonths: monthJumps(byDate), regionPage, total, buildDate };
}

function byName(a: Employer, b: Employer): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function emptyTally(): Tally {
  return { employers: 0, rectified: 0, insurances: Object.fromEntries(INSURANCES.map((i) => [i, 0])) as Record<Insurance, number> };
}

function count(t: Tally, e: Employer, buildDate: Day): void {
  t.employers++;
  if (isRectified(e, buildDate)) t.rectified++;
  for (const i of e.insurances) t.insurances[i]++;
}

/** Whether the entry shows as rectified on the build date (a later rectification date is not yet a fact). */
export function isRectified(e: Pick<Employer, 'rectifiedOn'>, buildDate: Day): boolean {
  return e.rectifiedOn !== undefined && e.rectifiedOn <= buildDate;
}

/** What an entry says about rectification, near the top of its page and in every list. */
export interface RectificationView {
  rectified: boolean;
  /** 已整改 / 尚未报告整改 */
  label: string;
  /** One sentence. */
  text: string;
}

/** The rectification status of an entry on the build date. */
export function rectification(e: Pick<Employer, 'rectifiedOn'>, buildDate: Day): RectificationView {
  if (isRectified(e, buildDate)) {
    return {
      rectified: true,
      label: EMPLOYER_TERMS.rectified,
      text: `处罚机关记录该单位已于${formatDay(e.rectifiedOn!)}整改。整改情况如实标明，但不改变公布期限。`,
    };
  }
  return {
    rectified: false,
    label: EMPLOYER_TERMS.notRectified,
    text: `截至${formatDay(buildDate)}，处罚机关没有该单位整改的记录。单位整改后，本页将标明整改日期。`,
  };
}

/** Insurance names joined for reading: "养老保险、失业保险". */
export function insuranceList(insurances: readonly Insurance[], form: 'short' | 'full' = 'short'): string {
  return insurances.map((i) => INSURANCE_NAMES[i][form]).join('、');
}

/** How the end of publication was set: by the authority, or the three-year default. */
export function expiryNote(e: Pick<Employer, 'expiresByDefault'>): string {
  return e.expiresByDefault ? '自公布日期起满3年（未另定截止日期时的默认期限）；自该日起不再公布' : '处罚机关确定的截止日期；自该日起不再公布';
}

/**
 * A short neutral text a journalist can quote, built only from the entry's fields:
 * who decided, which decision, when it was published, and whether the employer has
 * rectified as of the build date.
 */
export function quoteText(e: Employer, buildDate: Day): string {
  const status = isRectified(e, buildDate)
    ? `该单位已于${formatDay(e.rectifiedOn!)}整改`
    : '尚无该单位整改的记录';
  return (
    `据${e.authority}处罚决定书（${e.decisionNo}），${e.name}因未依法参加${insuranceList(e.insurances, 'full')}，` +
    `于${formatDay(e.decidedOn)}受到处罚，${formatDay(e.publishedOn)}被依法公布。截至${formatDay(buildDate)}，${status}。`
  );
}

/** The number of pages a list of `n` entries takes (at least one, which may say the list is empty). */
export function pageCount(n: number): number {
  return Math.max(1, Math.ceil(n / EMPLOYERS_PAGE_SIZE));
}

/** The entries on page `page` (1-based). */
export function pageOf<T>(list: readonly T[], page: number): T[] {
  return list.slice((page - 1) * EMPLOYERS_PAGE_SIZE, page * EMPLOYERS_PAGE_SIZE);
}

/** A link of a "jump to a page" list: the page and what starts there. */
export interface PageJump {
  page: number;
  label: string;
}

/** At most this many links in a "jump to a page" list; longer lists link every k-th page. */
export const PAGE_JUMPS_MAX = 60;

/**
 * The first entry's label (e.g. its name) on each page of a list by name, for jumping
 * straight to a page. A list of more than PAGE_JUMPS_MAX pages links every k-th page.
 */
export function pageJumps<T>(list: readonly T[], label: (item: T) => string): PageJump[] {
  const pages = pageCount(list.length);
  if (list.length === 0) return [];
  const stride = Math.ceil(pages / PAGE_JUMPS_MAX);
  const jumps: PageJump[] = [];
  for (let page = 1; page <= pages; page += stride) jumps.push({ page, label: label(list[(page - 1) * EMPLOYERS_PAGE_SIZE]!) });
  return jumps;
}

/** Each month of the list by date (newest first) and the page its newest entry is on. */
export function monthJumps(byDate: readonly Employer[]): PageJump[] {
  const jumps: PageJump[] = [];
  let month = '';
  byDate.forEach((e, i) => {
    if (e.publishedOn.slice(0, 7) === month) return;
    month = e.publishedOn.slice(0, 7);
    jumps.push({ page: Math.floor(i / EMPLOYERS_PAGE_SIZE) + 1, label: `${formatMonth(month)}公布` });
  });
  return jumps;
}

/** "，本页为第101–200家" on page 2 of a long list; nothing when the list fits on one page. */
export function pageRangeText(page: number, total: number): string {
  if (total <= EMPLOYERS_PAGE_SIZE) return '';
  const first = (page - 1) * EMPLOYERS_PAGE_SIZE + 1;
  const last = Math.min(page * EMPLOYERS_PAGE_SIZE, total);
  return `，本页为第${formatCount(first)}–${formatCount(last)}家`;
}

/**
 * The page links of a pager: the first and last page, the current one and two either
 * side; `null` stands for the pages left out ("…"). A thousand pages stay one short line.
 */
export function pagerItems(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= count) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const items: (number | null)[] = [];
  pages.forEach((p, i) => {
    if (i > 0 && p - pages[i - 1]! > 1) items.push(p - pages[i - 1]! === 2 ? p - 1 : null);
    items.push(p);
  });
  return items;
}

/** The newest publications for the feed, at most FEED_SIZE. */
export function feedEntries(index: EmployerIndex): Employer[] {
  return index.byDate.slice(0, FEED_SIZE);
}

/** The first day of an entry's publication as an instant (midnight in Beijing, where the date applies). */
export function publicationInstant(day: Day): Date {
  return new Date(`${day}T00:00:00+08:00`);
}
