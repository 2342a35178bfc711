/** What the benchmark's generators share: the build date, the insurances and the seeded draws. */
import { randomStreams } from '../scripts/lib/synthetic.mjs';

/** The build date of the dataset (its last day of reports). */
export const BUILD_DAY = '2014-12-31';
export const INSURANCES = ['pension', 'unemployment', 'medical', 'work_injury'];

/** A PRNG stream for one purpose, e.g. rng('path', 'shenyang', 'pension'). */
export const rng = randomStreams('kuomian-bench-national');
/** A whole number drawn evenly from [lo, hi]. */
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
/** One of `xs`, drawn evenly. */
export const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
export const pad2 = (n) => String(n).padStart(2, '0');
