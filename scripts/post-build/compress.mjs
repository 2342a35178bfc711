/**
 * Precompressed copies of the built site for servers that send them as they are
 * (nginx `gzip_static` / `brotli_static`, Caddy `precompressed`, most CDNs): next to
 * every compressible file above ~1 KB, `<file>.gz` (gzip level 6) and `<file>.br`
 * (Brotli). The server then spends no CPU per request and a phone gets the smallest
 * file. A copy is written only when it is smaller than the file itself.
 *
 * Not precompressed: the long tail of the site, files each fetched now and then, of which a
 * large build has hundreds of thousands: the per-figure downloads (/data/figures/), the
 * embed pages (/embed/) and the entry pages of named employers (/employers/<id>/). Their
 * copies would make this the longest step of a build; deploy/nginx.conf compresses them when
 * they are sent (gzip on, as most static hosts and CDNs do anyway).
 *
 * Brotli quality 6 by default (BROTLI_QUALITY, src/settings.ts): far faster than quality 11
 * for slightly larger output, still smaller than gzip. gzip, the copy for the few clients
 * without Brotli, at level 6: faster than level 9 for slightly larger output, the level nginx
 * and most CDNs use when they compress on the fly. The figures are in BENCHMARKS.md.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';
import { settingsModule } from '../settings.mjs';

/** Extensions worth compressing (text formats); images, fonts, archives and Pagefind's own files are compressed already. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.svg', '.xml', '.txt', '.csv', '.json', '.webmanifest'];
/** Below this size a compressed copy saves less than a network packet. */
export const MIN_BYTES = 1024;
/** gzip level of the `.gz` copies (see above). */
export const GZIP_LEVEL = 6;
/** Whether the file at `rel` (relative to the site, with / separators) is of the long tail that gets no copies; see above. */
export function isLongTail(rel) {
  return rel.startsWith('data/figures/') || rel.startsWith('embed/') || /^employers\/(?!regions\/|by-date\/)[^/]+\/index\.html$/.test(rel);
}

/**
 * Writes `.gz` and `.br` next to each compressible file of `dir` of at least `minBytes`.
 *
 * The files are shared out among one worker thread per core, each reading, compressing and
 * writing with the synchronous calls: most files are pages of 5–20 KB, for which the
 * promise-based calls' round trips through libuv's thread pool cost more than compressing.
 *
 * `only` limits the work to one folder of the site and `skip` leaves folders out (paths relative
 * to the site, with / separators), so that a folder another step is still writing can be done
 * after it (scripts/post-build.mjs).
 * @param {string} dir the built site
 * @param {{ minBytes?: number, brotliQuality?: number, concurrency?: number, only?: string, skip?: string[] }} [options]
 * @returns {Promise<{ files: number, bytes: number, gzBytes: number, brBytes: number, ms: number }>}
 */
export async function compress(dir, options = {}) {
  const started = Date.now();
  const minBytes = options.minBytes ?? MIN_BYTES;
  const quality = options.brotliQuality ?? (await settingsModule()).settings().brotliQuality;
  const threads = Math.max(1, options.concurrency ?? availableParallelism());
  const inSite = (rel) => path.join(dir, ...rel.split('/')) + path.sep;
  const skip = ['data/figures', 'embed', ...(options.skip ?? [])].map(inSite);
  const root = options.only === undefined ? dir : inSite(options.only).slice(0, -1);
  const todo = [];
  for await (const file of walk(root, skip)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    if (COMPRESSIBLE.includes(path.extname(file).toLowerCase()) && !isLongTail(rel)) todo.push(file);
  }
  // Consecutive shares, so files in one folder go to one worker (new files in a folder are made
  // one at a time), of about equal bytes: the whole-dataset downloads, hundreds of MB at
  // national scale, sit together in data/ and would otherwise all fall to one worker.
  const shares = consecutiveShares(todo, todo.map((f) => statSync(f).size), threads);
  const results = await Promise.all(
    shares.map(
      (files) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { files, minBytes, quality } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`compress: a worker exited with ${code}`)));
        }),
    ),
  );
  const totals = { files: 0, bytes: 0, gzBytes: 0, brBytes: 0 };
  for (const r of results) for (const k of Object.keys(totals)) totals[k] += r[k];
  return { ...totals, ms: Date.now() - started };
}

/**
 * Cuts `files` into at most `n` consecutive runs of about equal total `sizes`.
 * @param {string[]} files
 * @param {number[]} sizes
 * @param {number} n
 * @returns {string[][]}
 */
export function consecutiveShares(files, sizes, n) {
  const total = sizes.reduce((a, b) => a + b, 0);
  const shares = [[]];
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    // Start the next share once this one holds its part of the bytes.
    if (bytes >= (total * shares.length) / n && shares.length < n) shares.push([]);
    shares[shares.length - 1].push(files[i]);
    bytes += sizes[i];
  }
  return shares;
}

/** One worker's share: compresses `files` and reports its totals. */
function compressFiles({ files, minBytes, quality }) {
  const totals = { files: 0, bytes: 0, gzBytes: 0, brBytes: 0 };
  for (const file of files) {
    if (statSync(file).size < minBytes) continue;
    const body = readFileSync(file);
    const gz = zlib.gzipSync(body, { level: GZIP_LEVEL });
    const br = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    totals.files++;
    totals.bytes += body.length;
    if (gz.length < body.length) {
      writeFileSync(`${file}.gz`, gz);
      totals.gzBytes += gz.length;
    }
    if (br.length < body.length) {
      writeFileSync(`${file}.br`, br);
      totals.brBytes += br.length;
    }
  }
  return totals;
}

if (!isMainThread && workerData?.files) parentPort.postMessage(compressFiles(workerData));

async function* walk(dir, skip) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return; // `only` a folder this site does not have
    throw error;
  }
  for (const ent of entries) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!skip.includes(p + path.sep)) yield* walk(p, skip);
    } else if (ent.isFile()) yield p;
  }
}

/** The totals of two runs, e.g. the site and then the folder done after it. */
export function addCompression(a, b) {
  return { files: a.files + b.files, bytes: a.bytes + b.bytes, gzBytes: a.gzBytes + b.gzBytes, brBytes: a.brBytes + b.brBytes, ms: a.ms + b.ms };
}

/** One line for the build log. */
export function describeCompression(r) {
  const size = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`);
  return `precompressed ${r.files} files (${size(r.bytes)} → gzip ${size(r.gzBytes)}, brotli ${size(r.brBytes)}) in ${(r.ms / 1000).toFixed(1)} s`;
}
