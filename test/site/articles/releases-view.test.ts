import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../../../src/content/release-schema';
import { nextUpdate, publishedReleases, releaseSummary, revisionLines } from '../../../src/site/articles/releases-view';

const rel = (id: string, data: Record<string, unknown>) => ({ id, data: releaseSchema.parse({ title: id, ...data }) });
const all = [
  rel('2005-05', { date: '2005-06-20', next_update: '2005-07-20' }),
  rel('2005-06', { date: '2005-07-20', months: ['2005-06'], next_update: '2005-08-20', revised: [{ month: '2005-04', region: 'fuxin', insurance: 'work_injury', reason: '补报' }] }),
  rel('2005-07', { date: '2005-08-20' }),
];

describe('publishedReleases(all, buildDate)', () => {
  it('lists releases up to the build date, newest first', () => {
    expect(publishedReleases(all, '2005-07-31').map((r) => r.id)).toEqual(['2005-06', '2005-05']);
  });
});

describe('nextUpdate(releases, buildDate)', () => {
  it("is the newest release's next_update unless it has passed", () => {
    const shown = publishedReleases(all, '2005-07-31');
    expect(nextUpdate(shown, '2005-07-31')).toBe('2005-08-20');
    expect(nextUpdate(shown, '2005-08-21')).toBeNull();
  });
});

describe('revisionLines and releaseSummary', () => {
  const names = (id: string) => ({ fuxin: '阜新市' })[id];
  it('name the month, region, insurance and reason', () => {
    expect(revisionLines(all[1]!, names)).toEqual(['2005年4月 阜新市 工伤保险：补报']);
    expect(releaseSummary(all[1]!, names)).toBe('发布月份：2005年6月。修订：2005年4月 阜新市 工伤保险：补报。下次更新：2005年8月20日。');
  });
});
