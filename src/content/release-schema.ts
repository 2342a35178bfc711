/**
 * The front matter of a release note (content/releases/*.md), as a plain zod schema so
 * tests can check it without Astro's content layer. One file per data release:
 *
 * ```yaml
 * title: 2005年6月扩面进展数据        # required
 * date: 2005-07-20                    # required: the day the release was published
 * version: 20050720-1a2b3c4d          # optional: the dataset version of that release
 * months: [2005-06]                   # months of data first published in it
 * revised:                            # months revised, each with its reason
 *   - { month: 2005-04, region: fuxin, insurance: work_injury, reason: 阜新市补报4月工伤保险月报 }
 * next_update: 2005-08-20             # optional: when the next release is expected
 * summary: 一句话摘要（RSS 用；可省略）
 * ```
 * The body (Markdown) says what changed, in plain words.
 */
import { z } from 'astro/zod';
import { INSURANCES } from '../data/types';

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** YAML turns an unquoted 2005-07-20 into a Date; accept both and keep YYYY-MM-DD. */
const day = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(DAY, 'a date as YYYY-MM-DD').refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'a date that exists in the calendar'),
);
/** YAML turns 2005-06 into a string, but be explicit about the format. */
const month = z.string().regex(MONTH, 'a month as YYYY-MM');

/** One revised month and why. */
export const revisionSchema = z.object({
  month,
  /** Region id, or omitted when the revision concerns the province as a whole. */
  region: z.string().min(1).optional(),
  insurance: z.enum(INSURANCES).optional(),
  reason: z.string().min(1, 'a reason for the revision'),
});

/** A release note's front matter. */
export const releaseSchema = z.object({
  title: z.string().min(1),
  date: day,
  version: z.string().regex(/^\d{8}-[0-9a-f]{8}$/, 'a dataset version such as 20051231-1a2b3c4d').optional(),
  months: z.array(month).default([]),
  revised: z.array(revisionSchema).default([]),
  next_update: day.optional(),
  summary: z.string().min(1).optional(),
});

/** A validated release note's front matter. */
export type ReleaseData = z.infer<typeof releaseSchema>;
