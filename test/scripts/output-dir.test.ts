/**
 * The output folder rules and the swap of scripts/build.mjs (decision 0001): which OUT_DIR
 * the build refuses, and that stopping the build at any step of the swap never loses the
 * site for good — the next build start puts the previous site back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAMP, cleanStale, madeByBuild, recoverSwaps, resolveOutDir, swapIn } from '../../scripts/output-dir.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Why resolveOutDir refused, or undefined when it did not. */
const refused = (outDir: string, root: string): string | undefined => {
  const r = resolveOutDir(outDir, root);
  return 'refused' in r ? r.refused : undefined;
};

/** A fake project with a few of the repository's folders. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'outdir-'));
  temps.push(root);
  for (const d of ['.git', 'docs', 'src', '.build']) mkdirSync(path.join(root, d));
  writeFileSync(path.join(root, 'docs/README.md'), 'docs');
  return root;
}

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
  writeFileSync(path.join(dir, STAMP), '');
}

describe('resolveOutDir(outDir, root)', () => {
  it("refuses the repository's own folders and anything inside them", () => {
    const root = project();
    for (const rel of ['.git', 'docs', 'src', '.build', 'docs/site', 'node_modules/x']) {
      expect(refused(path.join(root, rel), root), rel).toMatch(/the project's own folder/);
    }
  });

  it("takes the benchmark's git-ignored scratch folder bench/out/, and nothing else of bench/", () => {
    const root = project();
    expect(resolveOutDir(path.join(root, 'bench/out/site-smoke'), root)).toEqual({ dir: path.join(root, 'bench/out/site-smoke') });
    for (const rel of ['bench', 'bench/out', 'bench/outside']) expect(refused(path.join(root, rel), root), rel).toMatch(/the project's own folder bench/);
  });

  it('refuses an existing folder the build did not make, and takes one it made, an empty one or a new one', () => {
    const root = project();
    mkdirSync(path.join(root, 'mine'));
    writeFileSync(path.join(root, 'mine/notes.txt'), 'precious');
    expect(refused(path.join(root, 'mine'), root)).toMatch(/a folder this build did not make \(it has no \.kuomian-site file\)/);
    site(path.join(root, 'dist'), 'old');
    expect(resolveOutDir(path.join(root, 'dist'), root)).toEqual({ dir: path.join(root, 'dist') });
    mkdirSync(path.join(root, 'empty'));
    expect(resolveOutDir(path.join(root, 'empty'), root)).toEqual({ dir: path.join(root, 'empty') });
    expect(resolveOutDir(path.join(root, 'new/site'), root)).toEqual({ dir: path.join(root, 'new/site') });
    writeFileSync(path.join(root, 'file'), 'x');
    expect(refused(path.join(root, 'file'), root)).toMatch(/not a folder/);
  });

  it('follows a link that stays in the project and says so, and refuses one that leads out of it', () => {
    const root = project();
    site(path.join(root, 'sites/live'), 'live');
    symlinkSync(path.join(root, 'sites/live'), path.join(root, 'dist'));
    expect(resolveOutDir(path.join(root, 'dist'), root)).toEqual({ dir: path.join(root, 'sites/live'), via: 'dist' });
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    temps.push(outside);
    symlinkSync(outside, path.join(root, 'out'));
    expect(refused(path.join(root, 'out'), root)).toMatch(/leads out of the project/);
    expect(refused(path.join(root, 'out/deeper'), root)).toMatch(/leads out of the project/);
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs-link'));
    expect(refused(path.join(root, 'docs-link'), root)).toMatch(/is a link to docs: .*own folder docs/);
  });

  it('takes an earlier build of the site made before stamps existed', () => {
    const root = project();
    const dir = path.join(root, 'dist');
    for (const d of ['pagefind', 'data']) mkdirSync(path.join(dir, d), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '');
    writeFileSync(path.join(dir, '_headers'), '');
    expect(madeByBuild(dir)).toBe(true);
  });
});

describe('the swap, stopped at every step', () => {
  const script = path.join(ROOT, 'scripts/output-dir.mjs');

  /** Runs swapIn in a child process that is killed (SIGKILL) at `step`. */
  function swapKilledAt(root: string, step: string) {
    const args = JSON.stringify({ next: path.join(root, '.build/next-dist-1'), outDir: path.join(root, 'dist'), old: path.join(root, '.build/old-dist-1'), work: path.join(root, '.build'), stopAt: step });
    return spawnSync(process.execPath, ['--input-type=module', '-e', `import { swapIn } from ${JSON.stringify(script)}; swapIn(${args});`], { encoding: 'utf8' });
  }

  it.each(['journal', 'aside', 'swapped'])('killed at "%s", the next start leaves one whole site in dist/ and nothing stray', (step) => {
    const root = project();
    site(path.join(root, 'dist'), 'old site');
    site(path.join(root, '.build/next-dist-1'), 'new site');
    const r = swapKilledAt(root, step);
    expect(r.signal).toBe('SIGKILL');
    recoverSwaps(path.join(root, '.build'));
    cleanStale(path.join(root, '.build'));
    const shown = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
    expect(shown).toBe(step === 'swapped' ? 'new site' : 'old site');
    expect(readdirSync(path.join(root, '.build'))).toEqual([]);
  });

  it('without a stop, puts the new site in place and leaves nothing behind', () => {
    const root = project();
    site(path.join(root, 'dist'), 'old site');
    site(path.join(root, '.build/next-dist-1'), 'new site');
    swapIn({ next: path.join(root, '.build/next-dist-1'), outDir: path.join(root, 'dist'), old: path.join(root, '.build/old-dist-1'), work: path.join(root, '.build') });
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(path.join(root, '.build'))).toEqual([]);
  });

  it('leaves alone the swap of a build that is still running', () => {
    const root = project();
    const work = path.join(root, '.build');
    site(path.join(work, 'next-dist-1'), 'new site');
    site(path.join(work, 'old-dist-1'), 'old site'); // renamed aside a moment ago
    writeFileSync(path.join(work, `swap-dist-${process.pid}.json`), JSON.stringify({ outDir: path.join(root, 'dist'), old: path.join(work, 'old-dist-1'), next: path.join(work, 'next-dist-1') }));
    expect(recoverSwaps(work)).toEqual([]);
    expect(readdirSync(work).sort()).toEqual(['next-dist-1', 'old-dist-1', `swap-dist-${process.pid}.json`]);
  });

  it('cleans temporary folders of builds that are gone, not of running ones', () => {
    const root = project();
    const work = path.join(root, '.build');
    mkdirSync(path.join(work, 'next-dist-999999999'));
    writeFileSync(path.join(work, 'next-dist-999999999.search-pages.json'), '[]');
    mkdirSync(path.join(work, `next-dist-${process.pid}`));
    expect(cleanStale(work).sort()).toEqual(['next-dist-999999999', 'next-dist-999999999.search-pages.json']);
    expect(existsSync(path.join(work, `next-dist-${process.pid}`))).toBe(true);
  });
});

describe('diskFull(err, dir)', () => {
  it('recognises a full disk by the error, and says how much is free', async () => {
    const { diskFull } = await import('../../scripts/output-dir.mjs');
    expect(diskFull({ code: 'ENOSPC', message: 'ENOSPC: no space left on device, write' }, tmpdir()).full).toBe(true);
    const ok = diskFull(new Error('something else'), tmpdir());
    expect(typeof ok.free).toBe('number');
  });
});
