import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/problems';
import { datasetVersion } from '../../../src/site/build/site';
import { findRevisions } from '../../../src/site/revisions/previous-release';
import { AT_2005_12_31, caught, dataFolder, load } from '../../data/helpers';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const env = { SOURCE_DATE_EPOCH: AT_2005_12_31.env!.SOURCE_DATE_EPOCH };
const monthly = (enrolled: number) => ({ 'monthly.csv': `month,region,insurance,enrolled\n2005-01,shenyang,pension,${enrolled}\n` });
const current = load(monthly(100)).dataset;
const settings = (previousDataDir: string | null | undefined, keepVersions = 24) => ({ previousDataDir, outDir: dataFolder(), keepVersions });

describe('findRevisions(current, version, settings, env, versionOf)', () => {
  it('compares with PREVIOUS_DATA_DIR and keeps that release’s figures as a version', () => {
    const dir = dataFolder(monthly(90));
    const r = findRevisions(current, 'current-version', settings(dir), env, datasetVersion)!;
    expect(r.index!.report.revisions).toMatchObject([{ region: 'shenyang', period: '2005-01', measure: 'enrolled', previous: 90, current: 100 }]);
    const previousVersion = datasetVersion(load(monthly(90)).dataset, []);
    expect(r.index!.previousVersion).toBe(previousVersion);
    expect(r.versions.map((v) => [v.version, v.from.kind, v.from.files])).toEqual([[previousVersion, 'data', ['regions.csv', 'targets.csv', 'monthly.csv']]]);
  });

  it('lists a kept version’s files in the order the build that kept it listed them', () => {
    const site = dataFolder();
    const kept = path.join(site, 'data', 'versions', '20051130-0000000a');
    mkdirSync(kept, { recursive: true });
    for (const f of ['groups', 'monthly', 'regions', 'targets']) writeFileSync(path.join(kept, `${f}.csv.gz`), gzipSync(readFileSync(path.join(ROOT, 'test/fixtures/data/valid', `${f}.csv`))));
    writeFileSync(path.join(kept, 'version.json'), '{"version":"20051130-0000000a","as_of":"2005-11-30"}');
    const r = findRevisions(current, 'v', { previousDataDir: undefined, outDir: site, keepVersions: 24 }, env, datasetVersion)!;
    expect(r.versions.map((v) => v.from.files)).toEqual([['regions.csv.gz', 'targets.csv.gz', 'monthly.csv.gz', 'groups.csv.gz']]);
  });

  it('keeps no versions with KEEP_VERSIONS=0, and still compares', () => {
    const r = findRevisions(current, 'current-version', settings(dataFolder(monthly(90)), 0), env, datasetVersion)!;
    expect(r.versions).toEqual([]);
    expect(r.index!.report.counts.changed).toBe(1);
  });

  it('finds no revision in a release with the same figures', () => {
    expect(findRevisions(current, 'current-version', settings(dataFolder(monthly(100))), env, datasetVersion)).toBeNull();
  });

  it('compares with nothing when PREVIOUS_DATA_DIR=none, or when the output folder has no site yet', () => {
    expect(findRevisions(current, 'v', settings(null), env, datasetVersion)).toBeNull();
    expect(findRevisions(current, 'v', settings(undefined), env, datasetVersion)).toBeNull();
  });

  it('stops the build when the previous release does not load, naming its folder', () => {
    const bad = dataFolder({ 'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shenyang,pension,750万\n' });
    const problems = caught(() => findRevisions(current, 'v', settings(bad), env, datasetVersion)).problems.map(formatProblem);
    expect(problems[0]).toBe(
      `PREVIOUS_DATA_DIR:0: "${bad}" — the previous release's data (${bad}) to be valid build input; fix or move it, or set PREVIOUS_DATA_DIR=none to build without comparing`,
    );
    expect(problems[1]).toBe(`${bad}/monthly.csv:2: enrolled: "750万" — a whole number of persons (digits, optionally with "," thousands separators)`);
  });
});
