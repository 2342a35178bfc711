/** The dataset downloads written by a build (src/site/downloads/data-downloads.ts). */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFiles, recordedSize } from '../../../src/site/downloads/data-files';
import { DataDownloadWriter } from '../../../src/site/downloads/data-downloads';
import { VALID_DIR } from '../../data/helpers';
import { siteOf } from '../helpers';

/** A fresh Site of the valid fixture: sizes are recorded per Site object. */
const freshSite = () => siteOf(VALID_DIR);

const SITE_URL = 'https://kuomian.example.org/';
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'data-downloads-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir`, as site paths. */
function sitePaths(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const rel = `${under}/${name}`;
    return statSync(path.join(dir, rel)).isDirectory() ? sitePaths(dir, rel) : [rel];
  });
}

describe('DataDownloadWriter', () => {
  it('writes every download and sidecar of dataFiles, byte for byte, and nothing else', async () => {
    const out = tempDir();
    const site = freshSite();
    const w = new DataDownloadWriter(out, SITE_URL);
    const count = await w.finish(site);
    const expected = dataFiles(freshSite(), SITE_URL);
    const paths = expected.flatMap((f) => (f.metadataPath ? [f.path, f.metadataPath] : [f.path]));
    expect(sitePaths(out).sort()).toEqual([...paths].sort());
    expect(count).toBe(paths.length);
    for (const f of expected) {
      expect(readFileSync(path.join(out, f.path), 'utf8'), f.path).toBe(f.body());
      if (f.metadataPath) expect(readFileSync(path.join(out, f.metadataPath), 'utf8'), f.metadataPath).toBe(f.metadata!());
    }
    expect(paths).toContain('/data/regions/shenyang.json');
    expect(paths).toContain('/data/dataset.json');
  });

  it('records each size as it writes, so the /data/ page need not make a file again', async () => {
    const out = tempDir();
    const site = freshSite();
    const files = dataFiles(site, SITE_URL);
    expect(recordedSize(site, SITE_URL, '/data/monthly.csv')).toBeUndefined();
    const w = new DataDownloadWriter(out, SITE_URL);
    await w.writeAll(site);
    for (const f of files) expect(recordedSize(site, SITE_URL, f.path), f.path).toBeDefined();
    await w.finish(site);
    for (const f of files) expect(recordedSize(site, SITE_URL, f.path), f.path).toBe(statSync(path.join(out, f.path)).size);
  });

  it('writes once however often it is asked', async () => {
    const out = tempDir();
    const site = freshSite();
    const w = new DataDownloadWriter(out, SITE_URL);
    await Promise.all([w.writeAll(site), w.writeAll(site)]);
    await w.writeAll(site);
    expect(await w.finish(site)).toBe(dataFiles(site, SITE_URL).reduce((n, f) => n + (f.metadataPath ? 2 : 1), 0));
  });
});
