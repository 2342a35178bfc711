/**
 * Two builds of the same data and content give the same site, byte for byte: pages, downloads,
 * figure files, compressed copies and the search index. Citations name a data version and
 * journalists compare downloads, so a rebuild must not change a file that the data did not.
 * The two builds of the fixture site (sites.ts) are of the same data.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { result } from './sites';

const { files } = await result('fixture');
const [second, third] = [files![0]!, files![1]!];

describe('a second build of the same data', () => {
  it('writes the same files with the same bytes, the search index included', () => {
    expect(Object.keys(third).sort()).toEqual(Object.keys(second).sort());
    expect(Object.keys(second).some((f) => f.startsWith(`pagefind${path.sep}`))).toBe(true);
    expect(Object.keys(second).some((f) => f.endsWith('.br'))).toBe(true);
    const differ = Object.keys(second).filter((f) => second[f] !== third[f]);
    expect(differ).toEqual([]);
  });
});
