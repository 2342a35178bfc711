import { describe, expect, it } from 'vitest';
import { loadNotice, noticeAnchors } from '../../../src/site/notice/notice';
import { clauseLabelEn, noticeSummaryEn } from '../../../src/site/notice/notice-en';

const notice = loadNotice();
const summary = noticeSummaryEn(notice);
const texts = summary.flatMap((s) => s.points.map((p) => p.text));

describe('noticeSummaryEn(notice)', () => {
  it('states the annual targets of 一（一） and the collection aims of 三（五）', () => {
    const targets = summary.find((s) => s.id === 'targets')!;
    expect(targets.points.map((p) => p.text.split('. ')[0]!.replace(/\.$/, ''))).toEqual([
      'Basic Pension Insurance for Enterprise Employees: at least 7.5 million insured persons',
      'Unemployment Insurance: at least 6 million insured persons',
      'Basic Medical Insurance: 8.2 million insured persons',
      'Work-Related Injury Insurance: 4.8 million insured persons',
      'Contribution rates: above 90% for both pension and unemployment insurance',
      'Collection: the average contribution rate of all insured persons in the province is to be no lower than 90%, and the newly insured of the year are to pay at 100% in the period they join (an aim: “strive to”)',
      'In later years the number insured in every insurance is to rise each year, and so are contribution rates',
    ]);
  });

  it('names the priority groups of each insurance in the words the data uses', () => {
    expect(summary.find((s) => s.id === 'priority-groups')!.points.map((p) => p.text)).toEqual([
      'Basic Pension Insurance for Enterprise Employees: workers of non-public enterprises and flexibly employed workers, above all private enterprises.',
      'Unemployment Insurance: public institutions, foreign-invested enterprises, restructured enterprises, urban private enterprises and individual businesses with employees.',
      'Basic Medical Insurance: employees of central and provincial enterprises and retirees of enterprises in difficulty.',
      'Work-Related Injury Insurance: mining, construction and other high-risk enterprises and migrant workers.',
    ]);
  });

  it('covers the measures and the consequences of the assessment', () => {
    for (const words of ['split among cities', 'every month', 'end of every quarter', 'sums up the year', 'inspect and evaluate', 'expose them in the media', 'Publicity', 'Trade unions', 'named and criticised', 'adjustment fund']) {
      expect(texts.some((t) => t.includes(words)), words).toBe(true);
    }
  });

  it('cites only clauses the notice has, and every clause with measures at least once', () => {
    const anchors = noticeAnchors(notice);
    const cited = new Set(summary.flatMap((s) => s.points.flatMap((p) => p.clauses)));
    for (const c of cited) expect(anchors).toContain(c);
    for (const a of ['item-1-1', 'item-1-2', 'part-2', 'item-3-1', 'item-3-2', 'item-3-3', 'item-3-4', 'item-3-5', 'item-3-6', 'item-4-1', 'item-4-2']) expect(cited.has(a), a).toBe(true);
  });

  it('refuses a summary citing a clause the notice lacks', () => {
    const cut = { ...notice, parts: notice.parts.map((p) => ({ ...p, items: p.items.filter((i) => i.anchor !== 'item-3-6') })) };
    expect(() => noticeSummaryEn(cut)).toThrow('the English summary cites #item-3-6, which the notice does not have');
  });

  it('has no Chinese in its English text', () => {
    for (const t of texts) expect(t).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u);
  });
});

describe('clauseLabelEn(anchor)', () => {
  it('names items as 1(1) and parts as part 2', () => {
    expect(clauseLabelEn('item-3-5')).toBe('3(5)');
    expect(clauseLabelEn('part-2')).toBe('part 2');
    expect(() => clauseLabelEn('top')).toThrow('"top" is not an anchor');
  });
});
