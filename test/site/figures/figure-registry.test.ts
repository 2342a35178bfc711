import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load';
import { Model, PROVINCE, progressYears } from '../../../src/stats/model';
import { figureRegistry, registryEntry } from '../../../src/site/figures/figure-registry';
import { figureFiles } from '../../../src/site/figures/figures';
import { progressHref, progressView, regionsTableId } from '../../../src/site/progress/progress-view';
import { monthlyTables } from '../../../src/site/progress/region-view';
import { AT_2005_12_31, VALID_DIR } from '../../data/helpers';
import { annualReportView } from '../../../src/site/reports/annual-report';
import { assessmentView } from '../../../src/site/reports/assessment-view';
import { groupsView } from '../../../src/site/progress/groups-view';
import { monthlyReportView } from '../../../src/site/reports/monthly-report';
import { quarterlyReportView } from '../../../src/site/reports/quarterly-report';
import { assessmentHref, assessmentYearsOf, periodsOf, reportHref, type RichTable } from '../../../src/site/reports/report-common';
import { MAX_CHART_REGIONS, richTableSpec } from '../../../src/site/reports/report-tables';
import { formatCount } from '../../../src/format/number';
import type { FigureSpec } from '../../../src/site/figures/figures';
import type { Dataset } from '../../../src/data/types';
import { twoYears } from '../helpers';

const model = new Model(loadDataset(VALID_DIR, AT_2005_12_31).dataset);
const entries = figureRegistry(model);

describe('figureRegistry(model)', () => {
  it('registers every chart the progress pages show, on the page that shows it', () => {
    const areas = [{ area: PROVINCE, name: '全省' }, ...model.regions.map((r) => ({ area: r.id, name: r.name }))];
    let shown = 0;
    for (const year of progressYears(model)) {
      for (const where of areas) {
        for (const s of progressView(model, where, year).sections) {
          for (const f of s.figures) {
            shown++;
            const e = registryEntry(model, f.id);
            expect(e, f.id).toBeDefined();
            expect(e!.kind).toBe('chart');
            expect(e!.page).toBe(`${progressHref(model, where.area, year)}#${f.id}`);
            expect(e!.figure!()!.svg).toBe(f.svg);
            expect(f.csv).toBe(figureFiles(f.id).csv);
          }
        }
      }
    }
    expect(entries.filter((e) => e.kind === 'chart' && /^(enrolled|new|rate)-/.test(e.id))).toHaveLength(shown);
  });

  it('registers the regions table and every monthly table', () => {
    for (const year of progressYears(model)) {
      expect(registryEntry(model, regionsTableId(year))?.table()?.table.rows).toHaveLength(model.regions.length);
      for (const region of model.regions) {
        for (const t of monthlyTables(model, region, year)) expect(registryEntry(model, t.id)?.table()?.table).toEqual(t.table);
      }
    }
  });

  it('gives every entry a unique id that is safe in a URL and a file name', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_-]*$/);
  });

  it('has raw values behind every numeric cell, so CSVs carry numbers, not formatted text', () => {
    for (const e of entries) {
      const t = e.table()!.table;
      for (const r of t.rows) {
        expect(r.values, `${e.id} ${r.header}`).toHaveLength(t.columns.length);
        expect(r.key, `${e.id} ${r.header}`).toBeTruthy();
      }
    }
  });
});

/** What one page shows: its charts and its downloadable tables (id, caption, table). */
interface Shown {
  page: string;
  figures: FigureSpec[];
  tables: { id: string; table: RichTable }[];
}

/** Every report and assessment page of a model, as the pages build them. */
function reportPages(m: Model): Shown[] {
  const pages: Shown[] = [];
  for (const p of periodsOf(m)) {
    const view = p.kind === 'month' ? monthlyReportView(m, p) : p.kind === 'quarter' ? quarterlyReportView(m, p) : annualReportView(m, p);
    pages.push({
      page: reportHref(p),
      figures: view.sections.flatMap((s) => (s.figure ? [s.figure] : [])),
      tables: view.sections.map((s) => ({ id: s.tableId, table: s.table })),
    });
  }
  for (const year of assessmentYearsOf(m)) {
    const view = assessmentView(m, year);
    pages.push({
      page: assessmentHref(year),
      figures: view.sections.flatMap((s) => (s.figure ? [s.figure] : [])),
      tables: [{ id: view.overviewId, table: view.overview }, ...view.sections.map((s) => ({ id: s.tableId, table: s.table }))],
    });
  }
  return pages;
}

describe('figureRegistry(model): reports, assessment and priority groups', () => {
  const two = twoYears();
  const all = figureRegistry(two);
  const pages = reportPages(two);

  it('registers every chart of every report and assessment page, on the page that shows it', () => {
    let shown = 0;
    for (const { page, figures } of pages) {
      for (const f of figures) {
        shown++;
        const e = registryEntry(two, f.id);
        expect(e, f.id).toMatchObject({ kind: 'chart', title: f.title, page: `${page}#${f.id}` });
        expect(e!.figure!()!.svg).toBe(f.svg);
        expect(e!.table()!.table).toEqual(f.table);
        expect(f.measures.length, f.id).toBeGreaterThan(0);
      }
    }
    expect(shown).toBeGreaterThan(30);
    expect(all.filter((e) => e.kind === 'chart' && /^(change|pace|yoy|completion)-/.test(e.id))).toHaveLength(shown);
  });

  it('registers every report and assessment table, downloaded as the page shows it, with its caption as title', () => {
    let shown = 0;
    for (const { page, tables } of pages) {
      for (const { id, table } of tables) {
        shown++;
        const e = registryEntry(two, id);
        expect(e, id).toMatchObject({ kind: 'table', title: table.caption, page: `${page}#${id}` });
        expect(e!.table()).toEqual({ title: table.caption, table: richTableSpec(table), notes: table.notes });
      }
    }
    expect(all.filter((e) => e.kind === 'table' && /^(report|assessment)-/.test(e.id))).toHaveLength(shown);
  });

  it('puts a raw value behind every number a report table shows', () => {
    for (const e of all.filter((x) => /^(report|assessment)-/.test(x.id))) {
      const t = e.table()!.table;
      expect(t.rows.at(-1)!.key, e.id).toBe(PROVINCE);
      t.columns.forEach((c, i) => {
        for (const r of t.rows) {
          const text = r.cells[i]!;
          if (!c.unit || !/^[+−-]?\d/.test(text)) continue;
          const v = r.values![i];
          expect(v, `${e.id} ${r.header} ${c.label}`).not.toBeNull();
          const shownAs = c.unit === 'persons' ? formatCount(v!) : (Math.round(v! * 1000) / 10).toFixed(1);
          expect(text.replace('−', '-').replace('+', ''), `${e.id} ${r.header} ${c.label}`).toContain(shownAs.replace('−', '-'));
        }
      });
    }
  });

  it('registers the priority-group chart and shares table of every progress page', () => {
    let shown = 0;
    for (const year of progressYears(two)) {
      for (const where of [{ area: PROVINCE, name: '全省' }, ...two.regions.map((r) => ({ area: r.id, name: r.name }))]) {
        const page = progressHref(two, where.area, year);
        for (const s of groupsView(two, where, year).sections) {
          shown++;
          expect(registryEntry(two, s.figure.id)).toMatchObject({ kind: 'chart', title: s.figure.title, page: `${page}#${s.figure.id}` });
          expect(registryEntry(two, s.figure.id)!.figure!()!.svg).toBe(s.figure.svg);
          const t = registryEntry(two, s.sharesId);
          expect(t).toMatchObject({ kind: 'table', title: s.shares.caption, page: `${page}#${s.sharesId}` });
          expect(t!.table()!.table).toEqual(s.shares);
        }
      }
    }
    expect(shown).toBeGreaterThan(2);
    expect(all.filter((e) => e.id.startsWith('groups-') || e.id.startsWith('group-shares-'))).toHaveLength(2 * shown);
  });

  it('gives every entry of a multi-year dataset a unique id', () => {
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the tables but no charts of report pages with more regions than a chart shows', () => {
    const many = manyRegions(two.dataset, MAX_CHART_REGIONS + 1);
    const big = figureRegistry(many);
    expect(big.filter((e) => /^(change|pace|yoy|completion)-/.test(e.id))).toEqual([]);
    const e = registryEntry(many, 'report-2006-q2-pension')!;
    expect(e.title).toBe('2006年第二季度各地区养老保险扩面进度（人）');
    expect(e.table()!.table.rows).toHaveLength(MAX_CHART_REGIONS + 1 + 1);
    expect(registryEntry(many, 'assessment-2006')!.table()!.table.rows.at(-1)!.header).toBe('全省');
  });
});

/** The dataset with its first region copied until there are `n` regions (each with the same reports and targets). */
function manyRegions(d: Dataset, n: number): Model {
  const first = d.regions[0]!;
  const extra = Array.from({ length: n - d.regions.length }, (_, i) => ({ ...first, id: `copy${i}`, name: `复制${i}市`, code: undefined }));
  const copy = <T extends { region: string }>(rows: readonly T[]) => rows.flatMap((r) => (r.region === first.id ? [r, ...extra.map((x) => ({ ...r, region: x.id }))] : [r]));
  return new Model({ ...d, regions: [...d.regions, ...extra], monthly: copy(d.monthly), targets: copy(d.targets), groups: copy(d.groups) });
}
