/** The whole dataset, and each region, as one JSON object (published employers only). */
import type { Dataset, Employer, Region } from '../../data/types';
import type { Model } from '../../stats/model';
import { memo } from '../build/context';
import { provinceRows, regionRows } from './aggregates';
import { DATASET_FILES, PROVINCE_FILE, RecordList, fileRecords, regionFile } from './files';
import type { DownloadMeta } from './metadata';

/** The whole dataset as one JSON object (published employers only — pass `getSite().employers`). */
export function datasetJson(dataset: Dataset, published: readonly Employer[], model: Model, meta: DownloadMeta): unknown {
  return {
    meta,
    regions: new RecordList(DATASET_FILES.regions, dataset.regions),
    targets: new RecordList(DATASET_FILES.targets, dataset.targets),
    monthly: new RecordList(DATASET_FILES.monthly, dataset.monthly),
    groups: new RecordList(DATASET_FILES.groups, dataset.groups),
    employers: new RecordList(DATASET_FILES.employers, published),
    province: new RecordList(PROVINCE_FILE, provinceRows(model)),
  };
}

/** One region as a JSON object: its row, targets, months, groups and published employers. */
export function regionJson(dataset: Dataset, published: readonly Employer[], model: Model, region: Region, meta: DownloadMeta): unknown {
  return {
    meta,
    region: fileRecords(DATASET_FILES.regions, [region])[0],
    targets: fileRecords(DATASET_FILES.targets, byRegion(dataset.targets, region.id)),
    monthly: fileRecords(regionFile(region), regionRows(model, region)),
    groups: fileRecords(DATASET_FILES.groups, byRegion(dataset.groups, region.id)),
    employers: fileRecords(DATASET_FILES.employers, byRegion(published, region.id)),
  };
}

/**
 * The records of one region, in their order, from a grouping made once per list rather than
 * a filter of the whole list for each region.
 */
function byRegion<T extends { region: string }>(records: readonly T[], region: string): T[] {
  const groups = memo(records, 'by-region', () => {
    const byRegion = new Map<string, T[]>();
    for (const r of records) {
      const list = byRegion.get(r.region);
      if (list) list.push(r);
      else byRegion.set(r.region, [r]);
    }
    return byRegion;
  });
  return groups.get(region) ?? [];
}
