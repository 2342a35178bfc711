/**
 * An article states the law of its own date. Two checks keep it there, as plain
 * functions the build (src/site/articles/articles.ts) and the tests call:
 * - it cites no document issued after its date (REGULATIONS[...].issued);
 * - its text names nothing that did not exist yet on its date (ANACHRONISMS).
 * `updated` does not move the date: an update corrects an article, it does not
 * re-date what it says.
 */
import { REGULATIONS, type RegulationKey } from './regulations';

/** A word that cannot appear in an article dated before `since`, and why. */
export interface Anachronism {
  /** Matched case-insensitively in the text. */
  word: string;
  /** First day it existed (YYYY-MM-DD). */
  since: string;
  what: string;
}

/**
 * Only names whose first day is a matter of record. Services that did exist in
 * 2005 (支付宝 from 2004, the 12333 number from 2003, QR codes) are not listed.
 */
export const ANACHRONISMS: readonly Anachronism[] = [
  { word: '微信', since: '2011-01-21', what: 'WeChat (微信) launched on 2011-01-21' },
  { word: 'WeChat', since: '2011-01-21', what: 'WeChat launched on 2011-01-21' },
  { word: '朋友圈', since: '2012-04-19', what: 'WeChat Moments (朋友圈) opened on 2012-04-19' },
  { word: '公众号', since: '2012-08-23', what: 'WeChat official accounts (公众号) opened on 2012-08-23' },
  { word: '微博', since: '2009-08-14', what: 'Sina Weibo (微博) opened on 2009-08-14' },
  { word: '扫码支付', since: '2011-07-01', what: 'paying by scanning a code (扫码支付) began with Alipay in July 2011' },
  { word: '社会保险法', since: '2010-10-28', what: 'the Social Insurance Law (社会保险法) was passed on 2010-10-28' },
  { word: '劳动合同法', since: '2007-06-29', what: 'the Labour Contract Law (劳动合同法) was passed on 2007-06-29' },
  { word: '劳动争议调解仲裁法', since: '2007-12-29', what: 'the Labour Dispute Mediation and Arbitration Law was passed on 2007-12-29' },
  { word: '统一社会信用代码', since: '2015-06-11', what: 'unified social credit codes (统一社会信用代码) were introduced in 2015' },
];

/** The last day a document could have been issued: its day, or the end of its month when only the month is known. */
export function issuedBy(issued: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(issued)) return issued;
  const m = /^(\d{4})-(\d{2})$/.exec(issued);
  if (!m) throw new Error(`issued: expected YYYY-MM-DD or YYYY-MM, got ${JSON.stringify(issued)}`);
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${issued}-${String(last).padStart(2, '0')}`;
}

/** Problems with the rules an article cites, given its publication date (YYYY-MM-DD). */
export function laterRules(rules: readonly { id: RegulationKey }[], published: string): string[] {
  return rules.flatMap(({ id }) => {
    const r = REGULATIONS[id];
    const by = issuedBy(r.issued);
    return by > published
      ? [`rules: ${id} (${r.number}) was issued ${r.issued}, after the article's date ${published}; an article states the law of its own date`]
      : [];
  });
}

/** 1-based line and column of an index in a text. */
function position(text: string, index: number): string {
  const before = text.slice(0, index);
  return `${before.split('\n').length}:${index - before.lastIndexOf('\n')}`;
}

/** Every anachronism in an article's source (frontmatter and body), as `line:column: "word" — why`. */
export function anachronisms(source: string, published: string): string[] {
  const lower = source.toLowerCase();
  const found: { at: number; text: string }[] = [];
  for (const a of ANACHRONISMS) {
    if (published >= a.since) continue;
    const w = a.word.toLowerCase();
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) {
      found.push({ at: i, text: `${position(source, i)}: "${source.slice(i, i + w.length)}" — ${a.what}; the article is dated ${published}` });
    }
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.text);
}

/** Both checks for one article file, each problem prefixed with the file as the build log shows it. */
export function periodProblems(file: string, source: string, data: { published: string; rules: readonly { id: RegulationKey }[] }): string[] {
  return [
    ...laterRules(data.rules, data.published).map((p) => `${file}: ${p}`),
    ...anachronisms(source, data.published).map((p) => `${file}:${p}`),
  ];
}
