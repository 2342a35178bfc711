/**
 * The files of revisions, written by the build into the site after the pages (the data
 * integration, astro:build:done): /data/revisions.csv and each kept earlier release under
 * /data/versions/<version>/ (its CSVs gzip-compressed, and version.json).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Site } from '../build/site';
import { VERSION_META, VERSIONS_FOLDER } from './previous-release';
import { revisionsCsv, versionFiles, versionMeta } from './revisions-view';

/** Site path of the list of revisions. */
export const REVISIONS_CSV = '/data/revisions.csv';

/** Writes the revision files of `site` into the built site `outDir`; returns how many files. */
export function writeRevisionFiles(outDir: string, site: Site): number {
  const revisions = site.revisions;
  if (!revisions) return 0;
  let files = 0;
  const dataDir = path.join(outDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  if (revisions.index) {
    writeFileSync(path.join(outDir, ...REVISIONS_CSV.split('/')), revisionsCsv(revisions.index));
    files++;
  }
  for (const v of revisions.versions) {
    const folder = path.join(dataDir, VERSIONS_FOLDER, v.version);
    mkdirSync(folder, { recursive: true });
    const names = versionFiles(v);
    v.from.files.forEach((f, i) => {
      const from = path.join(v.from.dir, f);
      const to = path.join(folder, names[i]!);
      // gzip's header has no name and a zero time here, so the same data gives the same bytes.
      if (v.from.kind === 'kept') copyFileSync(from, to);
      else writeFileSync(to, gzipSync(readFileSync(from), { level: 9 }));
      files++;
    });
    writeFileSync(path.join(folder, VERSION_META), versionMeta(v, names));
    files++;
  }
  return files;
}
