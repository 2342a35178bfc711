/**
 * What /revisions/, the generated section of the release note, /data/revisions.csv and the
 * revised cells of report and progress tables say about a revision: in words, with the
 * previous value.
 */
import type { GroupKey, Insurance } from '../../data/types';
import { formatDay, formatMonth } from '../../format/date';
import { formatCount, formatPercentValue } from '../../format/number';
import { GROUP_NAMES, INSURANCE_NAMES, MEASURE_NAMES } from '../../i18n/glossary';
import { PROVINCE } from '../../stats/model';
import type { FigureKey, Revision, RevisionIndex, RevisionReport } from '../../stats/revisions';
import { toCsv } from '../downloads/csv';
import type { KeptVersion, Revisions } from './previous-release';

/** The word of the revision marker on a table cell. */
export const REVISED_MARK = '修订';

/** One line of the revisions list. */
export interface RevisionRow {
  /** 沈阳市 / 全省 */
  area: string;
  /** 2005年6月 / 2005年度 */
  period: string;
  insurance: string;
  /** 参保人数 / 参保人数目标 / 灵活就业人员参保人数 */
  measure: string;
  previous: string;
  /** The new value, or 已删除 */
  current: string;
  removed: boolean;
  /** True for a whole row removed: `previous` then lists its figures in words. */
  wholeRow: boolean;
}

/** /revisions/ and the release note's section. */
export interface RevisionsView {
  previousVersion: string | null;
  previousAsOf: string | null;
  counts: RevisionReport['counts'];
  rows: RevisionRow[];
  /** Rows of months first reported in this release though due earlier: "沈阳市 2005年4月 工伤保险". */
  newlyReported: string[];
  versions: { version: string; asOf: string | null; files: { href: string; name: string }[] }[];
}

/** Words of one figure's measure, per file. */
export function measureName(r: Pick<Revision, 'table' | 'measure' | 'group'>): string {
  if (r.table === 'targets') return r.measure === 'contributionRate' ? '缴费率目标' : '参保人数目标';
  if (r.table === 'groups') return `${GROUP_NAMES[r.group as GroupKey]}参保人数`;
  return MEASURE_NAMES[r.measure];
}

/** A revised value as shown: persons with separators, a rate target as a percent. */
export function revisedValue(r: Pick<Revision, 'measure' | 'table'>, n: number | null): string {
  if (n === null) return '已删除';
  return r.table === 'targets' && r.measure === 'contributionRate' ? `${formatPercentValue(n)}` : formatCount(n);
}

function periodText(k: FigureKey): string {
  return k.table === 'targets' ? `${k.period}年度` : formatMonth(k.period);
}

function insuranceText(i: Insurance): string {
  return INSURANCE_NAMES[i].short;
}

/** The revisions of this build in words; null when there is no previous release at all. */
export function revisionsView(revisions: Revisions | undefined, regionName: (id: string) => string | undefined): RevisionsView | null {
  if (!revisions) return null;
  const area = (id: string) => (id === PROVINCE ? '全省' : (regionName(id) ?? id));
  const index = revisions.index;
  const rows: RevisionRow[] = [];
  let lastRemovedRow = '';
  for (const r of index?.report.revisions ?? []) {
    const where = { area: area(r.region), period: periodText(r), insurance: insuranceText(r.insurance) };
    if (r.rowRemoved) {
      // A removed row is one line: its figures are listed together, as the row was.
      const rowId = `${r.table}|${r.region}|${r.period}|${r.insurance}|${r.group ?? ''}`;
      const line = `${measureName(r)} ${revisedValue(r, r.previous)}`;
      if (rowId === lastRemovedRow) rows[rows.length - 1]!.previous += `；${line}`;
      else rows.push({ ...where, measure: r.table === 'groups' ? measureName(r) : '整行删除', previous: line, current: revisedValue(r, null), removed: true, wholeRow: true });
      lastRemovedRow = rowId;
      continue;
    }
    lastRemovedRow = '';
    rows.push({ ...where, measure: measureName(r), previous: revisedValue(r, r.previous), current: revisedValue(r, r.current), removed: r.current === null, wholeRow: false });
  }
  return {
    previousVersion: index?.previousVersion ?? null,
    previousAsOf: revisions.previousAsOf ? formatDay(revisions.previousAsOf) : null,
    counts: index?.report.counts ?? { changed: 0, removed: 0, newlyReported: 0 },
    rows,
    newlyReported: (index?.report.newlyReported ?? []).map(
      (k) => `${area(k.region)} ${periodText(k)} ${insuranceText(k.insurance)}${k.group ? ` ${GROUP_NAMES[k.group as GroupKey]}` : ''}`,
    ),
    versions: revisions.versions.map((v) => ({
      version: v.version,
      asOf: v.asOf ? formatDay(v.asOf) : null,
      files: versionFiles(v).map((name) => ({ name, href: `/data/versions/${v.version}/${name}` })),
    })),
  };
}

/** The files a kept version offers (gzip-compressed CSVs). */
export function versionFiles(v: KeptVersion): string[] {
  return v.from.kind === 'kept' ? v.from.files : v.from.files.map((f) => `${f}.gz`);
}

/** One sentence of counts: "与上一版本（20051130-…）相比，修订2个数字，删除1个，新报送1行。" */
export function revisionCountsText(view: RevisionsView): string {
  if (view.previousVersion === null) return '本次发布的数字与之前发布的版本相同，没有修订。';
  const { changed, removed, newlyReported } = view.counts;
  return `与上一版本 ${view.previousVersion}${view.previousAsOf ? `（数据截至${view.previousAsOf}）` : ''}相比：修改${changed}个数字，删除${removed}个数字，补报${newlyReported}行（补报不算修订）。`;
}

/** The line under a revised table cell: "沈阳市参保人数：上一版本为1,234。" */
export function revisedNote(area: string, r: Revision, previousVersion: string): string {
  return `${REVISED_MARK}：${area}${measureName(r)}${r.current === null ? '已删除' : '已修订'}，上一版本（${previousVersion}）为${revisedValue(r, r.previous)}。`;
}

/** /data/revisions.csv: one row per revised figure, then the newly reported rows. */
export function revisionsCsv(index: RevisionIndex): string {
  const header = ['kind', 'file', 'region', 'period', 'insurance', 'group', 'column', 'previous', 'current', 'previous_version'];
  const rows: (string | number | null)[][] = index.report.revisions.map((r) => [
    r.current === null ? 'removed' : 'changed',
    `${r.table}.csv`,
    r.region,
    r.period,
    r.insurance,
    r.group ?? null,
    r.column,
    r.previous,
    r.current,
    index.previousVersion,
  ]);
  for (const k of index.report.newlyReported) rows.push(['newly_reported', `${k.table}.csv`, k.region, k.period, k.insurance, k.group ?? null, null, null, null, index.previousVersion]);
  return toCsv(header, rows);
}

/** A kept version's version.json. */
export function versionMeta(v: KeptVersion, files: string[]): string {
  return `${JSON.stringify({ version: v.version, as_of: v.asOf ?? null, files }, null, 2)}\n`;
}
