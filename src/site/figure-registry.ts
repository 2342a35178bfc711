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
import type { Insurance } from '../data/types';
import { INSURANCE_NAMES } from '../i18n/glossary';
import { PROVINCE, progressYears, type Model } from '../stats/model';
import { enrolmentFigure, newEnrolmentFigure, rateFigure, type AreaRef, type FigureSpec, type TableSpec } from './figures';
import { progressHref, regionsDownloadTable, regionsTableId } from './progress-view';
import { monthlyTables } from './region-view';

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

/** Providers of every figure the site shows. Other pages add theirs here. */
const PROVIDERS: Provider[] = [progressProvider];

function monthlyTitle(name: string, insurance: Insurance, year: number): string {
  return `${name}${year}年${INSURANCE_NAMES[insurance].full}月报数据`;
}

function chartTable(f: FigureSpec | null): RegisteredTable | null {
  return f && { title: f.title, table: f.table, notes: f.notes };
}

const CACHE = Symbol.for('kuomian.figure-registry');
type Cache = { model: Model; entries: RegistryEntry[]; byId: Map<string, RegistryEntry> };

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

function cached(model: Model): Cache {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const hit = g[CACHE];
  if (hit && hit.model === model) return hit;
  const entries = PROVIDERS.flatMap((p) => p(model));
  const byId = new Map<string, RegistryEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new Error(`figure-registry: the id "${e.id}" is registered twice (${byId.get(e.id)!.page} and ${e.page})`);
    byId.set(e.id, e);
  }
  const c = { model, entries, byId };
  g[CACHE] = c;
  return c;
}
