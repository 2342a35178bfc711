#!/usr/bin/env node
/**
 * Sums Astro's per-page times ("├─ /path/index.html (+12ms)") by route from a build log,
 * to see which routes a build spends its time on: node bench/route-times.mjs bench/out/build-s1.log
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2] ?? 'bench/out/build-s1.log', 'utf8');
const routes = new Map();
let route = '(none)';
for (const line of text.split('\n')) {
  const r = /[▶λ] (src\/\S+)/.exec(line);
  if (r) {
    route = r[1];
    continue;
  }
  const p = /[├└]─ \S+ \(\+([\d.]+)(ms|s)\)/.exec(line);
  if (!p) continue;
  const entry = routes.get(route) ?? { pages: 0, ms: 0 };
  entry.pages++;
  entry.ms += Number(p[1]) * (p[2] === "s" ? 1000 : 1);
  routes.set(route, entry);
}
const total = [...routes.values()].reduce((s, e) => s + e.ms, 0);
console.log('     s    share   pages   ms/page  route');
for (const [name, e] of [...routes].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(
    `${(e.ms / 1000).toFixed(1).padStart(6)}  ${((100 * e.ms) / total).toFixed(1).padStart(5)}%  ${String(e.pages).padStart(6)}  ${(e.ms / e.pages).toFixed(2).padStart(8)}  ${name}`,
  );
}
console.log(`${(total / 1000).toFixed(1).padStart(6)}  total of the per-page times Astro logged`);
