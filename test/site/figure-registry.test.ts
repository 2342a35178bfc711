import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { Model, PROVINCE, progressYears } from '../../src/stats/model';
import { figureRegistry, registryEntry } from '../../src/site/figure-registry';
import { figureFiles } from '../../src/site/figures';
import { progressHref, progressView, regionsTableId } from '../../src/site/progress-view';
import { monthlyTables } from '../../src/site/region-view';
import { AT_2005_12_31, VALID_DIR } from '../data/helpers';

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
    expect(entries.filter((e) => e.kind === 'chart')).toHaveLength(shown);
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
