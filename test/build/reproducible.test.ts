/**
 * Two builds of the same data and content give the same site, byte for byte: pages, downloads,
 * figure files, compressed copies and the search index. Citations name a data version and
 * journalists compare downloads, so a rebuild must not change a file that the data did not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './build-site';
import { built } from './sites';

const first = path.resolve(ROOT, await built('fixture'));
const again = path.resolve(ROOT, await built('again'));

describe('a second build of the same data', () => {
  it('writes the same files with the same bytes, the search index included', () => {
    const files = listFiles(first);
    expect(listFiles(again)).toEqual(files);
    expect(files.some((f) => f.startsWith(`pagefind${path.sep}`))).toBe(true);
    const differ = files.filter((f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(again, f))));
    expect(differ).toEqual([]);
  });
});
