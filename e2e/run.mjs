#!/usr/bin/env node
/**
 * `npm run test:e2e`: the browser tests in Debian's Chromium (e2e/vitest.config.ts).
 * Arguments go to vitest (e.g. a file filter: `npm run test:e2e -- a11y`). The last line
 * printed is the count of passed, failed and skipped checks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`e2e: no Chromium at ${chromium}. Install it with: apt-get install -y chromium fonts-noto-cjk nginx`);
  console.error('e2e: 0 passed, 1 failed, 0 skipped — FAIL');
  process.exit(1);
}
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } },
);
process.exit(r.status ?? 1);
