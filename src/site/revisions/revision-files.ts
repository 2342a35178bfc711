/**
 * The files of revisions, written by the build into the site after the pages (the data
 * integration, astro:build:done): /data/revisions.csv and each kept earlier release under
 * /data/versions/<version>/ (its CSVs gzip-compressed, and version.json).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildContext, memo } from '../build/context';
import { jsonFile } from '../downloads/json';
import { formatCount } from '../../format/number';
import { downloadMeta } from '../downloads/metadata';
import { citationSource } from '../shell/about';
import type { Site } from '../build/site';
import { VERSION_META, VERSIONS_FOLDER } from './previous-release';
import { revisionsCsv, versionFiles, versionMeta } from './revisions-view';

/** Site path of the list of revisions. */
export const REVISIONS_CSV = '/data/revisions.csv';

/** /data/revisions.csv as the build writes it and the /data/ page lists it. */
export interface RevisionsDownload {
  path: string;
  title: string;
  description: string;
  /** Title and description in English, for /en/data/. */
  en: { title: string; description: string };
  body: string;
  /** Size in bytes (UTF-8). */
  bytes: number;
}

/** The list of revisions of this build; null when there was no earlier release to compare with. */
export function revisionsDownload(site: Site): RevisionsDownload | null {
  const index = site.revisions?.index;
  if (!index) return null;
  return memo(site, 'revisions-csv', () => {
    const body = revisionsCsv(index);
    return {
      path: REVISIONS_CSV,
      title: '修订清单',
      description: `与上一版本 ${index.previousVersion} 相比修改或删除的每个数字（文件、地区、月份或年度、险种、列、原值、新值）和补报的月份：修改${index.report.counts.changed}个，删除${index.report.counts.removed}个，补报${index.report.counts.newlyReported}行。`,
      en: {
        title: 'List of revisions',
        description: `Every figure changed or removed since the previous version ${index.previousVersion} (file, region, month or year, insurance, column, old value, new value) and every month reported late: ${countEn(index.report.counts.changed, 'figure')} changed, ${countEn(index.report.counts.removed, 'figure')} removed, ${countEn(index.report.counts.newlyReported, 'row')} reported late.`,
      },
      body,
      bytes: Buffer.byteLength(body, 'utf8'),
    };
  });
}

/** "1 figure", "5 figures". */
function countEn(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Writes the revision files of `site` into the built site `outDir`; returns how many files. */
export function writeRevisionFiles(outDir: string, site: Site): number {
  const revisions = site.revisions;
  if (!revisions) return 0;
  let files = 0;
  const dataDir = path.join(outDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const list = revisionsDownload(site);
  if (list) {
    writeFileSync(path.join(outDir, ...list.path.split('/')), list.body);
    // The sidecar every CSV of /data/ has: what it is, its version and how to cite it.
    const meta = downloadMeta(
      { dataset: site.dataset, version: site.version, src: citationSource(site), siteUrl: buildContext().settings.siteUrl },
      { title: list.title, description: list.description, path: list.path, page: '/revisions/', csv: true },
    );
    writeFileSync(path.join(outDir, ...list.path.replace(/\.csv$/, '.metadata.json').split('/')), jsonFile(meta));
    files += 2;
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
