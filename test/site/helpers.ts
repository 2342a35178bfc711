/** Models of the two-year fixture for view tests, whole or cut off at a month (a year in progress). */
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/data/load';
import { publishedEmployers } from '../../src/data/publication';
import { datasetVersion, type Site } from '../../src/site/build/site';
import { Model } from '../../src/stats/model';
import { AT_2005_12_31 } from '../data/helpers';

/** test/fixtures/data/two-years (see test/fixtures/README.md). */
export const TWO_YEARS_DIR = fileURLToPath(new URL('../fixtures/data/two-years', import.meta.url));

const { dataset } = loadDataset(TWO_YEARS_DIR, { env: {} });

/** The fixture as a model, optionally keeping only reports up to `until` (inclusive). */
export function twoYears(until?: string): Model {
  if (!until) return new Model(dataset);
  return new Model({ ...dataset, monthly: dataset.monthly.filter((r) => r.month <= until), groups: dataset.groups.filter((g) => g.month <= until) });
}

/** A fresh Site of a fixture folder as of 2005-12-31, as getSite() makes it (without the environment or cache). */
export function siteOf(dir: string): Site {
  const { dataset, warnings } = loadDataset(dir, AT_2005_12_31);
  const employers = publishedEmployers(dataset.employers, dataset.buildDate);
  return {
    dataset,
    model: new Model(dataset),
    employers,
    withheld: [],
    warnings,
    version: datasetVersion(dataset, employers),
    dataDir: dir,
    timings: { bytes: 0, loadSeconds: 0, loadCpuSeconds: 0, modelSeconds: 0 },
  };
}
