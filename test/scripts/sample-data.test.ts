/** The bundled sample in data/ is exactly what scripts/sample-data.mjs writes: nothing edited by hand, nothing stale. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'data');
const out = mkdtempSync(path.join(tmpdir(), 'sample-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('node scripts/sample-data.mjs', () => {
  it('writes data/ byte for byte (every file but data/README.md)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/sample-data.mjs'), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const written = readdirSync(out).sort();
    expect(readdirSync(DATA).filter((f) => f !== 'README.md').sort()).toEqual(written);
    for (const f of written) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(DATA, f))), f).toBe(true);
  });
});
