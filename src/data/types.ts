/**
 * Typed records of the data contract (docs/data-format.md). Every record here has
 * passed validation in src/data/*.ts; later stages (stats, charts, pages) trust them.
 */

/** The four insurances the notice sets targets for. Order is the display order. */
export const INSURANCES = ['pension', 'unemployment', 'medical', 'work_injury'] as const;
export type Insurance = (typeof INSURANCES)[number];

/** Priority-group keys of groups.csv (扩面工作重点). */
export const GROUP_KEYS = [
  'private_enterprise',
  'non_public',
  'flexible',
  'public_institution',
  'foreign_invested',
  'restructured',
  'urban_private',
  'individual_business',
  'central_provincial',
  'struggling_retirees',
  'high_risk',
  'migrant',
] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** `YYYY-MM`, validated. */
export type Month = string;
/** `YYYY-MM-DD`, validated. */
export type Day = string;

/** Where a record came from, for messages that point back at the source. */
export interface SourceRef {
  /** File name relative to DATA_DIR, e.g. `monthly.csv`. */
  file: string;
  /** 1-based physical line of the row's start (line 1 is the header). */
  line: number;
}

/** A reporting unit: a city, or 省本级 (units insured at provincial level). */
export interface Region {
  id: string;
  name: string;
  nameEn?: string;
  /** GB/T 2260 six-digit code; always present for cities. */
  code?: string;
  kind: 'city' | 'provincial';
  /** Public number of the city's 劳动保障监察 (labour inspection), where a worker reports an employer. */
  inspectionPhone?: string;
  /** Address of the city's 劳动保障监察 office. */
  inspectionAddress?: string;
  /** Public number of the social-insurance agency (社保经办机构). */
  servicePhone?: string;
  /** Place in the tile map (示意图): given for every region or for none. */
  tile?: { row: number; col: number };
  source: SourceRef;
}

/** One line of the annual expansion plan. `region` is a region id or `province`. */
export interface Target {
  year: number;
  region: string;
  insurance: Insurance;
  enrolled: number;
  /** Percent, 0–100. */
  contributionRate?: number;
  source: SourceRef;
}

/** One monthly report of one region for one insurance. */
export interface MonthlyReport {
  month: Month;
  region: string;
  insurance: Insurance;
  enrolled: number;
  due?: number;
  paid?: number;
  newEnrolled?: number;
  newPaid?: number;
  source: SourceRef;
}

/** Enrolment of one priority group in one month. */
export interface GroupReport {
  month: Month;
  region: string;
  insurance: Insurance;
  group: GroupKey;
  enrolled: number;
  source: SourceRef;
}

/** An employer named after a penalty. All validated; publication is decided by src/data/publication.ts. */
export interface Employer {
  id: string;
  region: string;
  name: string;
  creditCode?: string;
  insurances: Insurance[];
  workers?: number;
  violation: string;
  penalty: string;
  legalBasis?: string;
  decisionNo: string;
  decidedOn: Day;
  authority: string;
  notifiedOn: Day;
  publishedOn: Day;
  rectifiedOn?: Day;
  /** Explicit or default (published_on + 3 years). Not published from this day on. */
  expiresOn: Day;
  /** True when expires_on was not given and the 3-year default applies. */
  expiresByDefault: boolean;
  revokedOn?: Day;
  source: SourceRef;
}

/** What a release of calendar.csv publishes: a monthly report, a quarterly stage report, an annual summary, an assessment. */
export type ReleaseKind = 'month' | 'quarter' | 'year' | 'assessment';

/** Status of a release in calendar.csv (拟定 / 确定 / 推迟 / 取消 / 已发布). */
export type CalendarStatus = 'planned' | 'confirmed' | 'postponed' | 'cancelled' | 'published';

/** One row of the release calendar. */
export interface CalendarEntry {
  /** The day the release is (or was) published. */
  date: Day;
  /** `YYYY-MM`, `YYYY-qN`, `YYYY` or `assessment-YYYY`, as the report's own address. */
  release: string;
  kind: ReleaseKind;
  year: number;
  /** The last month of data the release covers: once monthly.csv has it, the release is out. */
  lastMonth: Month;
  /** `published` once the data is in monthly.csv, else as written. */
  status: CalendarStatus;
  /** The status as the row wrote it. */
  statusAsWritten: CalendarStatus;
  /** The day first announced, for a postponed release. */
  previousDate?: Day;
  /** The reason of a postponement or cancellation, or any remark: plain text. */
  note?: string;
  /** The same note in English, for the English calendar (only with a note). */
  noteEn?: string;
  source: SourceRef;
}

/** dataset.json. */
export interface DatasetMeta {
  title: string;
  publisher: string;
  /** The title and publisher as the English edition names them (dataset.json `title_en`, `publisher_en`; optional). */
  titleEn?: string;
  publisherEn?: string;
  asOf?: Day;
  sample: boolean;
  license?: string;
  contact?: string;
}

/** Everything read from DATA_DIR, validated. */
export interface Dataset {
  meta: DatasetMeta;
  regions: Region[];
  targets: Target[];
  monthly: MonthlyReport[];
  groups: GroupReport[];
  /** Every valid row, published or not: filter with publishedEmployers() before showing anything. */
  employers: Employer[];
  /** calendar.csv, sorted by date; empty or absent when there is no calendar. */
  calendar?: CalendarEntry[];
  /** The date embargo/expiry/"not after" rules use (see src/data/build-date.ts). */
  buildDate: Day;
}

/** A problem found in the data: `file:line: column: value — expected`. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** Column as named in the file's header (or the contract key when the column is missing). */
  column?: string;
  value?: string;
  expected: string;
}
