/**
 * employers.csv: employers named after a penalty (曝光单位). Naming is a public
 * sanction, so every due-process date is checked here; whether an entry is shown on a
 * given day is decided by publication.ts.
 */
import type { ReadContext } from './context';
import { isValidCreditCode } from './credit-code';
import type { ParsedCsv } from './csv';
import { EXPECTED, addDays, addYears, dayNumber, isEmployerId, isWindowsReservedName } from './fields';
import { toTable, columnSpecs, withDefined } from './table';
import type { Employer } from './types';

/** File name in DATA_DIR. */
export const EMPLOYERS_FILE = 'employers.csv';

/** Columns of employers.csv (data contract). */
export const EMPLOYER_COLUMNS = columnSpecs({
  id: '编号', region: '地区', name: '单位名称', credit_code: '统一社会信用代码', insurance: '未参保险种', workers: '涉及职工人数',
  violation: '违法事实', penalty: '处理处罚情况', legal_basis: '处罚依据', decision_no: '处罚决定书文号',
  decided_on: '处罚日期', authority: '处罚机关', notified_on: '告知日期', published_on: '公布日期',
  rectified_on: '整改日期', expires_on: '公布截止日期', revoked_on: '撤销日期',
}, ['credit_code', 'workers', 'legal_basis', 'rectified_on', 'expires_on', 'revoked_on']);

type Key = (typeof EMPLOYER_COLUMNS)[number]['key'];

/**
 * Ids that would take the address of a list page (/employers/by-date/, /employers/regions/).
 * Compared ignoring letter case, as ids are (a case-insensitive disk would merge them).
 */
export const RESERVED_EMPLOYER_IDS = ['by-date', 'regions'] as const;

/** The employer must have been told in writing at least this long before it is named. */
export const NOTICE_DAYS = 10;
/** The longest an entry may stay published, and the default when expires_on is empty. */
export const MAX_PUBLICATION_YEARS = 3;

/** Validates employers.csv; records stay in file order (pages choose their own order). */
export function readEmployers(parsed: ParsedCsv | undefined, ctx: ReadContext): Employer[] {
  const table = toTable(EMPLOYERS_FILE, parsed, EMPLOYER_COLUMNS, ctx);
  if (table === undefined) return [];
  const r = table.reader;
  const regionOrder = ctx.regionOrder;
  const idLines = new Map<string, number>();
  const decisionLines = new Map<string, number>();
  const employers: Employer[] = [];

  table.forEachRow((row) => {
    r.start(row);
    const id = r.raw('id');
    if (!isEmployerId(id)) r.fail('id', EXPECTED.employerId);
    else {
      // Ids become page paths; two differing only in case would collide on case-insensitive disks.
      const folded = id.toLowerCase();
      const first = idLines.get(folded);
      if ((RESERVED_EMPLOYER_IDS as readonly string[]).includes(folded)) {
        r.fail('id', EXPECTED.reservedEmployerId(RESERVED_EMPLOYER_IDS));
      } else if (isWindowsReservedName(id)) r.fail('id', EXPECTED.reservedFileName); else if (first !== undefined) r.fail('id', EXPECTED.uniqueIgnoringCase(first));
      else idLines.set(folded, row.line);
    }
    const region = r.region('region', regionOrder, false);
    const name = r.text('name');
    const creditCode = r.optionalText('credit_code');
    const creditCodeValid = creditCode !== undefined && isValidCreditCode(creditCode);
    if (creditCode !== undefined && !creditCodeValid) r.fail('credit_code', EXPECTED.creditCode);
    const insurances = r.insuranceList('insurance');
    const workers = r.count('workers', false);
    const violation = r.text('violation');
    const penalty = r.text('penalty');
    const legalBasis = r.optionalText('legal_basis');
    const decisionNo = r.text('decision_no');
    if (decisionNo !== '') {
      const first = decisionLines.get(decisionNo);
      if (first !== undefined) r.fail('decision_no', EXPECTED.unique(first));
      else decisionLines.set(decisionNo, row.line);
    }
    const decidedOn = r.day('decided_on', true);
    const authority = r.text('authority');
    const notifiedOn = r.day('notified_on', true);
    const publishedOn = r.day('published_on', true);
    const rectifiedOn = r.day('rectified_on', false);
    const expiresOnGiven = r.day('expires_on', false);
    const revokedOn = r.day('revoked_on', false);

    if (decidedOn !== undefined) {
      const decided = r.name('decided_on');
      if (notifiedOn !== undefined && notifiedOn < decidedOn) r.fail('notified_on', EXPECTED.notBefore(decided, decidedOn));
      if (rectifiedOn !== undefined && rectifiedOn < decidedOn) {
        r.fail('rectified_on', EXPECTED.notBefore(decided, decidedOn));
      }
      if (revokedOn !== undefined && revokedOn < decidedOn) r.fail('revoked_on', EXPECTED.notBefore(decided, decidedOn));
    }
    // A rectification "on" a day still to come has not happened: pages and downloads would disagree.
    if (rectifiedOn !== undefined && rectifiedOn > ctx.buildDate) r.fail('rectified_on', EXPECTED.notAfterBuildDate(ctx.buildDate));
    if (notifiedOn !== undefined && publishedOn !== undefined) {
      if (dayNumber(publishedOn) - dayNumber(notifiedOn) < NOTICE_DAYS) {
        const earliest = addDays(notifiedOn, NOTICE_DAYS);
        r.fail('published_on', EXPECTED.publicationDelay(r.name('notified_on'), notifiedOn, earliest));
      }
    }
    let expiresOn: string | undefined;
    if (publishedOn !== undefined) {
      const latest = addYears(publishedOn, MAX_PUBLICATION_YEARS);
      expiresOn = expiresOnGiven ?? latest;
      if (expiresOnGiven !== undefined) {
        if (expiresOnGiven <= publishedOn) r.fail('expires_on', EXPECTED.after(r.name('published_on'), publishedOn));
        else if (expiresOnGiven > latest) {
          r.fail('expires_on', EXPECTED.publicationLimit(r.name('published_on'), publishedOn, latest));
        }
      }
    }

    if (
      !r.ok ||
      region === undefined ||
      insurances === undefined ||
      decidedOn === undefined ||
      notifiedOn === undefined ||
      publishedOn === undefined ||
      expiresOn === undefined
    ) {
      return;
    }
    const employer: Employer = {
      id,
      region,
      name,
      insurances,
      violation,
      penalty,
      decisionNo,
      decidedOn,
      authority,
      notifiedOn,
      publishedOn,
      expiresOn,
      expiresByDefault: expiresOnGiven === undefined,
      source: { file: EMPLOYERS_FILE, line: row.line },
    };
    employers.push(withDefined(employer, { creditCode, workers, legalBasis, rectifiedOn, revokedOn }));
  });
  return employers;
}
