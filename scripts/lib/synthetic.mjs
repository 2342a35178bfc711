/**
 * What the sample and benchmark data generators share: seeded random streams, the CSV
 * field encoding of their files and the check character of a unified social credit code.
 */

/** 32-bit FNV-1a hash of a string, used to seed one PRNG stream per purpose. */
function hash(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for illustrative noise. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * PRNG streams under `seed`, one per purpose: `rng('path', 'shenyang', 'pension')`. Each
 * draw depends only on its key, so changing one parameter does not reshuffle the rest.
 * @param {string} seed
 * @returns {(...key: (string | number)[]) => () => number}
 */
export function randomStreams(seed) {
  return (...key) => mulberry32(hash([seed, ...key].join('|')));
}

/**
 * Per insurance, the priority groups the notice names: [key, share of enrolment at the
 * start, share of the net growth]. Overlapping groups (民营 vs 城镇私营) are reported
 * separately, as the notice lists them separately.
 */
export const GROUP_SHARES = {
  pension: [
    ['private_enterprise', 0.085, 0.2], ['flexible', 0.04, 0.17], ['urban_private', 0.05, 0.11],
    ['individual_business', 0.02, 0.07], ['foreign_invested', 0.035, 0.05], ['restructured', 0.055, 0.05],
    ['struggling_retirees', 0.03, 0.035],
  ],
  unemployment: [['public_institution', 0.1, 0.14], ['foreign_invested', 0.04, 0.09], ['private_enterprise', 0.075, 0.28]],
  medical: [['flexible', 0.03, 0.2], ['migrant', 0.02, 0.14], ['struggling_retirees', 0.04, 0.1], ['central_provincial', 0.11, 0.08]],
  work_injury: [['high_risk', 0.15, 0.24], ['migrant', 0.06, 0.3]],
};

/** A number drawn evenly from [lo, hi). */
export const uniform = (r, lo, hi) => lo + (hi - lo) * r();

/** One CSV field, quoted only when RFC 4180 requires it. */
export function csvField(v) {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** GB 32100 unified social credit code: charset and weights of the check character. */
export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a unified social credit code from its first 17. */
export function usccCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    if (v < 0) throw new Error(`bad credit-code character ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return USCC_CHARS[c === 31 ? 0 : c];
}
