/**
 * The priority-group section (扩面工作重点) of a progress page: per insurance, the
 * groups with data, their enrolment over the year (chart and table) and each group's
 * share of the insurance's enrolment.
 */
import type { GroupKey, Insurance, Month } from '../../data/types';
import { GROUP_NAMES, GROUP_TERMS, INSURANCE_NAMES, MEASURE_NAMES } from '../../i18n/glossary';
import { GROUP_LEGEND_NAMES_EN, GROUP_NAMES_EN, GROUP_TERMS_EN, INSURANCE_NAMES_EN, MEASURE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonth } from '../../format/date';
import { formatAxisWan, formatCount, formatPercent, formatPersons, formatSignedCount } from '../../format/number';
import { formatAxisEn, formatMonthEn, formatNumberEn, listEn } from '../../format/en';
import { lineChart } from '../../charts/line-chart';
import { GroupIndex, share } from '../../stats/groups';
import { PROVINCE, type Model } from '../../stats/model';
import { baselineMonth } from '../../stats/months';
import { memo } from '../build/context';
import { figureFiles, withChart, type AreaRef, type FigureSpec, type TableSpec } from '../figures/figures';

/** One insurance's priority groups. */
export interface GroupSection {
  insurance: Insurance;
  name: string;
  anchor: string;
  figure: FigureSpec;
  /** Each group at the latest month: enrolled, share, change since the previous December. */
  shares: TableSpec;
  /** Registered id of the shares table. */
  sharesId: string;
  month: Month;
}

/** The priority-group section of a page; `present` is false when the dataset has no groups at all. */
export interface GroupsView {
  present: boolean;
  sections: GroupSection[];
  /** Names the area when it has no group data while others do. */
  empty: string | null;
}

/** The group index of a model, built once per build. */
export function groupIndexOf(model: Model): GroupIndex {
  return memo(model, 'group-index', () => new GroupIndex(model.dataset.groups, model.regions));
}

const cell = (n: number | null, f: (n: number) => string) => (n == null ? '—' : f(n));

function gapNotes(model: Model, idx: GroupIndex, insurance: Insurance, groups: GroupKey[], months: Month[], lang: Lang): string[] {
  const notes: string[] = [];
  for (const m of months) {
    const missing = new Set<string>();
    for (const g of groups) if (idx.value(PROVINCE, insurance, g, m) == null) for (const id of idx.missing(insurance, g, m)) missing.add(id);
    // A month nobody reported is simply outside the data; a partial month is a gap worth naming.
    const reported = groups.some((g) => idx.reportersOf(insurance, g).some((id) => idx.value(id, insurance, g, m) != null));
    if (missing.size && reported) {
      const regions = model.regions.filter((r) => missing.has(r.id));
      notes.push(
        lang === 'en'
          ? `${formatMonthEn(m)}: ${listEn(regions.map((r) => r.nameEn || r.name))} did not report some priority-group figures, so those province totals are left blank, not estimated.`
          : `${formatMonth(m)}${regions.map((r) => r.name).join('、')}未报送部分重点群体数据，相应的全省合计空缺，未作估算。`,
      );
    }
  }
  return notes;
}

/**
 * What one insurance's priority-group block is made of, before anything is drawn: its
 * groups, their values over the year's months and the latest month with any. Cheap
 * (map lookups only), so the figure registry can list the blocks without drawing them.
 */
export interface GroupPlan {
  insurance: Insurance;
  groups: GroupKey[];
  months: Month[];
  /** values[group][month index]. */
  values: (number | null)[][];
  /** Index in `months` of the latest month with any group figure. */
  latest: number;
  /** Id of the chart and of the shares table. */
  id: string;
  sharesId: string;
  title: string;
}

/** The registered id of a block's shares table (its CSV is /data/figures/<id>.csv). */
export function groupSharesId(area: string, insurance: Insurance, year: number): string {
  return `group-shares-${area}-${insurance}-${year}`;
}

/** The plan of one insurance's block, or null when the area has no group figure for it in the year. */
export function groupPlan(model: Model, where: AreaRef, insurance: Insurance, year: number): GroupPlan | null {
  const idx = groupIndexOf(model);
  const groups = idx.groups(where.area, insurance);
  if (!groups.length) return null;
  const months = model.chartMonths(year);
  const values = groups.map((g) => months.map((m) => idx.value(where.area, insurance, g, m)));
  let latest = -1;
  for (let i = months.length - 1; i >= 0 && latest < 0; i--) if (values.some((v) => v[i] != null)) latest = i;
  if (latest < 0) return null;
  return {
    insurance,
    groups,
    months,
    values,
    latest,
    id: `groups-${where.area}-${insurance}-${year}`,
    sharesId: groupSharesId(where.area, insurance, year),
    title: `${where.name}${INSURANCE_NAMES[insurance].short}重点群体参保人数（${year}年）`,
  };
}

/** The plans of an area's blocks for a year, in insurance order (empty without groups.csv). */
export function groupPlans(model: Model, where: AreaRef, year: number): GroupPlan[] {
  if (!model.dataset.groups.length) return [];
  return model.insurances.map((i) => groupPlan(model, where, i, year)).filter((p): p is GroupPlan => p != null);
}

/** The shares table's caption: it states the month and the insurance's enrolment the shares are of. */
export function sharesCaption(model: Model, where: AreaRef, plan: GroupPlan, lang: Lang = 'zh'): string {
  const month = plan.months[plan.latest]!;
  const name = INSURANCE_NAMES[plan.insurance].short;
  const total = model.point(where.area, plan.insurance, month).enrolled;
  if (lang === 'en') {
    const ins = `${INSURANCE_NAMES_EN[plan.insurance].short.toLowerCase()} insurance`;
    return `Insured persons in priority groups, ${ins}, ${where.name}, ${formatMonthEn(month)} (people). ${GROUP_TERMS_EN.share} = the group's insured persons ÷ all insured persons in ${ins} (${total == null ? 'no data' : `${formatCount(total)} people`})`;
  }
  return `${formatMonth(month)}${where.name}${name}重点群体参保人数（人）。${GROUP_TERMS.share}＝群体参保人数÷${name}参保人数（${total == null ? '无数据' : `${formatCount(total)}人`}）`;
}

/** One insurance's block, drawn. */
export function groupSection(model: Model, where: AreaRef, year: number, plan: GroupPlan, lang: Lang = 'zh'): GroupSection {
  const idx = groupIndexOf(model);
  const { insurance, groups, months, values, latest, id } = plan;
  const en = lang === 'en';
  const groupName = en ? GROUP_NAMES_EN : GROUP_NAMES;
  const month = months[latest]!;
  const name = INSURANCE_NAMES[insurance].short;
  const ins = `${INSURANCE_NAMES_EN[insurance].short.toLowerCase()} insurance`;
  const total = model.point(where.area, insurance, month).enrolled;
  const baseIndex = months.indexOf(baselineMonth(year));
  const named = groups.map((g, gi) => ({ g, v: values[gi]![latest] ?? null }));
  const description = en
    ? `Insured persons in priority groups, ${ins}, ${where.name}, ${formatMonthEn(month)}: ` +
      named.map(({ g, v }) => `${GROUP_NAMES_EN[g].toLowerCase()} ${v == null ? 'no data' : formatNumberEn(v)}`).join('; ') +
      '.'
    : `${formatMonth(month)}，${where.name}${name}重点群体参保人数：` +
      named.map(({ g, v }) => `${GROUP_NAMES[g]}${v == null ? '无数据' : formatPersons(v)}`).join('，') +
      '。';
  const notes = where.area === PROVINCE ? gapNotes(model, idx, insurance, groups, months, lang) : [];
  const draw = (width: number, chartId: string) =>
    lineChart({
      id: chartId,
      width,
      title: en ? `Insured persons in priority groups, ${ins}, ${where.name}` : `${where.name}${name}重点群体参保人数`,
      description,
      xDomain: months,
      series: groups.map((g, gi) => ({ key: g, label: en ? (GROUP_LEGEND_NAMES_EN[g] ?? GROUP_NAMES_EN[g]) : GROUP_NAMES[g], points: months.map((m, i) => ({ x: m, y: values[gi]![i] ?? null })) })),
      yFormat: en ? formatAxisEn : formatAxisWan,
      legend: 'top',
      lang,
    });
  const figure: FigureSpec = withChart({
    id,
    title: en ? `Insured persons in priority groups, ${ins}, ${where.name}, ${year}` : plan.title,
    description,
    table: {
      caption: en ? `Insured persons in priority groups, ${ins}, ${where.name}, by month (people)` : `${where.name}${name}重点群体参保人数，按月（人）`,
      columns: groups.map((g) => ({ label: groupName[g], numeric: true, unit: 'persons' as const })),
      // Months nobody reported groups for (groups are often reported quarterly) are left out of the table.
      rows: months
        .map((m, i) => ({ m, i }))
        .filter(({ m }) => groups.some((g) => idx.reportersOf(insurance, g).some((id) => idx.value(id, insurance, g, m) != null)))
        .map(({ m, i }) => ({
          header: en ? formatMonthEn(m) : formatMonth(m),
          key: m,
          cells: groups.map((_, gi) => cell(values[gi]![i] ?? null, formatCount)),
          values: groups.map((_, gi) => values[gi]![i] ?? null),
        })),
    },
    notes,
    csv: figureFiles(id).csv,
    measures: ['enrolled'],
  }, draw);
  const terms = en ? GROUP_TERMS_EN : GROUP_TERMS;
  const shares: TableSpec = {
    caption: sharesCaption(model, where, plan, lang),
    rowHeader: en ? 'Priority group' : '重点群体',
    rowKeyLabel: en ? 'Group key' : '群体标识',
    columns: [
      { label: (en ? MEASURE_NAMES_EN : MEASURE_NAMES).enrolled, numeric: true, unit: 'persons' },
      { label: terms.share, numeric: true, unit: 'percent' },
      { label: terms.changeFromBaseline, numeric: true, unit: 'persons' },
    ],
    rows: named.map(({ g, v }, gi) => {
      const base = baseIndex >= 0 ? (values[gi]![baseIndex] ?? null) : null;
      const ratio = share(v, total);
      const change = v != null && base != null ? v - base : null;
      return {
        header: groupName[g],
        key: g,
        cells: [cell(v, formatCount), cell(ratio, formatPercent), change != null ? formatSignedCount(change) : '—'],
        values: [v, ratio, change],
      };
    }),
  };
  return { insurance, name: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].full, anchor: `groups-${insurance}`, figure, shares, sharesId: plan.sharesId, month };
}

/** The priority groups of an area (PROVINCE or a region) for a year. */
export function groupsView(model: Model, where: AreaRef, year: number, lang: Lang = 'zh'): GroupsView {
  if (!model.dataset.groups.length) return { present: false, sections: [], empty: null };
  const sections = groupPlans(model, where, year).map((plan) => groupSection(model, where, year, plan, lang));
  return {
    present: true,
    sections,
    empty: sections.length ? null : lang === 'en' ? `${where.name} reported no priority-group figures for ${year}.` : `${where.name}${year}年没有报送重点群体数据。`,
  };
}
