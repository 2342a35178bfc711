import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../../src/content/release-schema';

describe('releaseSchema', () => {
  it('accepts a full release note, turning YAML dates back into YYYY-MM-DD', () => {
    const r = releaseSchema.parse({
      title: '2005年6月扩面进展数据',
      date: new Date('2005-07-20T00:00:00Z'),
      version: '20050720-1a2b3c4d',
      months: ['2005-06'],
      revised: [{ month: '2005-04', region: 'fuxin', insurance: 'work_injury', reason: '补报' }],
      next_update: '2005-08-20',
    });
    expect(r.date).toBe('2005-07-20');
    expect(r.revised[0]!.insurance).toBe('work_injury');
  });
  it('defaults months and revisions to none', () => {
    expect(releaseSchema.parse({ title: 't', date: '2005-07-20' })).toMatchObject({ months: [], revised: [] });
  });
  it('rejects a revision without a reason, a bad month and an impossible date', () => {
    expect(releaseSchema.safeParse({ title: 't', date: '2005-07-20', revised: [{ month: '2005-04', reason: '' }] }).success).toBe(false);
    expect(releaseSchema.safeParse({ title: 't', date: '2005-07-20', months: ['2005-13'] }).success).toBe(false);
    expect(releaseSchema.safeParse({ title: 't', date: '2005-02-30' }).success).toBe(false);
    expect(releaseSchema.safeParse({ title: 't', date: '2005-07-20', version: 'v1' }).success).toBe(false);
  });
});
