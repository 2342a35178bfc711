/**
 * Two builds of the same data and content give the same site, byte for byte: pages, downloads,
 * figure files, compressed copies and the search index. Citations name a data version and
 * journalists compare downloads, so a rebuild must not change a file that the data did not.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT, buildSite, listFiles } from './build-site';

const first = path.resolve(ROOT, inject('fixtureOut'));
const againRel = '.build-test/fixture-again';
const again = path.resolve(ROOT, againRel);

afterAll(() => rmSync(again, { recursive: true, force: true }));

describe('a second build of the same data', () => {
  it('writes the same files with the same bytes, the search index included', { timeout: 120_000 }, () => {
    const r = buildSite({ data: 'test/fixtures/data/valid', outDir: againRel });
    expect(r.status, r.output).toBe(0);
    const files = listFiles(first);
    expect(listFiles(again)).toEqual(files);
    expect(files.some((f) => f.startsWith(`pagefind${path.sep}`))).toBe(true);
    const differ = files.filter((f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(again, f))));
    expect(differ).toEqual([]);
  });
});
