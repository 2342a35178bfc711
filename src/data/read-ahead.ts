/**
 * Where loadDataset gets the files' contents from: read on the spot, or read and decoded by a
 * worker thread one file ahead of the validation.
 *
 * Turning a large dataset's UTF-8 bytes into text (mostly employers.csv, which is mostly
 * Chinese) is a good part of loading it, and needs nothing from the validation, so a worker
 * thread reads and decodes the next file while the main thread validates this one; the text
 * arrives as a copy (structured clone). loadDataset stays synchronous: the main thread blocks on a shared counter
 * (Atomics.wait) until the worker has posted the file it needs next.
 *
 * The worker decodes only valid UTF-8 (a leading BOM removed, as decodeText does). Anything
 * else (GB18030 from Excel, UTF-16, bytes that are neither) comes back as bytes, and the main
 * thread decodes it with decodeText exactly as when reading on the spot, so both sources give
 * the same text, the same problems and the same wording. A UTF-16 byte-order mark (FF FE or
 * FE FF) is never valid UTF-8, so such files always take that path.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** A file's content as loadDataset receives it. */
export type FileContent =
  /** Valid UTF-8, decoded (BOM removed). */
  | { kind: 'text'; text: string }
  /** Not decoded here: the caller decodes it with decodeText (which also explains what is wrong). */
  | { kind: 'bytes'; bytes: Uint8Array }
  /** Not readable: the error code (ENOENT when the file is absent). */
  | { kind: 'error'; code: string };

/** Hands out the contents of a fixed list of files, in that order. */
export interface FileSource {
  take(file: string): FileContent;
  /** Frees the worker (if any); call it also when reading stops early. */
  close(): void;
}

/**
 * Below this many bytes in all, the files are read on the spot: starting a worker costs more
 * than decoding a small dataset such as the sample.
 */
export const READ_AHEAD_MIN_BYTES = 8 * 1024 * 1024;

/**
 * A source for `files` of `dir`, to be taken in that order. `readAhead` forces the choice
 * (tests); by default the worker is used when the files add up to READ_AHEAD_MIN_BYTES.
 */
export function openFiles(dir: string, files: readonly string[], readAhead?: boolean): FileSource {
  const use = readAhead ?? filesBytes(dir, files) >= READ_AHEAD_MIN_BYTES;
  return use ? new ReadAhead(dir, files) : new ReadOnTheSpot(dir);
}

/** Total size of those of `files` present in `dir` (absent or unreadable ones count 0). */
export function filesBytes(dir: string, files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(path.join(dir, file)).size;
    } catch {
      // Absent or unreadable: reported when the file is read.
    }
  }
  return total;
}

/** Reads one file on the spot, undecoded. */
export function readFileContent(dir: string, file: string): Exclude<FileContent, { kind: 'text' }> {
  try {
    const refused = refusedFile(statSync(path.join(dir, file)));
    if (refused !== undefined) return { kind: 'error', code: refused };
    return { kind: 'bytes', bytes: readFileSync(path.join(dir, file)) };
  } catch (error) {
    return { kind: 'error', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** The largest data file read: larger ones would not fit in memory as text (nor in a JavaScript string). */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

/**
 * Why a file is not read, or undefined: a named pipe or a device would block the build
 * (nothing ever ends it), a folder has no content, and a file past MAX_FILE_BYTES would
 * exhaust memory.
 */
export function refusedFile(stat: { isFile(): boolean; isDirectory(): boolean; size: number }): string | undefined {
  if (stat.isDirectory()) return 'a folder, not a file';
  if (!stat.isFile()) return 'not a regular file (a named pipe, socket or device is never read)';
  if (stat.size > MAX_FILE_BYTES) return `${(stat.size / 1048576).toFixed(0)} MB; at most ${MAX_FILE_BYTES / 1048576} MB is read`;
  return undefined;
}

class ReadOnTheSpot implements FileSource {
  constructor(private readonly dir: string) {}
  take(file: string): FileContent {
    return readFileContent(this.dir, file);
  }
  close(): void {}
}

/**
 * The worker's program (CommonJS, evaluated from this string so that it needs no separate file
 * next to whichever bundle this module ends up in). After each file it posts the content, then
 * bumps the shared counter the main thread waits on.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { dir, files, port, counter, maxBytes } = workerData;
const posted = new Int32Array(counter);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
for (const file of files) {
  let content;
  try {
    const stat = statSync(join(dir, file));
    // Anything but a regular file of a readable size is left to the main thread, which says why.
    if (!stat.isFile() || stat.size > maxBytes) throw { code: 'REFUSED' };
    const bytes = readFileSync(join(dir, file));
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      content = { kind: 'text', text: utf8.decode(bom ? bytes.subarray(3) : bytes) };
    } catch {
      content = { kind: 'bytes', bytes };
    }
  } catch (error) {
    content = { kind: 'error', code: (error && error.code) || String(error) };
  }
  port.postMessage({ file, content });
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}
port.close();
`;

/** No file of any size takes this long to read and decode; if one does, the worker is gone. */
const STALL_MS = 5 * 60 * 1000;

class ReadAhead implements FileSource {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly posted: Int32Array;

  constructor(
    private readonly dir: string,
    files: readonly string[],
  ) {
    const { port1, port2 } = new MessageChannel();
    const counter = new SharedArrayBuffer(4);
    this.port = port1;
    this.posted = new Int32Array(counter);
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { dir, files: [...files], port: port2, counter, maxBytes: MAX_FILE_BYTES },
      transferList: [port2],
    });
    // Never keeps the process alive; it ends by itself after the last file.
    this.worker.unref();
  }

  take(file: string): FileContent {
    for (;;) {
      const seen = Atomics.load(this.posted, 0);
      const received = receiveMessageOnPort(this.port);
      if (received !== undefined) {
        const { file: got, content } = received.message as { file: string; content: FileContent };
        if (got !== file) throw new Error(`read-ahead: asked for ${file}, but the next file read was ${got} (files must be taken in order)`);
        if (content.kind === 'error' && content.code === 'REFUSED') return readFileContent(this.dir, file);
        return content;
      }
      if (Atomics.wait(this.posted, 0, seen, STALL_MS) === 'timed-out') {
        throw new Error(`read-ahead: no content for ${file} after ${STALL_MS / 1000} s; the reading thread has stopped`);
      }
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
