import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWriter } from '../../../src/site/build/file-writer';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'file-writer-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('FileWriter', () => {
  it('writes every file with its exact content, in UTF-8, by the time close resolves', async () => {
    const dir = tempDir();
    const w = new FileWriter({ batchFiles: 3 });
    for (let i = 0; i < 100; i++) await w.write(path.join(dir, `f${i}.csv`), `地区,人数\n沈阳,${i}\n`);
    await w.close();
    expect(w.files).toBe(100);
    expect(readdirSync(dir)).toHaveLength(100);
    expect(readFileSync(path.join(dir, 'f42.csv'), 'utf8')).toBe('地区,人数\n沈阳,42\n');
  });

  it('adds appended pieces to the end of a file in order, across batches, and counts the file once', async () => {
    const dir = tempDir();
    const w = new FileWriter({ batchFiles: 2 });
    const file = path.join(dir, 'big.csv');
    await w.write(file, '地区,人数\n');
    const pieces: string[] = [];
    for (let i = 0; i < 50; i++) {
      pieces.push(`沈阳,${i}\n`);
      await w.append(file, pieces[i]!);
      // Other files in between do not disturb the order.
      if (i % 10 === 0) await w.write(path.join(dir, `other${i}.txt`), String(i));
    }
    // A piece over 1 MB goes to the worker at once.
    const large = '大'.repeat(600_000);
    await w.append(file, large);
    await w.close();
    expect(readFileSync(file, 'utf8')).toBe(`地区,人数\n${pieces.join('')}${large}`);
    expect(w.files).toBe(6);
  });

  it('replaces a file written before, rather than appending to it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.csv');
    const first = new FileWriter();
    await first.write(file, 'old content\n');
    await first.close();
    const w = new FileWriter();
    await w.write(file, 'new\n');
    await w.append(file, 'more\n');
    await w.close();
    expect(readFileSync(file, 'utf8')).toBe('new\nmore\n');
  });

  it('makes a writer wait while more than the limit is queued, and still writes everything', async () => {
    const dir = tempDir();
    const w = new FileWriter({ maxQueuedBytes: 1000, batchFiles: 1 });
    const big = 'x'.repeat(600);
    let waited = 0;
    for (let i = 0; i < 20; i++) {
      let settled = false;
      const p = w.write(path.join(dir, `b${i}.txt`), big).then(() => (settled = true));
      await Promise.resolve();
      if (!settled) waited++;
      await p;
    }
    await w.close();
    expect(waited).toBeGreaterThan(0);
    expect(readdirSync(dir)).toHaveLength(20);
    expect(readFileSync(path.join(dir, 'b19.txt'), 'utf8')).toBe(big);
  });

  it('fails close with the error of a write that failed', async () => {
    const dir = tempDir();
    const w = new FileWriter();
    await w.write(path.join(dir, 'no-such-folder', 'a.csv'), 'a');
    await expect(w.close()).rejects.toThrow(/ENOENT.*no-such-folder/);
  });

  it('refuses writes after close', async () => {
    const w = new FileWriter();
    await w.close();
    await expect(w.write(path.join(tempDir(), 'late.csv'), 'x')).rejects.toThrow(/after close/);
  });
});
