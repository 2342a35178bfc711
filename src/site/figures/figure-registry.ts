/**
 * Every chart and data table the site shows, by id, with the page it appears on and
 * a builder that regenerates it. The download endpoints (/data/figures/<id>.csv, .svg,
 * .metadata.json) and the embed pages (/embed/<id>/) are generated from this list, so
 * a figure is downloadable and embeddable exactly when it is registered here.
 *
 * To add the figures of a new page: write a provider `(model) => RegistryEntry[]` that
 * enumerates them the way the page does, and add it to PROVIDERS. A build test walks
 * every built page and fails when a figure on it has no CSV or embed page.
 */
import type { Insurance } from '../../data/types';
import { memo } from '../build/context';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { PROVINCE, progressYears, type Model } from '../../stats/model';
import { enrolmentFigure, newEnrolmentFigure, rateFigure, type AreaRef, type FigureSpec, type TableSpec } from './figures';
import { progressHref, regionsDownloadTable, regionsTableId } from '../progress/progress-view';
import { monthlyTables } from '../progress/region-view';
import { annualReportView, annualTableCaption } from '../reports/annual-report';
import { assessmentView } from '../reports/assessment-view';
import { assessmentTableCaption, overviewCaption } from '../reports/assessment-text';
import { groupPlan, groupPlans, groupSection, sharesCaption } from '../progress/groups-view';
import { monthlyReportView, monthlyTableCaption } from '../reports/monthly-report';
import { quarterlyReportView, quarterlyTableCaption } from '../reports/quarterly-report';
import {
  assessmentHref,
  assessmentOf,
  assessmentTableId,
  assessmentYearsOf,
  periodsOf,
  reportHref,
  reportTableId,
  type ReportSection as FullReportSection,
  type RichTable,
} from '../reports/report-common';
import { MAX_CHART_REGIONS, richTableSpec } from '../reports/report-tables';

/** What a download needs: a table, its title and notes. */
export interface RegisteredTable {
  title: string;
  table: TableSpec;
  notes: string[];
}

/** One registered figure. */
export interface RegistryEntry {
  id: string;
  /** `chart` has an SVG, an embed page and image downloads; `table` only a CSV. */
  kind: 'chart' | 'table';
  /** The title shown above it. */
  title: string;
  /** The page that shows it, with the anchor of the figure: `/cities/shenyang/#rate-shenyang-pension-2005`. */
  page: string;
  /** Regenerates the chart (kind `chart` only); null when the data no longer yields it. */
  figure?: () => FigureSpec | null;
  /** Regenerates the table exactly as the page shows it (and its raw values). */
  table: () => RegisteredTable | null;
}

type Provider = (model: Model) => RegistryEntry[];

/** The figures of the progress pages: three charts per insurance, the regions table, the monthly tables. */
const progressProvider: Provider = (model) => {
  const out: RegistryEntry[] = [];
  const areas: AreaRef[] = [{ area: PROVINCE, name: '全省' }, ...model.regions.map((r) => ({ area: r.id, name: r.name }))];
  for (const year of progressYears(model)) {
    for (const where of areas) {
      const page = progressHref(model, where.area, year);
      for (const insurance of model.insurances) {
        for (const build of [enrolmentFigure, newEnrolmentFigure, rateFigure]) {
          const f = build(model, where, insurance, year);
          if (!f) continue;
          const figure = () => build(model, where, insurance, year);
          out.push({ id: f.id, kind: 'chart', title: f.title, page: `${page}#${f.id}`, figure, table: () => chartTable(figure()) });
        }
      }
    }
    const regionsId = regionsTableId(year);
    out.push({
      id: regionsId,
      kind: 'table',
      title: regionsDownloadTable(model, year).caption,
      page: `${progressHref(model, PROVINCE, year)}#${regionsId}`,
      table: () => {
        const table = regionsDownloadTable(model, year);
        return { title: table.caption, table, notes: [] };
      },
    });
    for (const region of model.regions) {
      for (const t of monthlyTables(model, region, year)) {
        const insurance: Insurance = t.insurance;
        out.push({
          id: t.id,
          kind: 'table',
          title: monthlyTitle(region.name, insurance, year),
          page: `${progressHref(model, region.id, year)}#${t.id}`,
          table: () => {
            const found = monthlyTables(model, region, year).find((x) => x.insurance === insurance);
            if (!found) return null;
            return {
              title: monthlyTitle(region.name, insurance, year),
              table: found.table,
              notes: ['“未报送”的月份在表中各栏为空，图中留空，未作估算。'],
            };
          },
        });
      }
    }
  }
  return out;
};

/** What the registry needs of a report or assessment section. */
type ReportSection = Pick<FullReportSection, 'insurance' | 'figure' | 'table'>;

/**
 * The entries of one report or assessment page, per insurance in page order: its table
 * (id and title known without building the page) and, when the page draws one, its chart.
 * Charts are only drawn up to MAX_CHART_REGIONS regions, so the page's view is built here
 * only when it can have any; at national scale listing a report costs no view at all.
 */
function sectionEntries(
  model: Model,
  page: string,
  key: string,
  insurances: readonly Insurance[],
  build: () => { sections: ReportSection[] },
  table: { id: (i: Insurance) => string; title: (i: Insurance) => string },
  chartFirst: boolean,
): RegistryEntry[] {
  const view = () => lastBuilt(model, key, build);
  const drawn = insurances.some((i) => model.regionsReporting(i).length <= MAX_CHART_REGIONS) ? view().sections : [];
  const out: RegistryEntry[] = [];
  for (const insurance of insurances) {
    const section = () => view().sections.find((s) => s.insurance === insurance) ?? null;
    const id = table.id(insurance);
    const title = table.title(insurance);
    const t: RegistryEntry = {
      id,
      kind: 'table',
      title,
      page: `${page}#${id}`,
      table: () => {
        const s = section();
        return s && { title, table: richTableSpec(s.table), notes: s.table.notes };
      },
    };
    const f = drawn.find((s) => s.insurance === insurance)?.figure;
    const c: RegistryEntry | null = f
      ? { id: f.id, kind: 'chart', title: f.title, page: `${page}#${f.id}`, figure: () => section()?.figure ?? null, table: () => chartTable(section()?.figure ?? null) }
      : null;
    out.push(...(chartFirst ? [c, t] : [t, c]).filter((e): e is RegistryEntry => e != null));
  }
  return out;
}

/** The charts and tables of the monthly, quarterly and annual reports. */
const reportsProvider: Provider = (model) => {
  const out: RegistryEntry[] = [];
  for (const period of periodsOf(model)) {
    const page = reportHref(period);
    const key = `report:${period.slug}`;
    const id = (i: Insurance) => reportTableId(period.slug, i);
    if (period.kind === 'month') {
      out.push(...sectionEntries(model, page, key, model.insurances, () => monthlyReportView(model, period), { id, title: (i) => monthlyTableCaption(period.first, i) }, false));
    } else if (period.kind === 'quarter') {
      out.push(...sectionEntries(model, page, key, model.insurances, () => quarterlyReportView(model, period), { id, title: (i) => quarterlyTableCaption(period.year, period.quarter!, i) }, true));
    } else {
      const a = assessmentOf(model, period.year);
      out.push(...sectionEntries(model, page, key, a.insurances, () => annualReportView(model, period), { id, title: (i) => annualTableCaption(period.year, i, a.final) }, false));
    }
  }
  return out;
};

/** The charts and tables of the assessment pages: the overview of verdicts, then each insurance. */
const assessmentProvider: Provider = (model) => {
  const out: RegistryEntry[] = [];
  for (const year of assessmentYearsOf(model)) {
    const page = assessmentHref(year);
    const key = `assessment:${year}`;
    const a = assessmentOf(model, year);
    const overviewId = assessmentTableId(year);
    const title = overviewCaption(a);
    out.push({
      id: overviewId,
      kind: 'table',
      title,
      page: `${page}#${overviewId}`,
      table: () => {
        const t = lastBuilt(model, key, () => assessmentView(model, year)).overview;
        return { title, table: richTableSpec(t), notes: t.notes };
      },
    });
    out.push(
      ...sectionEntries(model, page, key, a.insurances, () => assessmentView(model, year), { id: (i) => assessmentTableId(year, i), title: (i) => assessmentTableCaption(year, i) }, false),
    );
  }
  return out;
};

/** The priority-group blocks of the progress pages: a chart and a shares table per area, insurance and year. */
const groupsProvider: Provider = (model) => {
  const out: RegistryEntry[] = [];
  if (!model.dataset.groups.length) return out;
  const areas: AreaRef[] = [{ area: PROVINCE, name: '全省' }, ...model.regions.map((r) => ({ area: r.id, name: r.name }))];
  for (const year of progressYears(model)) {
    for (const where of areas) {
      const page = progressHref(model, where.area, year);
      for (const plan of groupPlans(model, where, year)) {
        const insurance = plan.insurance;
        // Plans are cheap and rebuilt on demand rather than held: entries stay small at national scale.
        const section = () =>
          lastBuilt(model, `groups:${where.area}:${insurance}:${year}`, () => {
            const p = groupPlan(model, where, insurance, year);
            return p && groupSection(model, where, year, p);
          });
        const figure = () => section()?.figure ?? null;
        out.push({ id: plan.id, kind: 'chart', title: plan.title, page: `${page}#${plan.id}`, figure, table: () => chartTable(figure()) });
        const title = sharesCaption(model, where, plan);
        out.push({
          id: plan.sharesId,
          kind: 'table',
          title,
          page: `${page}#${plan.sharesId}`,
          table: () => {
            const s = section();
            return s && { title, table: s.shares, notes: ['各群体之间可能有交叉（例如农民工也可能在民营企业就业），占比不能相加。'] };
          },
        });
      }
    }
  }
  return out;
};

/** Providers of every figure the site shows. Other pages add theirs here. */
const PROVIDERS: Provider[] = [progressProvider, groupsProvider, reportsProvider, assessmentProvider];

const RECENT_SIZE = 4;

/**
 * The last few views built for downloads, by key. The endpoints are generated in
 * registry order, so the tables and chart of one page ask for the same view one after
 * another: it is built once per endpoint, not once per entry, and only a few are held.
 */
function lastBuilt<T>(model: Model, key: string, build: () => T): T {
  const recent = memo(model, 'figure-registry-recent', () => new Map<string, unknown>());
  if (recent.has(key)) return recent.get(key) as T;
  const value = build();
  recent.set(key, value);
  if (recent.size > RECENT_SIZE) recent.delete(recent.keys().next().value!);
  return value;
}

function monthlyTitle(name: string, insurance: Insurance, year: number): string {
  return `${name}${year}年${INSURANCE_NAMES[insurance].full}月报数据`;
}

function chartTable(f: FigureSpec | null): RegisteredTable | null {
  return f && { title: f.title, table: f.table, notes: f.notes };
}

type Registry = { entries: RegistryEntry[]; byId: Map<string, RegistryEntry> };

/**
 * Every registered figure, in page order; memoised per model (one build). Entries hold
 * builders, not built figures, so memory stays small at national scale.
 */
export function figureRegistry(model: Model): RegistryEntry[] {
  return cached(model).entries;
}

/** One registered figure by id, or undefined. */
export function registryEntry(model: Model, id: string): RegistryEntry | undefined {
  return cached(model).byId.get(id);
}

function cached(model: Model): Registry {
  return memo(model, 'figure-registry', () => register(model));
}

function register(model: Model): Registry {
  const entries = PROVIDERS.flatMap((p) => p(model));
  const byId = new Map<string, RegistryEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new Error(`figure-registry: the id "${e.id}" is registered twice (${byId.get(e.id)!.page} and ${e.page})`);
    byId.set(e.id, e);
  }
  return { entries, byId };
}
