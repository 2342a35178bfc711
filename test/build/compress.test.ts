/** The build leaves precompressed copies that servers can send as they are (scripts/post-build/compress.mjs). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ROOT, listFiles } from './build-site';
import { COMPRESSIBLE, MIN_BYTES, NOT_PRECOMPRESSED } from '../../scripts/post-build/compress.mjs';

const out = inject('fixtureOut');
const abs = (rel: string) => path.resolve(ROOT, out, rel);
const files = () => listFiles(abs('.'));
const excluded = (f: string) => (NOT_PRECOMPRESSED as string[]).some((folder) => f.split(path.sep).join('/').startsWith(folder));
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
    const stray = all
      .filter((f) => /\.(gz|br)$/.test(f))
      .map((f) => f.replace(/\.(gz|br)$/, ''))
      .filter((orig) => !compressible(orig) || !all.includes(orig) || statSync(abs(orig)).size < (MIN_BYTES as number));
    expect(stray).toEqual([]);
  });

  it('are not written for the per-figure downloads, which the server compresses when sent', () => {
    const figures = files().filter((f) => excluded(f));
    expect(figures.some((f) => f.endsWith('.svg') && statSync(abs(f)).size >= (MIN_BYTES as number))).toBe(true);
    expect(figures.filter((f) => /\.(gz|br)$/.test(f))).toEqual([]);
  });
});
