import { describe, expect, it } from 'vitest';
import { NOTICE_NOTES, availableNotes, loadNotice, noticeAnchors, noticeConsequences, parseNotice } from '../../../src/site/notice/notice';
import { fixtureParagraphs, normalise } from './notice-text';

const notice = loadNotice();
const all = [notice.title, ...notice.cover, notice.opinionTitle, ...notice.preamble, ...notice.parts.flatMap((p) => [p.heading, ...p.paragraphs, ...p.items.flatMap((i) => i.paragraphs)]), ...notice.closing];

describe('the notice file', () => {
  it('carries every paragraph of the shared text, in order, ignoring punctuation width', () => {
    expect(all.map(normalise)).toEqual(fixtureParagraphs().map(normalise));
  });
  it('has full-width punctuation restored (no half-width comma, colon or parenthesis)', () => {
    for (const p of all) expect(p).not.toMatch(/[,:()]/);
  });
  it('gives the real title, number and dates', () => {
    expect(notice.title).toBe('辽宁省人民政府办公厅转发省劳动保障厅关于做好全省扩大社会保险覆盖范围工作意见的通知');
    expect(notice.number).toBe('辽政办发〔2005〕39号');
    expect(notice.issued).toBe('2005-05-16');
    expect(notice.opinionDated).toBe('2005-04-24');
  });
  it('anchors four parts and their items (一（一）… 四（二）)', () => {
    expect(noticeAnchors(notice)).toEqual([
      'part-1', 'item-1-1', 'item-1-2', 'part-2', 'part-3', 'item-3-1', 'item-3-2', 'item-3-3', 'item-3-4', 'item-3-5', 'item-3-6', 'part-4', 'item-4-1', 'item-4-2',
    ]);
    expect(notice.parts[2]!.items[0]!.cite).toBe('三（一）');
    expect(notice.parts[2]!.items[0]!.paragraphs).toHaveLength(4);
  });
  it('has a note beside every measure, and notes only for anchors that exist', () => {
    const anchors = noticeAnchors(notice);
    for (const key of Object.keys(NOTICE_NOTES)) expect(anchors).toContain(key);
    for (const a of anchors.filter((x) => x.startsWith('item-') || x === 'part-2')) expect(NOTICE_NOTES[a]?.length, a).toBeGreaterThan(0);
  });
  it('names the file on a bad notice', () => {
    expect(() => parseNotice('no frontmatter', 'x.md')).toThrow('x.md: expected frontmatter between --- lines');
    expect(() => parseNotice('---\ntitle: t\nnumber: n\nissued: d\nopinion_dated: d\nsource: s\n---\n正文\n', 'x.md')).toThrow(/x\.md: the opinion's title/);
  });
});

describe('noticeConsequences', () => {
  it("quotes 四（二）'s sentence on funds and the cities that missed, word for word", () => {
    expect(noticeConsequences(notice)).toBe(
      '扩面工作完成情况将作为考核各市社会保障工作业绩的一项重要指标，与社会保险基金缺口补助和省级调剂金挂钩，对未完成扩面任务的市取消社会保障工作评比先进资格，并予以通报批评。',
    );
  });
});

describe('availableNotes', () => {
  it('drops the link, not the note, when the article is not published', () => {
    const notes = [
      { text: '工会能为参保做什么', href: '/articles/union-rights/', followed: true },
      { text: '政策解读', href: '/articles/', followed: true },
      { text: '年度考核', href: '/assessment/', followed: true },
    ];
    expect(availableNotes(notes, new Set(['deadlines']))).toEqual([{ text: '工会能为参保做什么', followed: true }, notes[1], notes[2]]);
    expect(availableNotes(notes, new Set(['union-rights']))).toEqual(notes);
  });
});
