/** scripts/build.mjs refuses bad settings and options before any work starts, and leaves the previous site alone. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = '.build-test/refused';

function build(env: Record<string, string>, args: string[] = []) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, OUT_DIR: OUT, ...env },
    timeout: 20_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('scripts/build.mjs refuses', () => {
  const previous = path.join(ROOT, OUT, 'index.html');
  mkdirSync(path.dirname(previous), { recursive: true });
  writeFileSync(previous, 'the previous site');

  it.each([
    ['DATA_DIR', { DATA_DIR: 'no/such/folder' }, `DATA_DIR: no such folder: ${path.join(ROOT, 'no/such/folder')}`],
    ['CONTENT_DIR', { CONTENT_DIR: 'no/such/content' }, `CONTENT_DIR: no such folder: ${path.join(ROOT, 'no/such/content')}`],
    ['SITE_URL', { SITE_URL: 'example.org' }, 'SITE_URL: an absolute http(s) address such as https://kuomian.example.org, got "example.org"'],
    ['SOURCE_DATE_EPOCH', { SOURCE_DATE_EPOCH: 'today' }, 'SOURCE_DATE_EPOCH: Unix seconds as a whole number'],
    ['BROTLI_QUALITY', { BROTLI_QUALITY: '12' }, 'BROTLI_QUALITY: a whole number 0–11, got "12"'],
    ['BUILD_HEAP_MB', { BUILD_HEAP_MB: '64' }, 'BUILD_HEAP_MB: a whole number of megabytes, at least 256, got "64"'],
  ])('a bad %s before building anything', (_name, env, message) => {
    const r = build(env);
    expect(r.status).toBe(1);
    expect(r.output).toContain('✘ Build failed: bad settings');
    expect(r.output).toContain(message);
    expect(r.output).toContain('Nothing was built and no file was changed.');
    expect(r.output).not.toContain('building'); // astro never started
    expect(existsSync(previous)).toBe(true);
  });

  it('an OUT_DIR outside the project', () => {
    const r = build({ OUT_DIR: '/tmp/elsewhere' });
    expect(r.status).toBe(1);
    expect(r.output).toContain(`OUT_DIR: must be a folder inside the project (${ROOT}), got /tmp/elsewhere`);
    expect(existsSync('/tmp/elsewhere')).toBe(false);
  });

  it('every bad setting at once', () => {
    const r = build({ SITE_URL: 'x', BROTLI_QUALITY: 'max' });
    expect(r.output).toMatch(/SITE_URL: [^\n]*\n\s*BROTLI_QUALITY: /);
  });

  it('an unknown option', () => {
    const r = build({}, ['--fast']);
    expect(r.status).toBe(1);
    expect(r.output).toContain('unknown option --fast');
  });

  it('and leaves no staging folder behind', () => {
    const staged = existsSync(path.join(ROOT, '.build')) ? readdirSync(path.join(ROOT, '.build')).filter((f) => f.startsWith('next-refused-')) : [];
    expect(staged).toEqual([]);
    rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
  });
});

describe('scripts/build.mjs refuses an output folder it did not make, before building anything', () => {
  it.each([
    ['docs', /OUT_DIR docs\/ is the project's own folder docs\//],
    ['.git', /OUT_DIR \.git\/ is the project's own folder \.git\//],
    ['.build', /OUT_DIR \.build\/ is the project's own folder \.build\//],
    ['src/site', /OUT_DIR src\/site\/ is inside the project's own folder src\//],
  ])('OUT_DIR=%s', (outDir, message) => {
    const top = path.join(ROOT, outDir.split('/')[0]!);
    // In a git worktree .git is a file.
    const snapshot = () => (statSync(top).isDirectory() ? readdirSync(top).sort().join('\n') : readFileSync(top, 'utf8'));
    const before = snapshot();
    const r = build({ OUT_DIR: outDir });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(message);
    expect(r.output).toContain('Nothing was built and no file was changed.');
    expect(snapshot()).toEqual(before);
  });

  it('an existing folder of someone else', () => {
    const theirs = path.join(ROOT, '.build-test/theirs');
    mkdirSync(theirs, { recursive: true });
    writeFileSync(path.join(theirs, 'notes.txt'), 'precious');
    const r = build({ OUT_DIR: '.build-test/theirs' });
    expect(r.status).toBe(1);
    expect(r.output).toContain('is a folder this build did not make');
    expect(readdirSync(theirs)).toEqual(['notes.txt']);
    rmSync(theirs, { recursive: true, force: true });
  });
});
