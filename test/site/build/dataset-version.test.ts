/**
 * The dataset version (docs/decisions/0002): the as-of date plus 8 hex digits of SHA-256
 * over the published records. Hashed in chunks for speed, it must stay the same bytes as
 * hashing each record's JSON in turn, so that no version ever changes for the same data.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load';
import { publishedEmployers } from '../../../src/data/publication';
import type { Dataset, Employer } from '../../../src/data/types';
import { datasetVersion } from '../../../src/site/build/site';
import { VALID_DIR } from '../../data/helpers';

/** The definition, record by record, without the source positions. */
function definition(dataset: Dataset, published: Employer[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(dataset.meta));
  for (const part of [dataset.regions, dataset.targets, dataset.monthly, dataset.groups, published] as { source?: unknown }[][]) {
    for (const r of part) h.update(JSON.stringify({ ...r, source: undefined }));
    h.update('\n');
  }
  return `${(dataset.meta.asOf ?? dataset.buildDate).replaceAll('-', '')}-${h.digest('hex').slice(0, 8)}`;
}

// The valid fixture: reports, groups, and named employers both published and withheld.
const { dataset } = loadDataset(VALID_DIR, { env: {} });
const published = publishedEmployers(dataset.employers, dataset.buildDate);

describe('datasetVersion', () => {
  it('is the hash of every published record in turn, for data that fills many chunks', () => {
    // Enough records that the 64 KB chunks fill several times, and one part ends mid-chunk.
    const many: Dataset = { ...dataset, monthly: Array.from({ length: 40 }, () => dataset.monthly).flat() };
    expect(datasetVersion(many, published)).toBe(definition(many, published));
    expect(datasetVersion(dataset, published)).toBe(definition(dataset, published));
    expect(datasetVersion(dataset, published)).toMatch(/^\d{8}-[0-9a-f]{8}$/);
  });

  it('ignores where a record was read from, but not what it says', () => {
    const moved: Dataset = { ...dataset, monthly: dataset.monthly.map((r) => ({ ...r, source: { file: 'other.csv', line: r.source.line + 7 } })) };
    expect(datasetVersion(moved, published)).toBe(datasetVersion(dataset, published));
    const changed: Dataset = { ...dataset, monthly: dataset.monthly.map((r, i) => (i === 0 ? { ...r, enrolled: r.enrolled + 1 } : r)) };
    expect(datasetVersion(changed, published)).not.toBe(datasetVersion(dataset, published));
  });

  it('does not depend on withheld employers', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(dataset.employers.length);
    const onlyPublished: Dataset = { ...dataset, employers: published };
    expect(datasetVersion(onlyPublished, published)).toBe(datasetVersion(dataset, published));
    expect(datasetVersion(dataset, published.slice(1))).not.toBe(datasetVersion(dataset, published));
  });
});
