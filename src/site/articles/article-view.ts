/**
 * What the article pages show, from validated articles: order, filters, related
 * articles, the rules list and the poster's points. Plain TypeScript, tested
 * with tiny lists; routes and components only lay the results out.
 */
import type { ArticleData } from '../../content/articles';
import { REGULATIONS, type Regulation } from '../../content/regulations';
import type { Insurance } from '../../data/types';
import { INSURANCES } from '../../data/types';
import { AUDIENCE_NAMES, INSURANCE_NAMES, type Audience } from '../../i18n/glossary';

/** The part of a collection entry these functions use. */
export interface ArticleLike {
  id: string;
  data: ArticleData;
}

/** An article's address. */
export const articleHref = (id: string) => `/articles/${id}/`;
/** Its one-page A4 poster. */
export const posterHref = (id: string) => `/articles/${id}/poster/`;
/** Its share image (Open Graph). */
export const articleImage = (id: string) => `/og/articles/${id}.png`;
/** A region page's share image. */
export const cityImage = (id: string) => `/og/cities/${id}.png`;
/** The filter pages. */
export const audienceHref = (key: Audience) => `/articles/audience/${key}/`;
export const insuranceHref = (key: Insurance) => `/articles/insurance/${key}/`;

/** Newest first: by publication date, then by last update, then by title, so the order never depends on file order. */
export function newestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      b.data.published.localeCompare(a.data.published) ||
      (b.data.updated ?? '').localeCompare(a.data.updated ?? '') ||
      a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

/** Articles for an audience, in the order given. */
export const forAudience = <T extends ArticleLike>(articles: readonly T[], key: Audience) => articles.filter((a) => a.data.audiences.includes(key));

/** Articles about an insurance, in the order given. */
export const aboutInsurance = <T extends ArticleLike>(articles: readonly T[], key: Insurance) => articles.filter((a) => a.data.insurances.includes(key));

/** One filter link: its label, address and how many articles it lists. */
export interface Facet {
  key: string;
  label: string;
  href: string;
  count: number;
}

/** Every audience and insurance with the number of articles for it (filter links show those with any). */
export function facets(articles: readonly ArticleLike[]): { audiences: Facet[]; insurances: Facet[] } {
  return {
    audiences: (Object.keys(AUDIENCE_NAMES) as Audience[]).map((key) => ({
      key,
      label: AUDIENCE_NAMES[key],
      href: audienceHref(key),
      count: forAudience(articles, key).length,
    })),
    insurances: INSURANCES.map((key) => ({ key, label: INSURANCE_NAMES[key].short, href: insuranceHref(key), count: aboutInsurance(articles, key).length })),
  };
}

/**
 * Articles to suggest next to an insurance (progress pages) or an article: those
 * sharing the most insurances first, then the most focused (an article about one
 * insurance before an overview of four), then the newest; never the article itself.
 */
export function related<T extends ArticleLike>(articles: readonly T[], insurances: readonly Insurance[], exclude?: string, limit = 3): T[] {
  const overlap = (a: T) => a.data.insurances.filter((i) => insurances.includes(i)).length;
  return newestFirst(articles.filter((a) => a.id !== exclude && overlap(a) > 0))
    .sort((a, b) => overlap(b) - overlap(a) || a.data.insurances.length - b.data.insurances.length)
    .slice(0, limit);
}

/** A rule as the article lists it. */
export interface RuleView extends Regulation {
  /** "第六条、第十四条", or empty. */
  provisions: string;
  /** Each provision with the address of its anchor when the site carries the document's text. */
  links: { text: string; href: string | null }[];
}

const DIGITS = '一二三四五六七八九十';
/** 一 → 1 … 十 → 10 (the notice's parts and items never go higher). */
const small = (s: string) => (s.length === 1 ? DIGITS.indexOf(s) + 1 : s === '十' ? 10 : 0);

/** The anchor of a provision on a document's own page: 第三部分 → #part-3, 三（一） → #item-3-1; null when it has none. */
export function provisionAnchor(provision: string): string | null {
  const item = /^([一二三四五六七八九十])（([一二三四五六七八九十])）$/.exec(provision);
  if (item) return `#item-${small(item[1]!)}-${small(item[2]!)}`;
  const part = /^第([一二三四五六七八九十])部分$/.exec(provision);
  return part ? `#part-${small(part[1]!)}` : null;
}

/** The rules an article relies on, in the order it gives them. */
export function rulesOf(article: ArticleLike): RuleView[] {
  return article.data.rules.map((r) => {
    const reg: Regulation = REGULATIONS[r.id];
    const list = r.articles ?? [];
    const links = list.map((text) => {
      const anchor = reg.href ? provisionAnchor(text) : null;
      return { text, href: anchor ? `${reg.href}${anchor}` : null };
    });
    return { ...reg, provisions: list.join('、'), links };
  });
}

/** The poster's key points: the frontmatter's, or the summary. */
export function posterPoints(article: ArticleLike): string[] {
  return article.data.poster?.points ?? [article.data.summary];
}

/** "职工、农民工". */
export const audienceList = (article: ArticleLike) => article.data.audiences.map((a) => AUDIENCE_NAMES[a]).join('、');
