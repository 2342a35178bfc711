/**
 * The priority-group section (扩面工作重点) of a progress page: per insurance, the
 * groups with data, their enrolment over the year (chart and table) and each group's
 * share of the insurance's enrolment.
 */
import type { GroupKey, Insurance, Month } from '../data/types';
import { GROUP_NAMES, GROUP_TERMS, INSURANCE_NAMES, MEASURE_NAMES } from '../i18n/glossary';
import { formatMonth } from '../format/date';
import { formatAxisWan, formatCount, formatPercent, formatPersons, formatSignedCount } from '../format/number';
import { lineChart } from '../charts/line-chart';
import { GroupIndex, share } from '../stats/groups';
import { PROVINCE, type Model } from '../stats/model';
import { baselineMonth } from '../stats/months';
import { figureFiles, type AreaRef, type FigureSpec, type TableSpec } from './figures';

/** One insurance's priority groups. */
export interface GroupSection {
  insurance: Insurance;
  name: string;
  anchor: string;
  figure: FigureSpec;
  /** Each group at the latest month: enrolled, share, change since the previous December. */
  shares: TableSpec;
  month: Month;
}

/** The priority-group section of a page; `present` is false when the dataset has no groups at all. */
export interface GroupsView {
  present: boolean;
  sections: GroupSection[];
  /** Names the area when it has no group data while others do. */
  empty: string | null;
}

const INDEX = new WeakMap<Model, GroupIndex>();

/** The group index of a model, built once. */
export function groupIndexOf(model: Model): GroupIndex {
  let idx = INDEX.get(model);
  if (!idx) INDEX.set(model, (idx = new GroupIndex(model.dataset.groups, model.regions)));
  return idx;
}

const cell = (n: number | null, f: (n: number) => string) => (n == null ? '—' : f(n));

function gapNotes(model: Model, idx: GroupIndex, insurance: Insurance, groups: GroupKey[], months: Month[]): string[] {
  const notes: string[] = [];
  for (const m of months) {
    const missing = new Set<string>();
    for (const g of groups) if (idx.value(PROVINCE, insurance, g, m) == null) for (const id of idx.missing(insurance, g, m)) missing.add(id);
    // A month nobody reported is simply outside the data; a partial month is a gap worth naming.
    const reported = groups.some((g) => idx.reportersOf(insurance, g).some((id) => idx.value(id, insurance, g, m) != null));
    if (missing.size && reported) {
      const names = model.regions.filter((r) => missing.has(r.id)).map((r) => r.name);
      notes.push(`${formatMonth(m)}${names.join('、')}未报送部分重点群体数据，相应的全省合计空缺，未作估算。`);
    }
  }
  return notes;
}

/** The priority groups of an area (PROVINCE or a region) for a year. */
export function groupsView(model: Model, where: AreaRef, year: number): GroupsView {
  if (!model.dataset.groups.length) return { present: false, sections: [], empty: null };
  const idx = groupIndexOf(model);
  const months = model.chartMonths(year);
  const sections: GroupSection[] = [];
  for (const insurance of model.insurances) {
    const groups = idx.groups(where.area, insurance);
    if (!groups.length) continue;
    const values = groups.map((g) => months.map((m) => idx.value(where.area, insurance, g, m)));
    let latest = -1;
    for (let i = months.length - 1; i >= 0 && latest < 0; i--) if (values.some((v) => v[i] != null)) latest = i;
    if (latest < 0) continue;
    const month = months[latest]!;
    const name = INSURANCE_NAMES[insurance].short;
    const total = model.point(where.area, insurance, month).enrolled;
    const baseIndex = months.indexOf(baselineMonth(year));
    const id = `groups-${where.area}-${insurance}-${year}`;
    const named = groups.map((g, gi) => ({ g, v: values[gi]![latest] ?? null }));
    const description =
      `${formatMonth(month)}，${where.name}${name}重点群体参保人数：` +
      named.map(({ g, v }) => `${GROUP_NAMES[g]}${v == null ? '无数据' : formatPersons(v)}`).join('，') +
      '。';
    const notes = where.area === PROVINCE ? gapNotes(model, idx, insurance, groups, months) : [];
    const figure: FigureSpec = {
      id,
      title: `${where.name}${name}重点群体参保人数（${year}年）`,
      description,
      svg: lineChart({
        id,
        title: `${where.name}${name}重点群体参保人数`,
        description,
        xDomain: months,
        series: groups.map((g, gi) => ({ key: g, label: GROUP_NAMES[g], points: months.map((m, i) => ({ x: m, y: values[gi]![i] ?? null })) })),
        yFormat: formatAxisWan,
        legend: 'top',
      }),
      table: {
        caption: `${where.name}${name}重点群体参保人数，按月（人）`,
        columns: groups.map((g) => ({ label: GROUP_NAMES[g], numeric: true })),
        // Months nobody reported groups for (groups are often reported quarterly) are left out of the table.
        rows: months
          .map((m, i) => ({ m, i }))
          .filter(({ m }) => groups.some((g) => idx.reportersOf(insurance, g).some((id) => idx.value(id, insurance, g, m) != null)))
          .map(({ m, i }) => ({ header: formatMonth(m), cells: groups.map((_, gi) => cell(values[gi]![i] ?? null, formatCount)) })),
      },
      notes,
      csv: figureFiles(id).csv,
      measures: ['enrolled'],
    };
    const shares: TableSpec = {
      caption: `${formatMonth(month)}${where.name}${name}重点群体参保人数（人）。${GROUP_TERMS.share}＝群体参保人数÷${name}参保人数（${total == null ? '无数据' : `${formatCount(total)}人`}）`,
      columns: [
        { label: MEASURE_NAMES.enrolled, numeric: true },
        { label: GROUP_TERMS.share, numeric: true },
        { label: GROUP_TERMS.changeFromBaseline, numeric: true },
      ],
      rows: named.map(({ g, v }, gi) => {
        const base = baseIndex >= 0 ? (values[gi]![baseIndex] ?? null) : null;
        return {
          header: GROUP_NAMES[g],
          cells: [cell(v, formatCount), cell(share(v, total), formatPercent), v != null && base != null ? formatSignedCount(v - base) : '—'],
        };
      }),
    };
    sections.push({ insurance, name: INSURANCE_NAMES[insurance].full, anchor: `groups-${insurance}`, figure, shares, month });
  }
  return {
    present: true,
    sections,
    empty: sections.length ? null : `${where.name}${year}年没有报送重点群体数据。`,
  };
}
