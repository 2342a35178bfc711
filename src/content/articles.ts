/**
 * The articles collection: plain-language explainers in `${CONTENT_DIR}/articles/*.mdx`.
 * docs/articles.md explains every field to editors.
 *
 * The schema checks the shape of the frontmatter. What depends on the data (the
 * region or metric of `figure`, the live figures in the body) is checked when the
 * pages are built, by src/site/articles/article-check.ts, with the same kind of message.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { GROUP_KEYS, INSURANCES } from '../data/types';
import { AUDIENCE_NAMES, INSURANCE_NAMES, type Audience } from '../i18n/glossary';
import { METRICS } from '../stats/metrics';
import { REGULATION_KEYS } from './regulations';
import { settings } from '../settings';

const AUDIENCE_KEYS = Object.keys(AUDIENCE_NAMES) as [Audience, ...Audience[]];

/**
 * An enum whose error says what was written and lists what is allowed, with the
 * words readers see, so an editor can fix the file from the build log alone.
 */
function oneOf<T extends string>(keys: readonly [T, ...T[]], what: string, label: (k: T) => string = (k) => k) {
  return z.enum(keys, {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_enum_value' || issue.code === 'invalid_type'
        ? { message: `${JSON.stringify(ctx.data)} is not ${what}; expected one of ${keys.map(label).join(', ')}` }
        : { message: ctx.defaultError },
  });
}
const audienceKey = oneOf(AUDIENCE_KEYS, 'an audience', (k) => `${k} (${AUDIENCE_NAMES[k]})`);
const insuranceKey = oneOf(INSURANCES, 'an insurance', (k) => `${k} (${INSURANCE_NAMES[k].short})`);
const regulationKey = oneOf(REGULATION_KEYS, 'a document listed in src/content/regulations.ts (add it there first if it was in force)');

/** A calendar day: YAML's unquoted 2005-09-01 (a Date) or the string "2005-09-01"; kept as "YYYY-MM-DD". */
const day = z
  .union([z.date(), z.string()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : v.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a date as YYYY-MM-DD, e.g. 2005-09-01; got ${JSON.stringify(String(v))}` });
      return z.NEVER;
    }
    return s;
  });

/** A list without repeats, of at least `min` items. */
const unique = <T extends z.ZodTypeAny>(item: T, min = 0, minMessage?: string) =>
  z
    .array(item)
    .min(min, minMessage)
    .superRefine((xs, ctx) => {
      const seen = new Set<unknown>();
      xs.forEach((x, i) => {
        if (seen.has(x)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: `${JSON.stringify(x)} is listed twice` });
        seen.add(x);
      });
    });

/** 第六条, 第十三条, 第二部分…: how provisions are cited in Chinese; 三（一） for an item of a notice's part. */
const PROVISION = /^(第[〇零一二三四五六七八九十百]+(条|款|项|部分|章)|[一二三四五六七八九十]+（[一二三四五六七八九十]+）)$/;

/** One rule an article relies on: a key of src/content/regulations.ts, alone or with the provisions relied on. */
export const ruleRef = z.preprocess(
  (v) => (typeof v === 'string' ? { id: v } : v),
  z
    .object({
      id: regulationKey,
      /** Provisions relied on, e.g. [第六条, 第十四条]. */
      articles: z
        .array(z.string().regex(PROVISION, 'expected a provision in Chinese numerals, e.g. 第六条 or 第十三条 (an item of the notice: 三（一）)'))
        .min(1)
        .optional(),
    })
    .strict(),
);

/** The figure an article puts on its poster and share image (as `<Stat>` props). */
export const figureRef = z
  .object({
    metric: oneOf(METRICS, 'a metric'),
    /** `province` or a region id (checked against regions.csv at build time). */
    area: z.string().min(1),
    insurance: insuranceKey.optional(),
    year: z.number().int().min(1990).max(2100).optional(),
    group: z.enum(GROUP_KEYS).optional(),
  })
  .strict();

/** An article's frontmatter. Unknown fields are errors, so a misspelt field never goes unnoticed. */
export const articleSchema = z
  .object({
    /** Headline, also on the share image and the poster: short enough for two lines there. */
    title: z.string().trim().min(4).max(36),
    /** One or two sentences: the list, link previews, the feed and search engines show it. */
    summary: z.string().trim().min(10).max(120),
    /** Publication date. */
    published: day,
    /** Date of the last substantive change, if any. */
    updated: day.optional(),
    /** Who the article is for (keys of AUDIENCE_NAMES in src/i18n/glossary.ts). */
    audiences: unique(audienceKey, 1, 'name at least one audience'),
    /** Insurances the article is about; empty for articles about social insurance in general. */
    insurances: unique(insuranceKey),
    /** The rules the article relies on: at least one (keys of src/content/regulations.ts). */
    // A missing list becomes [] and fails min(1) with this message (Astro would only print "Required").
    rules: z.array(ruleRef).min(1, 'missing: every article says which rules it relies on (keys of src/content/regulations.ts)').default([]),
    /** The live figure for the poster and the share image; default: the province's enrolment in the first insurance. */
    figure: figureRef.optional(),
    /** The poster view (/articles/<slug>/poster/): 2–4 key points of at most 36 characters (two lines on A4); default: the summary. */
    poster: z
      .object({
        points: z.array(z.string().trim().min(4).max(36)).min(2).max(4),
        /** `rates`: the poster also carries the table of who pays what (src/components/articles/RateTable.astro). */
        table: z.enum(['rates']).optional(),
      })
      .strict()
      .optional(),
    /** Drafts are shown by `astro dev` only, never built by `npm run build`. */
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.updated && a.updated < a.published) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updated'], message: `is before published (${a.published})` });
    }
    const ids = a.rules.map((r) => r.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['rules', i], message: `${id} is listed twice` });
    });
  });

/** Validated frontmatter of one article. */
export type ArticleData = z.output<typeof articleSchema>;

export const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${settings().contentDir}/articles` }),
  schema: articleSchema,
});
