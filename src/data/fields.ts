/**
 * Parsers for single cells, shared by every file, and the wording of what each
 * expects. A parser returns `undefined` for a value that breaks the contract;
 * the caller turns that into a Problem naming the cell.
 */
import { GROUP_NAMES, INSURANCE_ALIASES } from '../i18n/glossary';
import { GROUP_KEYS, INSURANCES, type Day, type GroupKey, type Insurance, type Month } from './types';

/** What each kind of cell expects, as shown after the "—" of a message. One wording per idea. */
export const EXPECTED = {
  count: 'a whole number of persons (digits, optionally with "," thousands separators)',
  countTooLarge: `a count of at most ${'2,000,000,000'} persons (larger counts are no counts of persons, and their sums would not be exact)`,
  reservedFileName: 'an id other than con, prn, aux, nul, com1–com9 or lpt1–lpt9 (in any letter case): Windows cannot store a page under that name',
  notAfterBuildDate: (buildDate: Day) => `a date not after the build date (${buildDate})`,
  atLeastOneRow: 'at least one data row below the header',
  month: 'a month as YYYY-MM (month 01–12)',
  day: 'a date as YYYY-MM-DD that exists in the calendar',
  year: 'a year as four digits',
  percent: 'a percent from 0 to 100 (e.g. 90)',
  text: 'a non-empty text',
  regionId: 'an id of lowercase letters a–z, digits and "-", starting with a letter',
  employerId: 'an id of letters, digits and "-", starting with a letter or digit',
  reservedEmployerId: (reserved: readonly string[]) =>
    `an id other than ${reserved.map((r) => `"${r}"`).join(' and ')} (in any letter case): those addresses under /employers/ are the lists`,
  insurance: `an insurance: ${INSURANCES.join(', ')} (or ${Object.keys(INSURANCE_ALIASES).join(', ')})`,
  insuranceList: `one or more insurances separated by ";", "；" or "、": ${INSURANCES.join(', ')} (or ${Object.keys(INSURANCE_ALIASES).join(', ')})`,
  group: `a priority group: ${GROUP_KEYS.join(', ')} (or its Chinese name, e.g. 灵活就业人员)`,
  code: 'a 6-digit administrative division code (GB/T 2260)',
  kind: 'city (市, the default when empty) or provincial (省本级)',
  tilePair: (other: string) => `tile_row and tile_col together; ${other} is not in the header`,
  tileIndex: 'a whole number ≥ 0 (the tile map needs tile_row and tile_col for every region, or for none)',
  creditCode: 'an 18-character unified social credit code (GB 32100) with a valid check character',
  codeRequired: 'a 6-digit administrative division code (GB/T 2260), required for a city',
  reservedRegionId: 'an id other than "province", which targets.csv uses for the whole province',
  regionRef: 'a region id from regions.csv',
  regionRefOrProvince: 'a region id from regions.csv, or province',
  regionRefNotProvince:
    'a region id from regions.csv (province figures are the sum of all regions, never a row of their own)',
  unique: (line: number) => `unique in the file; already on line ${line}`,
  uniqueIgnoringCase: (line: number) => `unique in the file, ignoring letter case; already on line ${line}`,
  atMost: (column: string, value: number) => `at most ${column} (${value})`,
  monthNotAfter: (buildDate: Day) => `a month not after the build date (${buildDate})`,
  notBefore: (column: string, day: Day) => `a date not before ${column} (${day})`,
  after: (column: string, day: Day) => `a date after ${column} (${day})`,
  publicationDelay: (column: string, day: Day, earliest: Day) =>
    `a date at least 10 days after ${column} (${day}), so ${earliest} or later`,
  publicationLimit: (column: string, day: Day, latest: Day) =>
    `a date at most 3 years after ${column} (${day}), so ${latest} or earlier`,
  mobile: 'no mobile phone number (11 digits starting with 13–19): no personal data is ever published',
  idNumber: 'no resident identity number (17 digits + digit or X, or the old 15 digits): no personal data is ever published',
  missingMonth: 'no report for this month; charts show a gap',
  requiredFile: (dir: string) => `a required file; not found in ${dir}`,
  readableFile: (reason: string) => `a readable file (${reason})`,
} as const;

/** The largest count of persons: any sum of the site's counts then stays an exact whole number. */
export const MAX_COUNT = 2_000_000_000;

/** Names Windows reserves for devices, in any letter case and with any extension: never a file or folder name. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Whether an id would name a file Windows cannot hold (ids become folder names of the site). */
export function isWindowsReservedName(id: string): boolean {
  return WINDOWS_RESERVED.test(id);
}

/** A tile-map row or column: digits only, at most 3 (no map has a thousand rows). */
export function parseTileIndex(s: string): number | undefined {
  return /^[0-9]{1,3}$/.test(s) ? Number(s) : undefined;
}

/** targets.csv uses this word for the whole province, so no region may take it as its id. */
export const PROVINCE = 'province';

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
/** Above this many digits a count could lose precision as a JS number (and is no count of persons). */
const MAX_COUNT_DIGITS = 15;

/** A count of persons: digits, optionally grouped by "," in threes (`7,500,000`). */
export function parseCount(s: string): number | undefined {
  const n = s.length;
  if (n === 0) return undefined;
  // A hand-written loop: this runs for most cells of the largest files.
  let value = 0;
  let digits = 0;
  let sinceComma = -1; // digits since the last comma; -1 before the first comma
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      value = value * 10 + (c - DIGIT_0);
      digits++;
      if (sinceComma >= 0) sinceComma++;
    } else if (c === COMMA) {
      if (sinceComma === -1) {
        if (digits < 1 || digits > 3) return undefined;
      } else if (sinceComma !== 3) return undefined;
      sinceComma = 0;
    } else return undefined;
  }
  if (digits === 0 || digits > MAX_COUNT_DIGITS) return undefined;
  if (sinceComma !== -1 && sinceComma !== 3) return undefined;
  return value;
}

const YEAR_RE = /^\d{4}$/;
const PERCENT_RE = /^(\d{1,3}(?:\.\d+)?)%?$/;
const REGION_ID_RE = /^[a-z][a-z0-9-]*$/;
const CODE_RE = /^\d{6}$/;

/** `YYYY-MM` with a month 01–12. */
export function parseMonth(s: string): Month | undefined {
  return parseMonthIndex(s) >= 0 ? s : undefined;
}

/** Month index (see monthIndex) of a valid `YYYY-MM`, or -1; by hand, as it runs once per monthly row. */
export function parseMonthIndex(s: string): number {
  if (s.length !== 7 || s.charCodeAt(4) !== 45) return -1;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  return year >= 0 && month >= 1 && month <= 12 ? year * 12 + month - 1 : -1;
}

/** `YYYY-MM-DD` naming a day that exists (no 2005-02-29). By hand: employers have seven date cells a row. */
export function parseDay(s: string): Day | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return s;
}

/** The number value of s[from..to) when all are ASCII digits, else -1. */
function digits(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - DIGIT_0;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** Four digits. */
export function parseYear(s: string): number | undefined {
  return YEAR_RE.test(s) ? Number(s) : undefined;
}

/** A percent 0–100; a trailing `%` (as Excel may write it) is allowed. */
export function parsePercent(s: string): number | undefined {
  const m = PERCENT_RE.exec(s);
  if (!m) return undefined;
  const value = Number(m[1]);
  return value <= 100 ? value : undefined;
}

/** Region ids become URLs (`/cities/<id>/`), hence the slug rule. */
export function isRegionId(s: string): boolean {
  return REGION_ID_RE.test(s);
}

/** Employer ids become permanent URLs (`/employers/<id>/`): `^[A-Za-z0-9][A-Za-z0-9-]*$`. */
export function isEmployerId(s: string): boolean {
  // By hand rather than EMPLOYER_ID_RE.test: it runs on every row of the largest file.
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum && (c !== 45 || i === 0)) return false;
  }
  return true;
}

/** Six digits (GB/T 2260); whether the code exists is not checked. */
export function isDivisionCode(s: string): boolean {
  return CODE_RE.test(s);
}

const INSURANCE_BY_NAME: ReadonlyMap<string, Insurance> = new Map<string, Insurance>([
  ...INSURANCES.map((k): [string, Insurance] => [k, k]),
  ...Object.entries(INSURANCE_ALIASES),
]);

/** An insurance key or one of its Chinese names (glossary). */
export function parseInsurance(s: string): Insurance | undefined {
  return INSURANCE_BY_NAME.get(s);
}

const INSURANCE_SEPARATORS = /[;；、]/;

/** Lists already read: a file repeats the same few lists on thousands of rows. */
const INSURANCE_LISTS = new Map<string, readonly Insurance[] | null>();

/** A list such as `养老保险、失业保险`; duplicates collapse; empty pieces are ignored. Returns a fresh array. */
export function parseInsuranceList(s: string): Insurance[] | undefined {
  let list = INSURANCE_LISTS.get(s);
  if (list === undefined) {
    list = readInsuranceList(s);
    if (INSURANCE_LISTS.size < 1000) INSURANCE_LISTS.set(s, list);
  }
  return list === null ? undefined : list.slice();
}

function readInsuranceList(s: string): readonly Insurance[] | null {
  const found = new Set<Insurance>();
  for (const piece of s.split(INSURANCE_SEPARATORS)) {
    const name = piece.trim();
    if (name === '') continue;
    const insurance = INSURANCE_BY_NAME.get(name);
    if (insurance === undefined) return null;
    found.add(insurance);
  }
  if (found.size === 0) return null;
  // Keep the display order of INSURANCES, whatever order the file used.
  return INSURANCES.filter((k) => found.has(k));
}

const GROUP_BY_NAME: ReadonlyMap<string, GroupKey> = new Map<string, GroupKey>([
  ...GROUP_KEYS.map((k): [string, GroupKey] => [k, k]),
  ...GROUP_KEYS.map((k): [string, GroupKey] => [GROUP_NAMES[k], k]),
]);

/** A priority-group key or its Chinese name (glossary). */
export function parseGroup(s: string): GroupKey | undefined {
  return GROUP_BY_NAME.get(s);
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid day (proleptic Gregorian), for date arithmetic without Date objects. */
export function dayNumber(day: Day): number {
  // Howard Hinnant's days_from_civil (public domain), exact for every year 0000–9999.
  let y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day of a day number (inverse of dayNumber). */
export function dayFromNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** A valid day plus n days. */
export function addDays(day: Day, n: number): Day {
  return dayFromNumber(Math.min(dayNumber(day) + n, dayNumber(LAST_DAY)));
}

/** The last day a date cell can name. */
const LAST_DAY: Day = '9999-12-31';

/** A valid day plus n years; 29 February becomes 28 February so the result is never later than n years. */
export function addYears(day: Day, n: number): Day {
  const year = digits(day, 0, 4) + n;
  // Days stay four-digit years, so that they still compare as strings.
  if (year > 9999) return LAST_DAY;
  const month = digits(day, 5, 7);
  return `${pad(year, 4)}-${day.slice(5, 8)}${pad(Math.min(digits(day, 8, 10), daysInMonth(year, month)), 2)}`;
}

/** Month index (months since year 0) for arithmetic over `YYYY-MM`. */
export function monthIndex(month: Month): number {
  return parseMonthIndex(month);
}

/** Inverse of monthIndex. */
export function monthFromIndex(index: number): Month {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
