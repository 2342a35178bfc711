/**
 * Precompressed copies of the built site for servers that send them as they are
 * (nginx `gzip_static` / `brotli_static`, Caddy `precompressed`, most CDNs): next to
 * every compressible file above ~1 KB, `<file>.gz` (gzip level 9) and `<file>.br`
 * (Brotli). The server then spends no CPU per request and a phone gets the smallest
 * file. A copy is written only when it is smaller than the file itself.
 *
 * Not precompressed: the per-figure downloads under /data/figures/ (CSV, metadata, SVG of every
 * chart and table: 213,000 files at national scale, fetched now and then by a journalist).
 * Copies of them tripled the files of the site and made this step the longest of a national
 * build (327 s; BENCHMARKS.md); deploy/nginx.conf compresses them when they are sent.
 *
 * Brotli quality 6 by default: on this site's pages it is ~85 MB/s against ~1 MB/s for
 * quality 11, for output ~15% larger (still ~20% smaller than gzip -9), which keeps the
 * step a small part of a national-scale build. BROTLI_QUALITY (0–11) overrides it.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Extensions worth compressing (text formats); images, fonts, archives and Pagefind's own files are compressed already. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.svg', '.xml', '.txt', '.csv', '.json', '.webmanifest'];
/** Below this size a compressed copy saves less than a network packet. */
export const MIN_BYTES = 1024;
/** Folders (relative to the site, with a trailing slash) whose files get no copies; see above. */
export const NOT_PRECOMPRESSED = ['data/figures/'];

/**
 * Writes `.gz` and `.br` next to each compressible file of `dir` of at least `minBytes`.
 * @param {string} dir the built site
 * @param {{ minBytes?: number, brotliQuality?: number, concurrency?: number }} [options]
 * @returns {Promise<{ files: number, bytes: number, gzBytes: number, brBytes: number, ms: number }>}
 */
export async function compress(dir, options = {}) {
  const started = Date.now();
  const minBytes = options.minBytes ?? MIN_BYTES;
  const quality = options.brotliQuality ?? brotliQualityFromEnv();
  // zlib's async calls run on libuv's thread pool: a few in flight keep every core busy.
  const concurrency = options.concurrency ?? Math.max(2, availableParallelism() * 2);
  const todo = [];
  const skip = NOT_PRECOMPRESSED.map((folder) => path.join(dir, folder));
  for await (const file of walk(dir, skip)) {
    if (COMPRESSIBLE.includes(path.extname(file).toLowerCase())) todo.push(file);
  }
  const totals = { files: 0, bytes: 0, gzBytes: 0, brBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const file = todo[next++];
      const { size } = await stat(file);
      if (size < minBytes) continue;
      const body = await readFile(file);
      const [gz, br] = await Promise.all([
        gzip(body, { level: 9 }),
        brotli(body, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ]);
      totals.files++;
      totals.bytes += body.length;
      if (gz.length < body.length) {
        await writeFile(`${file}.gz`, gz);
        totals.gzBytes += gz.length;
      }
      if (br.length < body.length) {
        await writeFile(`${file}.br`, br);
        totals.brBytes += br.length;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ...totals, ms: Date.now() - started };
}

function brotliQualityFromEnv() {
  const raw = process.env.BROTLI_QUALITY;
  if (raw === undefined || raw === '') return 6;
  const q = Number(raw);
  if (!Number.isInteger(q) || q < 0 || q > 11) throw new Error(`BROTLI_QUALITY must be a whole number 0–11; got "${raw}"`);
  return q;
}

async function* walk(dir, skip) {
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!skip.includes(p + path.sep)) yield* walk(p, skip);
    } else if (ent.isFile()) yield p;
  }
}

/** One line for the build log. */
export function describeCompression(r) {
  const size = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`);
  return `precompressed ${r.files} files (${size(r.bytes)} → gzip ${size(r.gzBytes)}, brotli ${size(r.brBytes)}) in ${(r.ms / 1000).toFixed(1)} s`;
}
