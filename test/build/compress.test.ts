/** The build leaves precompressed copies that servers can send as they are (scripts/post-build/compress.mjs). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './build-site';
import { COMPRESSIBLE, MIN_BYTES, compress, consecutiveShares, isLongTail } from '../../scripts/post-build/compress.mjs';
import { built, SITES } from './sites';

const out = await built('fixture');
const abs = (rel: string) => path.resolve(ROOT, out, rel);
const files = () => listFiles(abs('.'));
const excluded = (f: string) => (isLongTail as (rel: string) => boolean)(f.split(path.sep).join('/'));
const compressible = (f: string) => (COMPRESSIBLE as string[]).includes(path.extname(f).toLowerCase()) && !excluded(f);

describe('precompressed copies (.gz, .br)', () => {
  it('exist next to every compressible file of 1 KB or more and hold exactly its bytes', () => {
    const big = files().filter((f) => compressible(f) && statSync(abs(f)).size >= (MIN_BYTES as number));
    expect(big.some((f) => f.endsWith('.html'))).toBe(true);
    expect(big.some((f) => f.endsWith('.css'))).toBe(true);
    const problems: string[] = [];
    for (const f of big) {
      const body = readFileSync(abs(f));
      for (const [ext, inflate] of [['.gz', gunzipSync], ['.br', brotliDecompressSync]] as const) {
        if (!existsSync(abs(f + ext))) problems.push(`${f}${ext} missing`);
        else if (!inflate(readFileSync(abs(f + ext))).equals(body)) problems.push(`${f}${ext} does not decompress to ${f}`);
        else if (statSync(abs(f + ext)).size >= body.length) problems.push(`${f}${ext} is not smaller than ${f}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are not written for small files, for formats compressed already, or for copies', () => {
    const all = files();
    // Kept versions (data/versions/) are gzip-compressed CSVs: the download itself, not a copy.
    const stray = all
      .filter((f) => /\.(gz|br)$/.test(f) && !f.startsWith(`data${path.sep}versions${path.sep}`))
      .map((f) => f.replace(/\.(gz|br)$/, ''))
      .filter((orig) => !compressible(orig) || !all.includes(orig) || statSync(abs(orig)).size < (MIN_BYTES as number));
    expect(stray).toEqual([]);
  });

  it('are not written for the long tail (figure downloads, embeds, entry pages), which the server compresses when sent', () => {
    const tail = files().filter((f) => excluded(f));
    const big = (re: RegExp) => tail.some((f) => re.test(f.split(path.sep).join('/')) && statSync(abs(f)).size >= (MIN_BYTES as number));
    expect(big(/^data\/figures\/.+\.svg$/)).toBe(true);
    expect(big(/^embed\/.+\/index\.html$/)).toBe(true);
    expect(big(/^employers\/[^/]+\/index\.html$/)).toBe(true);
    expect(tail.filter((f) => /\.(gz|br)$/.test(f))).toEqual([]);
    // The region lists, which the search finds named employers on, keep their copies.
    expect(files().some((f) => /^employers\/regions\/.+\/index\.html\.gz$/.test(f.split(path.sep).join('/')))).toBe(true);
  });

  it('are shared out among the workers in runs of consecutive files of about equal bytes', () => {
    const share = consecutiveShares as (files: string[], sizes: number[], n: number) => string[][];
    expect(share(['a', 'b', 'c', 'd'], [1, 1, 1, 1], 2)).toEqual([['a', 'b'], ['c', 'd']]);
    // Three big downloads among small pages do not all go to one worker.
    expect(share(['p1', 'p2', 'big1', 'big2', 'big3', 'p3'], [1, 1, 100, 100, 100, 1], 2)).toEqual([['p1', 'p2', 'big1', 'big2'], ['big3', 'p3']]);
    expect(share(['a'], [5], 4)).toEqual([['a']]);
  });

  it('can leave a folder out and do it afterwards, as the post-build does with the search index', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'compress-test-'));
    try {
      const page = '<p>扩面</p>'.repeat(400);
      for (const rel of ['index.html', 'pagefind/pagefind-ui.js', 'cities/a/index.html']) {
        mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
        writeFileSync(path.join(site, rel), page);
      }
      const run = compress as (dir: string, o: { skip?: string[]; only?: string; concurrency?: number }) => Promise<{ files: number }>;
      const copies = () => listFiles(site).filter((f) => f.endsWith('.gz')).map((f) => f.split(path.sep).join('/')).sort();
      expect((await run(site, { skip: ['pagefind'], concurrency: 1 })).files).toBe(2);
      expect(copies()).toEqual(['cities/a/index.html.gz', 'index.html.gz']);
      expect((await run(site, { only: 'pagefind', concurrency: 1 })).files).toBe(1);
      expect(copies()).toEqual(['cities/a/index.html.gz', 'index.html.gz', 'pagefind/pagefind-ui.js.gz']);
      // A folder the site does not have is nothing to do, not an error.
      expect((await run(site, { only: 'absent' })).files).toBe(0);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('PRECOMPRESS=no', () => {
  it('leaves the copies out (the two-year site)', async () => {
    expect(SITES.twoYears.env.PRECOMPRESS).toBe('no');
    const all = listFiles(path.join(ROOT, await built('twoYears')));
    expect(all.some((f) => f.endsWith('.html'))).toBe(true);
    expect(all.filter((f) => /\.(gz|br)$/.test(f) && !f.startsWith(`data${path.sep}versions${path.sep}`))).toEqual([]);
  });
});
