import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/articles';

/** A complete, valid frontmatter as YAML would give it (unquoted dates are Date objects). */
const GOOD = {
  title: '失业了，失业保险能给你什么',
  summary: '失业保险由单位和个人共同缴费，符合条件的失业人员可以按月领取失业保险金。',
  published: new Date('2005-09-01T00:00:00Z'),
  audiences: ['workers', 'migrant'],
  insurances: ['unemployment'],
  rules: ['contribution-1999', { id: 'unemployment-1999', articles: ['第六条', '第十四条'] }],
  figure: { metric: 'enrolled', area: 'province', insurance: 'unemployment' },
  poster: { points: ['单位按工资总额的2%缴费', '个人按本人工资的1%缴费'] },
};

/** The schema's complaints as `path: message`, the way Astro prints them. */
function problems(data: Record<string, unknown>): string[] {
  const r = articleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const without = (key: string) => Object.fromEntries(Object.entries(GOOD).filter(([k]) => k !== key));

describe('articleSchema: good frontmatter', () => {
  it('accepts a complete article and normalises its fields', () => {
    const a = articleSchema.parse(GOOD);
    expect(a.published).toBe('2005-09-01');
    expect(a.draft).toBe(false);
    expect(a.rules).toEqual([{ id: 'contribution-1999' }, { id: 'unemployment-1999', articles: ['第六条', '第十四条'] }]);
  });
  it('takes dates written as quoted strings too', () => {
    expect(articleSchema.parse({ ...GOOD, published: '2005-09-01', updated: '2005-10-15' }).updated).toBe('2005-10-15');
  });
  it('allows an article about social insurance in general (no insurance) without figure or poster', () => {
    const a = articleSchema.parse({ ...without('figure'), poster: undefined, insurances: [] });
    expect(a.insurances).toEqual([]);
    expect(a.figure).toBeUndefined();
  });
  it('keeps the draft flag', () => expect(articleSchema.parse({ ...GOOD, draft: true }).draft).toBe(true));
});

describe('articleSchema: bad frontmatter names the field', () => {
  it('requires the rules an article relies on', () => {
    expect(problems(without('rules'))).toEqual(['rules: missing: every article says which rules it relies on (keys of src/content/regulations.ts)']);
    expect(problems({ ...GOOD, rules: [] })).toEqual(['rules: missing: every article says which rules it relies on (keys of src/content/regulations.ts)']);
  });
  it('rejects a rule that is not in the list of documents in force (the 2010 Social Insurance Law)', () => {
    const p = problems({ ...GOOD, rules: ['social-insurance-law-2010'] });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^rules\.0\.id: "social-insurance-law-2010" is not a document listed in src\/content\/regulations\.ts \(add it there first if it was in force\); expected one of labour-law-1994, pension-1997, /);
  });
  it('rejects a provision written in Arabic numerals', () => {
    expect(problems({ ...GOOD, rules: [{ id: 'unemployment-1999', articles: ['第6条'] }] })).toEqual([
      'rules.0.articles.0: expected a provision in Chinese numerals, e.g. 第六条 or 第十三条 (an item of the notice: 三（一）)',
    ]);
  });
  it('rejects an unknown audience, naming its position', () => {
    expect(problems({ ...GOOD, audiences: ['workers', 'students'] })).toEqual([
      'audiences.1: "students" is not an audience; expected one of workers (职工), migrant (农民工), flexible (灵活就业人员), private_employers (民营企业主), public_institution (事业单位职工), employers (用人单位), unions (工会干部)',
    ]);
  });
  it('rejects an article for nobody', () => {
    expect(problems({ ...GOOD, audiences: [] })).toEqual(['audiences: name at least one audience']);
  });
  it('rejects repeats', () => {
    expect(problems({ ...GOOD, insurances: ['pension', 'pension'] })).toEqual(['insurances.1: "pension" is listed twice']);
    expect(problems({ ...GOOD, rules: ['unemployment-1999', 'unemployment-1999'] })).toEqual(['rules.1: unemployment-1999 is listed twice']);
  });
  it('rejects an unknown insurance', () => {
    expect(problems({ ...GOOD, insurances: ['maternity'] })).toEqual([
      'insurances.0: "maternity" is not an insurance; expected one of pension (养老保险), unemployment (失业保险), medical (医疗保险), work_injury (工伤保险)',
    ]);
  });
  it('rejects a misspelt field instead of ignoring it', () => {
    expect(problems({ ...GOOD, sumary: 'x' })).toEqual([": Unrecognized key(s) in object: 'sumary'"]);
  });
  it('rejects an impossible date and a date in another format', () => {
    expect(problems({ ...GOOD, published: '2005-02-30' })).toEqual(['published: expected a date as YYYY-MM-DD, e.g. 2005-09-01; got "2005-02-30"']);
    expect(problems({ ...GOOD, published: '2005/9/1' })).toEqual(['published: expected a date as YYYY-MM-DD, e.g. 2005-09-01; got "2005/9/1"']);
  });
  it('rejects an update before publication', () => {
    expect(problems({ ...GOOD, updated: '2005-08-01' })).toEqual(['updated: is before published (2005-09-01)']);
  });
  it('limits the title to what fits the share image and the poster', () => {
    expect(problems({ ...GOOD, title: '这是一个非常非常长的标题，长到在分享图片和海报上都放不下两行，读者根本看不完的标题' })[0]).toMatch(/^title: String must contain at most 36 character/);
  });
  it('limits the poster to four points', () => {
    expect(problems({ ...GOOD, poster: { points: ['一二三四', '一二三四', '一二三四', '一二三四', '一二三四'] } })[0]).toMatch(/^poster\.points: Array must contain at most 4/);
  });
  it('rejects an unknown metric for the key figure', () => {
    expect(problems({ ...GOOD, figure: { metric: 'coverage', area: 'province' } })[0]).toMatch(/^figure\.metric: "coverage" is not a metric; expected one of enrolled, target, /);
  });
  it('rejects a draft flag that is not true or false', () => {
    expect(problems({ ...GOOD, draft: 'yes' })).toEqual(['draft: Expected boolean, received string']);
  });
});
