/**
 * The notice 辽政办发〔2005〕39号 as the site publishes it (/notice/): its text,
 * split into the cover letter, the opinion's parts and items with their anchors
 * (#part-1 … #item-4-2), and beside each measure where the site follows it or that
 * it lies outside the site's data.
 *
 * The text is the site's own legal basis, not swappable content: it is read from
 * `content/notice/notice-39.md` in the project whatever CONTENT_DIR says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A numbered item of a part, e.g. 三（一）, anchored #item-3-1. */
export interface NoticeItem {
  anchor: string;
  /** 三（一）, as articles cite it. */
  cite: string;
  paragraphs: string[];
}

/** A part of the opinion, e.g. 三、部门配合，联动扩面, anchored #part-3. */
export interface NoticePart {
  anchor: string;
  heading: string;
  /** Paragraphs that belong to the part itself (part 二 has no items). */
  paragraphs: string[];
  items: NoticeItem[];
}

export interface Notice {
  title: string;
  number: string;
  /** YYYY-MM-DD. */
  issued: string;
  opinionDated: string;
  source: string;
  /** The covering letter: number line, addressees, text, date. */
  cover: string[];
  opinionTitle: string;
  /** The opinion's opening paragraph. */
  preamble: string[];
  parts: NoticePart[];
  /** The opinion's date line at the end. */
  closing: string[];
}

const NUMERALS = '一二三四五六七八九十';
const PART = /^([一二三四五六七八九十])、/;
const ITEM = /^（([一二三四五六七八九十])）/;

/** Parses the notice file (frontmatter of `key: value` lines, then the text in paragraphs). Throws naming the line on a bad file. */
export function parseNotice(source: string, file = 'notice'): Notice {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${file}: expected frontmatter between --- lines`);
  const fields = new Map(
    m[1]!.split('\n').map((l) => {
      const i = l.indexOf(':');
      return [l.slice(0, i).trim(), l.slice(i + 1).trim()] as const;
    }),
  );
  const field = (k: string): string => {
    const v = fields.get(k);
    if (!v) throw new Error(`${file}: frontmatter lacks ${k}`);
    return v;
  };
  const meta = { title: field('title'), number: field('number'), issued: field('issued'), opinion_dated: field('opinion_dated'), source: field('source') };
  const paragraphs = m[2]!.split('\n').map((l) => l.trim()).filter(Boolean);
  if (paragraphs[0] === meta.title) paragraphs.shift();
  const opinionAt = paragraphs.findIndex((p) => p.startsWith('关于') && p.endsWith('的意见'));
  if (opinionAt < 0) throw new Error(`${file}: the opinion's title (关于…的意见) was not found`);
  const notice: Notice = {
    title: meta.title,
    number: meta.number,
    issued: meta.issued,
    opinionDated: meta.opinion_dated,
    source: meta.source,
    cover: paragraphs.slice(0, opinionAt),
    opinionTitle: paragraphs[opinionAt]!,
    preamble: [],
    parts: [],
    closing: [],
  };
  for (const p of paragraphs.slice(opinionAt + 1)) {
    const part = PART.exec(p);
    const item = ITEM.exec(p);
    const current = notice.parts.at(-1);
    if (part) {
      notice.parts.push({ anchor: `part-${NUMERALS.indexOf(part[1]!) + 1}`, heading: p, paragraphs: [], items: [] });
    } else if (/^二○○/.test(p)) {
      notice.closing.push(p);
    } else if (!current) {
      notice.preamble.push(p);
    } else if (item) {
      const n = NUMERALS.indexOf(item[1]!) + 1;
      const partNo = notice.parts.length;
      current.items.push({ anchor: `item-${partNo}-${n}`, cite: `${NUMERALS[partNo - 1]}（${item[1]}）`, paragraphs: [p] });
    } else if (current.items.length) {
      current.items.at(-1)!.paragraphs.push(p);
    } else {
      current.paragraphs.push(p);
    }
  }
  return notice;
}

/** The notice the site publishes. */
export function loadNotice(root = process.cwd()): Notice {
  const file = path.join(root, 'content/notice/notice-39.md');
  return parseNotice(readFileSync(file, 'utf8'), file);
}

/** A note beside a measure: where the site follows it, or that it is outside the site's data. */
export interface NoticeNote {
  text: string;
  href?: string;
  /** false: the site has no data on this measure. */
  followed: boolean;
}

/** Notes by anchor (#part-2, #item-3-1 …). */
export const NOTICE_NOTES: Readonly<Record<string, readonly NoticeNote[]>> = {
  'item-1-1': [
    { text: '各险种参保人数与年度目标：全省和各地区进展', href: '/', followed: true },
    { text: '缴费率（本站的定义）', href: '/methodology/#contribution-rate', followed: true },
  ],
  'item-1-2': [
    { text: '重点群体的参保人数', href: '/methodology/#groups', followed: true },
    { text: '为什么是这些人', href: '/articles/priority-groups/', followed: true },
  ],
  'part-2': [{ text: '各市的扩面计划由省另行下达，不在本通知里；本站各地区的目标见地区页面', href: '/cities/', followed: true }],
  'item-3-1': [
    { text: '调查摸底、扩面方案、社会保险登记和年检：本站没有这方面的数据', followed: false },
    { text: '接续社会保险关系', href: '/articles/changing-jobs/', followed: true },
    { text: '处罚并曝光未参保单位：曝光单位名单', href: '/employers/', followed: true },
    { text: '社会保险宣传：政策解读', href: '/articles/', followed: true },
  ],
  'item-3-2': [{ text: '工商部门的名单、年检和承诺书：不在本站数据范围内', followed: false }],
  'item-3-3': [{ text: '地税部门的检查和通报：不在本站数据范围内', followed: false }],
  'item-3-4': [
    { text: '发展改革、外办、财政、交通运输、公安、建设部门的措施：不在本站数据范围内', followed: false },
    { text: '这些措施对用人单位意味着什么', href: '/articles/employer-duties/', followed: true },
  ],
  'item-3-5': [
    { text: '缴费率和目标（本站的定义）', href: '/methodology/#contribution-rate', followed: true },
    { text: '新增参保人员缴费率', href: '/methodology/#new-contribution-rate', followed: true },
    { text: '征收总量：不在本站数据范围内', followed: false },
  ],
  'item-3-6': [
    { text: '工会能为参保做什么', href: '/articles/union-rights/', followed: true },
    { text: '工会干部怎样用本站做参保宣传', href: '/articles/for-trade-unions/', followed: true },
  ],
  'item-4-1': [
    { text: '按月报表：月报', href: '/reports/', followed: true },
    { text: '每季度末的阶段性情况：季报', href: '/reports/', followed: true },
    { text: '年末的全年总结：年报', href: '/reports/', followed: true },
    { text: '定期会议和重大问题的上报：不在本站数据范围内', followed: false },
  ],
  'item-4-2': [
    { text: '年度考核：各市是否完成任务', href: '/assessment/', followed: true },
    { text: '专项检查评估报告、基金补助和调剂金：不在本站数据范围内', followed: false },
  ],
};

/** Every anchor of the page, in order: for tests and for checking links to clauses. */
export function noticeAnchors(n: Notice): string[] {
  return n.parts.flatMap((p) => [p.anchor, ...p.items.map((i) => i.anchor)]);
}

/** The sentence of 四（二） that ties completion to funds and names what cities that missed lose. */
export function noticeConsequences(n: Notice): string {
  const item = n.parts.flatMap((p) => p.items).find((i) => i.anchor === 'item-4-2');
  const sentence = item?.paragraphs.join('').split('。').find((s) => s.includes('挂钩'));
  if (!sentence) throw new Error('notice: 四（二） has no sentence on 挂钩 (the assessment page quotes it)');
  return `${sentence}。`;
}

/** Notes whose article is not published (another CONTENT_DIR) keep their text without the link. */
export function availableNotes(notes: readonly NoticeNote[], articleIds: ReadonlySet<string>): NoticeNote[] {
  return notes.map((n) => {
    const slug = /^\/articles\/([^/]+)\/$/.exec(n.href ?? '')?.[1];
    return slug && !articleIds.has(slug) ? { text: n.text, followed: n.followed } : n;
  });
}
