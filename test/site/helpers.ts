/** Models of the two-year fixture for view tests, whole or cut off at a month (a year in progress). */
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/data/load';
import { Model } from '../../src/stats/model';

/** test/fixtures/data/two-years (see test/fixtures/README.md). */
export const TWO_YEARS_DIR = fileURLToPath(new URL('../fixtures/data/two-years', import.meta.url));

const { dataset } = loadDataset(TWO_YEARS_DIR, { env: {} });

/** The fixture as a model, optionally keeping only reports up to `until` (inclusive). */
export function twoYears(until?: string): Model {
  if (!until) return new Model(dataset);
  return new Model({ ...dataset, monthly: dataset.monthly.filter((r) => r.month <= until), groups: dataset.groups.filter((g) => g.month <= until) });
}
