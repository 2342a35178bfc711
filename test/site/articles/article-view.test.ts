import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content/articles';
import { aboutInsurance, facets, forAudience, newestFirst, posterPoints, provisionAnchor, related, rulesOf, type ArticleLike } from '../../../src/site/articles/article-view';

const article = (id: string, fm: Record<string, unknown>): ArticleLike => ({
  id,
  data: articleSchema.parse({ title: `示例标题${id}`, summary: '一段足够长的摘要，说明文章讲什么。', audiences: ['workers'], insurances: [], rules: ['pension-1997'], ...fm }),
});
const A = article('a', { published: '2005-09-01', insurances: ['pension', 'medical', 'unemployment', 'work_injury'] });
const B = article('b', { published: '2005-10-01', insurances: ['pension'], audiences: ['migrant'] });
const C = article('c', { published: '2005-10-01', updated: '2005-11-01', insurances: ['pension', 'medical'], audiences: ['workers', 'migrant'] });
const D = article('d', { published: '2005-08-01', insurances: ['work_injury'], poster: { points: ['第一条要点', '第二条要点'] } });

describe('newestFirst', () => {
  it('orders by publication date, then by last update, then by title', () => {
    expect(newestFirst([A, B, C, D]).map((a) => a.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('filters', () => {
  it('select by audience and by insurance, keeping the order', () => {
    expect(forAudience([A, B, C, D], 'migrant').map((a) => a.id)).toEqual(['b', 'c']);
    expect(aboutInsurance([A, B, C, D], 'work_injury').map((a) => a.id)).toEqual(['a', 'd']);
  });
  it('count articles per audience and insurance, every key listed', () => {
    const f = facets([A, B, C, D]);
    expect(f.audiences.find((x) => x.key === 'migrant')).toEqual({ key: 'migrant', label: '农民工', href: '/articles/audience/migrant/', count: 2 });
    expect(f.audiences.find((x) => x.key === 'unions')?.count).toBe(0);
    expect(f.insurances.map((x) => [x.key, x.count])).toEqual([['pension', 3], ['unemployment', 1], ['medical', 2], ['work_injury', 2]]);
  });
});

describe('related', () => {
  it('puts the most overlapping, then the most focused article first, never the article itself', () => {
    expect(related([A, B, C, D], ['pension']).map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(related([A, B, C, D], ['pension', 'medical'], 'c').map((a) => a.id)).toEqual(['a', 'b']);
    expect(related([A, B, C, D], ['work_injury'], undefined, 1).map((a) => a.id)).toEqual(['d']);
  });
});

describe('rulesOf and posterPoints', () => {
  it('gives each rule its name, number and provisions', () => {
    const x = article('x', { published: '2005-09-01', rules: [{ id: 'unemployment-1999', articles: ['第六条', '第十四条'] }, 'inspection-2004'] });
    expect(rulesOf(x)).toEqual([
      expect.objectContaining({ name: '《失业保险条例》', number: '国务院令第258号', provisions: '第六条、第十四条' }),
      expect.objectContaining({ name: '《劳动保障监察条例》', number: '国务院令第423号', provisions: '' }),
    ]);
  });
  it("links the notice's parts and items to their anchors on /notice/, and nothing else", () => {
    const x = article('x', { published: '2005-09-01', rules: [{ id: 'liaoning-2005-39', articles: ['三（一）', '第四部分', '四（二）'] }, { id: 'unemployment-1999', articles: ['第六条'] }] });
    const [notice, law] = rulesOf(x);
    expect(notice!.href).toBe('/notice/');
    expect(notice!.links).toEqual([
      { text: '三（一）', href: '/notice/#item-3-1' },
      { text: '第四部分', href: '/notice/#part-4' },
      { text: '四（二）', href: '/notice/#item-4-2' },
    ]);
    expect(law!.links).toEqual([{ text: '第六条', href: null }]);
    expect(provisionAnchor('第六条')).toBeNull();
  });
  it('uses the poster points, or the summary', () => {
    expect(posterPoints(D)).toEqual(['第一条要点', '第二条要点']);
    expect(posterPoints(A)).toEqual(['一段足够长的摘要，说明文章讲什么。']);
  });
});
