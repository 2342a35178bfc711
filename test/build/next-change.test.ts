/**
 * Time-based rules on time: a build whose data has a named entry expiring tomorrow names that
 * day as the next change, in its log and in /next-change.json, without naming the entry; the
 * entry's page carries the robots unavailable_after of that day.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, ROOT } from './build-site';
import { result } from './sites';

const OUT = '.build-test/edges';
let output = '';

beforeAll(async () => {
  output = (await result('edges')).output;
});

describe('a build with an entry expiring tomorrow', () => {
  it('names tomorrow as the next change in the build log', () => {
    expect(output).toContain('next time-based change: 2006-01-01 (1 entry expiring); rebuild on that day (/next-change.json)');
  });

  it('names it in /next-change.json, with dates and counts only', () => {
    const text = readFileSync(path.join(ROOT, OUT, 'next-change.json'), 'utf8');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ build_date: '2005-12-31', time_zone: 'Asia/Shanghai', next_change: '2006-01-01' });
    expect(json.changes[0]).toEqual({ date: '2006-01-01', embargoes_lifting: 0, entries_expiring: 1, entries_revoked: 0, releases: [] });
    // The embargoed entry's day is there as a count; no entry is named, withheld or not.
    expect(json.changes.some((c: { embargoes_lifting: number }) => c.embargoes_lifting > 0)).toBe(true);
    for (const id of ['RECT-0001', 'EMB-0001', '大连示例', '沈阳示例', 'dalian', 'shenyang']) expect(text).not.toContain(id);
  });

  it('tells search engines the entry page is unavailable from that day', () => {
    expect(page(OUT, '/employers/RECT-0001/')).toContain('<meta name="robots" content="unavailable_after: 2006-01-01T00:00:00+08:00">');
  });
});
