/** The benchmark's results: the table, the verdicts against the targets, and BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPORT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../BENCHMARKS.md');

/** Targets from the issue (quality gate 6). */
export const TARGETS = Object.freeze({ ratio: 2, peakRssBytes: 2 * 1024 ** 3, ingestionMBps: 50 });

export const fmtS = (s) => (s == null ? '—' : `${s.toFixed(1)} s`);
export const fmtMiB = (b) => (b == null ? '—' : `${(b / 1024 ** 2).toFixed(0)} MiB`);
export const fmtMB = (b) => (b == null ? '—' : `${(b / 1e6).toFixed(1)} MB`);
export const fmt1 = (x) => (x == null ? '—' : x.toFixed(1));

export function resultTable(rows) {
  const head = [
    'size', 'regions', 'employers', 'data', 'pages', 'files', 'output', 'wall', 'astro + post-build', 'CPU',
    'peak RSS', 'ms/page', 'ingestion', 'bare Astro', 'ratio',
  ];
  const body = rows.map((r) => [
    r.scale == null ? r.label : `×${r.scale}`,
    r.regions.toLocaleString('en-US'),
    r.employers.toLocaleString('en-US'),
    fmtMB(r.dataBytes),
    r.pages.toLocaleString('en-US'),
    r.files.toLocaleString('en-US'),
    fmtMB(r.outputBytes),
    fmtS(r.wallSeconds),
    `${fmtS(r.astroSeconds)} + ${fmtS(r.postBuildSeconds)}`,
    fmtS(r.cpuSeconds),
    fmtMiB(r.peakRssBytes),
    ((1000 * r.wallSeconds) / r.pages).toFixed(2),
    `${fmt1(r.ingestionMBps)} MB/s (CPU ${fmt1(r.ingestionCpuMBps)})`,
    r.bareWallSeconds == null ? '—' : `${fmtS(r.bareWallSeconds)} / ${fmtMiB(r.barePeakRssBytes)}`,
    r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`,
  ]);
  return [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** One line per target: met or not, for the largest size; linearity over all sizes. */
export function verdicts(rows) {
  const big = rows.reduce((a, b) => (b.dataBytes > a.dataBytes ? b : a));
  const mark = (ok) => (ok ? '✅ met' : '❌ missed');
  const lines = [];
  if (big.ratio != null) lines.push(`- Build time ≤ ${TARGETS.ratio}× bare Astro (${big.label}): ${big.ratio.toFixed(2)}× — ${mark(big.ratio <= TARGETS.ratio)}`);
  lines.push(`- Peak RSS ≤ 2 GiB (${big.label}): ${fmtMiB(big.peakRssBytes)} — ${mark(big.peakRssBytes <= TARGETS.peakRssBytes)}`);
  if (big.ingestionMBps != null) {
    lines.push(`- Ingestion ≥ ${TARGETS.ingestionMBps} MB/s (${big.label}): ${big.ingestionMBps.toFixed(1)} MB/s — ${mark(big.ingestionMBps >= TARGETS.ingestionMBps)}`);
  }
  const sorted = [...rows].sort((a, b) => a.dataBytes - b.dataBytes);
  if (sorted.length >= 3) {
    // Linear growth: the cost of each further MB stays the same from one size to the next
    // (a fixed start-up cost is allowed; a rising marginal cost is not).
    const marginal = [];
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1];
      const b = sorted[i];
      marginal.push((b.wallSeconds - a.wallSeconds) / ((b.dataBytes - a.dataBytes) / 1e6));
    }
    const growth = marginal.at(-1) / marginal[0];
    lines.push(
      `- Linear in data size: marginal cost ${marginal.map((m) => `${m.toFixed(2)} s/MB`).join(' → ')} ` +
        `(last/first ${growth.toFixed(2)}; linear ≈ 1, within ±25%) — ${mark(growth <= 1.25 && growth >= 0.75)}`,
    );
  }
  return lines;
}

/**
 * BENCHMARKS.md keeps hand-written analysis; this replaces only the block between the
 * `bench:latest` markers and appends rows to the history table.
 */
export function updateReport(m, table, verdict, rows, note) {
  const begin = '<!-- bench:latest -->';
  const end = '<!-- /bench:latest -->';
  const historyEnd = '<!-- /bench:history -->';
  let text = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n\n## History\n\n<!-- bench:history -->\n| date | commit | size | pages | wall | peak RSS | ingestion | ratio | note |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${historyEnd}\n`;
  const block = [
    begin,
    `Latest run: ${m.date}, commit \`${m.commit}\`${m.dirty ? ' (with uncommitted changes)' : ''} on \`${m.branch}\`; ` +
      `${m.cpus} cores (${m.cpuModel}), ${m.memGiB} GiB memory, Node ${m.node}, Astro ${m.astro}; load average at the end ${m.load}.`,
    '',
    table,
    '',
    ...verdict,
    end,
  ].join('\n');
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  const history = rows
    .map(
      (r) =>
        `| ${m.date} | \`${m.commit}\`${m.dirty ? '+' : ''} | ${r.scale == null ? r.label : `×${r.scale}`} | ${r.pages.toLocaleString('en-US')} | ` +
        `${fmtS(r.wallSeconds)} | ${fmtMiB(r.peakRssBytes)} | ${fmt1(r.ingestionMBps)} MB/s | ${r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`} | ${note} |`,
    )
    .join('\n');
  const h = text.indexOf(historyEnd);
  text = h >= 0 ? `${text.slice(0, h)}${history}\n${text.slice(h)}` : `${text.trimEnd()}\n${history}\n`;
  writeFileSync(REPORT, text);
}
