/**
 * The dataset downloads of a build (/data/*.csv|json, /data/regions/*, with the CSVs'
 * .metadata.json sidecars: every file of dataFiles), written into the built site by a
 * FileWriter, as the figure downloads are (figure-downloads.ts).
 *
 * The integration has them written before the pages render (astro:build:setup): each file
 * is made once, its size recorded as it is made (data-files.ts) for the /data/ page, which
 * states every size, and written by the writer thread while Vite and Astro go on. The
 * routes under src/pages/data/ serve the same files on the dev server.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataFiles } from './data-files';
import { FileWriter } from '../build/file-writer';
import type { Site } from '../build/site';

export class DataDownloadWriter {
  private readonly writer = new FileWriter();
  private written: Promise<void> | undefined;
  private readonly folders = new Set<string>();

  /** `siteUrl`: the absolute URL of the site root, as the pages pass it to dataFiles. */
  constructor(
    private readonly outDir: string,
    private readonly siteUrl: string,
  ) {}

  /** Writes every dataset download, once: a second call waits for the first. */
  writeAll(site: Site): Promise<void> {
    this.written ??= this.run(site);
    return this.written;
  }

  /** Writes what is not written yet and waits for every file; returns how many files. */
  async finish(site: Site): Promise<number> {
    await this.writeAll(site);
    await this.writer.close();
    return this.writer.files;
  }

  private async run(site: Site): Promise<void> {
    for (const f of dataFiles(site, this.siteUrl)) {
      const file = this.target(f.path);
      // The pieces of a whole-dataset file (up to 100 MB) are written as they are made.
      let first = true;
      for (const chunk of f.chunks()) {
        await (first ? this.writer.write(file, chunk) : this.writer.append(file, chunk));
        first = false;
      }
      if (first) await this.writer.write(file, '');
      if (f.metadataPath && f.metadata) await this.writer.write(this.target(f.metadataPath), f.metadata());
    }
  }

  /** The file in the built site for a site path, its folder made (on first use: Astro empties the output folder after astro:build:start). */
  private target(sitePath: string): string {
    const file = path.join(this.outDir, ...sitePath.split('/'));
    if (!file.startsWith(this.outDir + path.sep)) throw new Error(`data downloads: ${sitePath} is outside the site`);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return file;
  }
}
