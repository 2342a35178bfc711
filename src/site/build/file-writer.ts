/**
 * Writes files from a worker thread, so that creating them overlaps with the rendering on
 * the main thread: a large build writes hundreds of thousands of downloads, and the time the
 * kernel spends creating each file is kept off the main thread.
 *
 * The writer holds at most `maxQueuedBytes` of data not yet written: `write` resolves at
 * once below that, and waits for the worker to catch up above it, so a slow disk slows the
 * build down instead of filling the memory. Any failure of the worker (a full disk, a
 * missing directory) rejects `close`, which fails the build.
 */
import { Worker } from 'node:worker_threads';

// CommonJS: an eval'd worker is not a module. Writes a batch of [path, data, append?] triples
// in order, then says how many bytes it wrote.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { appendFileSync, writeFileSync } = require('node:fs');
parentPort.on('message', (batch) => {
  let bytes = 0;
  for (let i = 0; i < batch.length; i += 3) {
    if (batch[i + 2]) appendFileSync(batch[i], batch[i + 1]);
    else writeFileSync(batch[i], batch[i + 1]);
    bytes += batch[i + 1].length;
  }
  parentPort.postMessage(bytes);
});
`;

export interface FileWriterOptions {
  /** Data posted but not yet written above which `write` waits (default 64 MB of UTF-16 code units). */
  maxQueuedBytes?: number;
  /** Files sent to the worker together (default 32). */
  batchFiles?: number;
}

export class FileWriter {
  private readonly worker: Worker;
  private readonly maxQueued: number;
  private readonly batchFiles: number;
  private batch: (string | boolean)[] = [];
  private batchBytes = 0;
  private queued = 0;
  private failure: Error | undefined;
  private waiting: (() => void)[] = [];
  private exited: Promise<void>;
  private closing = false;
  /** Files handed to the writer so far (pieces added with `append` do not count). */
  files = 0;

  constructor(options: FileWriterOptions = {}) {
    this.maxQueued = options.maxQueuedBytes ?? 64e6;
    this.batchFiles = options.batchFiles ?? 32;
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    // Idle, it must not keep a failed build's process alive; `drain` holds it while waiting.
    this.worker.unref();
    this.worker.on('message', (bytes: number) => {
      this.queued -= bytes;
      this.wake();
    });
    this.worker.on('error', (err) => {
      this.failure ??= err;
      this.wake();
    });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.exited.then(() => {
      this.failure ??= this.closing ? undefined : new Error('file writer: the worker thread stopped early');
      this.wake();
    });
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage(this.batch);
    this.queued += this.batchBytes;
    this.batch = [];
    this.batchBytes = 0;
  }

  /** Queues `data` to be written to `file` (an absolute path whose directory exists). */
  write(file: string, data: string): Promise<void> {
    this.files++;
    return this.queue(file, data, false);
  }

  /**
   * Queues `data` to be added to the end of `file`, after everything queued before it: a file
   * too large to exist as one string is written with `write` for its first piece and `append`
   * for the rest.
   */
  append(file: string, data: string): Promise<void> {
    return this.queue(file, data, true);
  }

  private async queue(file: string, data: string, append: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closing) throw new Error(`file writer: ${file} written after close`);
    this.batch.push(file, data, append);
    this.batchBytes += data.length;
    // Large pieces go at once, so that the worker starts on them while the next are made.
    if (this.batch.length >= this.batchFiles * 3 || this.batchBytes >= 1e6) this.flush();
    if (this.queued > this.maxQueued) await this.drain(this.maxQueued);
    if (this.failure) throw this.failure;
  }

  /** Waits until at most `limit` bytes are queued (or the worker failed). */
  private async drain(limit: number): Promise<void> {
    this.worker.ref();
    try {
      while (this.queued > limit && !this.failure) {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
    } finally {
      this.worker.unref();
    }
  }

  /** Writes what is left and stops the worker; rejects if any write failed. */
  async close(): Promise<void> {
    if (this.closing) return this.exited.then(() => this.check());
    this.flush();
    await this.drain(0);
    this.closing = true;
    await this.worker.terminate();
    await this.exited;
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
