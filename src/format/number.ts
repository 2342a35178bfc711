/**
 * Numbers the way Chinese readers expect them: 万 for large counts with sensible
 * decimals, exact counts with thousands separators where precision matters,
 * percentages with one decimal. Every figure on the site goes through here.
 */

const exact = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0, useGrouping: true });

/** Exact count with thousands separators: 7605000 → "7,605,000". */
export function formatCount(n: number): string {
  // Integers (every count of persons) skip Intl and regular expressions, both much slower
  // than cutting the digits, for a build formats millions of counts. The output is the same
  // (test/format/number.test.ts checks).
  if (Number.isSafeInteger(n)) return groupThousands(n);
  return exact.format(n);
}

/** A safe integer with a comma every three digits: -1234567 → "-1,234,567". */
function groupThousands(n: number): string {
  const negative = n < 0;
  const digits = String(negative ? -n : n);
  if (digits.length <= 3) return negative ? `-${digits}` : digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return negative ? `-${out}` : out;
}

/** One step of a count format: from `from` up, the count in `unit`s with `digits` decimals (trailing zeros dropped), then `suffix`. */
export type Scale = readonly [from: number, unit: number, digits: number, suffix: string];

/**
 * A count on the first of `scales` (largest first) it reaches, exact below them all, with a
 * true minus (−) before negatives. Both editions' formats are scales, so they round alike.
 */
export function formatScaled(n: number, scales: readonly Scale[]): string {
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  for (let i = 0; i < scales.length; i++) {
    const [from, unit, digits, suffix] = scales[i]!;
    if (a >= from) return `${sign}${scaled(a, unit, digits)}${suffix}`;
  }
  return `${sign}${formatCount(a)}`;
}

/**
 * One decimal from 100万 up, two below, so every figure keeps three or four significant
 * digits; counts under 1万 stay exact.
 */
const WAN: readonly Scale[] = [
  [1e8, 1e8, 2, '亿'],
  [1e6, 1e4, 1, '万'],
  [1e4, 1e4, 2, '万'],
];

/** A count in 万 (or 亿): 7605000 → "760.5万", 23456 → "2.35万", 812 → "812". */
export function formatWan(n: number): string {
  return formatScaled(n, WAN);
}

/**
 * a / unit with `digits` decimals, rounded half up on whole numbers: persons are
 * integers, so dividing first (4239500 / 1e4 = 423.95 → "423.9" in binary floating
 * point) would round some exact halves down.
 */
function scaled(a: number, unit: number, digits: number): string {
  const step = unit / 10 ** digits;
  return trim((Math.round(a / step) / 10 ** digits).toFixed(digits));
}

/** A count always in 万 with two decimals (one from 100万), for charts whose labels must share one unit: 7793 → "0.78万". */
export function formatInWan(n: number): string {
  const a = Math.abs(n);
  const digits = a >= 1e6 ? 1 : 2;
  return `${n < 0 ? '−' : ''}${trim((Math.round(a / 10 ** (4 - digits)) / 10 ** digits).toFixed(digits))}万`;
}

/** Count in 万 followed by 人: "760.5万人". */
export function formatPersons(n: number): string {
  return `${formatWan(n)}人`;
}

/** Signed change in 万: "+12.3万", "−0.45万", "0". */
export function formatChange(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${formatWan(n)}` : formatWan(n);
}

/** Signed exact count: "+8,100", "−2,100", "0". */
export function formatSignedCount(n: number): string {
  if (n === 0) return '0';
  return `${n > 0 ? '+' : '−'}${exact.format(Math.abs(n))}`;
}

/** Signed percentage with one decimal: 0.0123 → "+1.2%", −0.004 → "−0.4%". */
export function formatSignedPercent(ratio: number): string {
  const p = Math.round(ratio * 1000) / 10;
  if (p === 0) return '0.0%';
  return `${p > 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%`;
}

/**
 * A rate as a percentage that never reads the same as the target it is compared
 * with: 0.90004 against 0.9 → "90.004%" rather than "90.0%", so "高于90%" is visible.
 */
export function formatPercentAgainst(ratio: number, target: number | null): string {
  const plain = formatPercent(ratio);
  if (target == null || ratio === target || plain !== formatPercent(target)) return plain;
  for (let digits = 2; digits <= 6; digits++) {
    const s = `${(ratio * 100).toFixed(digits)}%`;
    if (s !== `${(target * 100).toFixed(digits)}%`) return s;
  }
  return plain;
}

/** A ratio as a percentage with one decimal: 0.9234 → "92.3%". */
export function formatPercent(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** A percent value (already ×100, e.g. a target of 90) → "90%". */
export function formatPercentValue(percent: number): string {
  return `${trim(percent.toFixed(1))}%`;
}

/** Axis ticks: "750万", "0". */
export function formatAxisWan(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) >= 1e4) return `${trim((n / 1e4).toFixed(1))}万`;
  return exact.format(n);
}

/** A decimal without its trailing zeros: "7.50" → "7.5", "750.0" → "750". */
export function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A file size: 812 → "812 字节", 23456 → "22.9 KB", 3456789 → "3.3 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${trim((bytes / 1024).toFixed(1))} KB`;
  return `${trim((bytes / 1024 / 1024).toFixed(1))} MB`;
}
