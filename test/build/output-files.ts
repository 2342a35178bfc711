/**
 * Every file of a built site as the bytes a reader (or a search engine, or the search
 * box) would get: gzip-compressed files (`*.gz`, and Pagefind's `pagefind/**` index,
 * fragment and meta files, which are gzip inside) and Brotli copies (`*.br`) are
 * decompressed, so a search for a string finds it whatever the post-build steps did.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { listFiles } from './build-site';

/** One file of the output: its path relative to the output folder and its readable bytes. */
export interface OutputFile {
  path: string;
  bytes: Buffer;
}

/** Every file below `dir` (an absolute path), decompressed where compressed. */
export function outputFiles(dir: string): OutputFile[] {
  return listFiles(dir).map((rel) => ({ path: rel, bytes: readable(rel, readFileSync(path.join(dir, rel))) }));
}

/** The files (by path) whose readable bytes contain `needle` as UTF-8. */
export function filesContaining(files: readonly OutputFile[], needle: string): string[] {
  const n = Buffer.from(needle, 'utf8');
  return files.filter((f) => f.bytes.includes(n)).map((f) => f.path);
}

function readable(rel: string, bytes: Buffer): Buffer {
  // Compressed by name or by content: Pagefind's files carry no .gz suffix but the gzip magic bytes.
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return readable(rel.replace(/\.gz$/, ''), gunzipSync(bytes));
  if (rel.endsWith('.br')) return readable(rel.slice(0, -3), brotliDecompressSync(bytes));
  return bytes;
}
