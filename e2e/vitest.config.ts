/**
 * The browser tests (`npm run test:e2e`): kept out of `npm test`'s projects because they
 * need Chromium and nginx. One file at a time: they share two cores with the build.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: '.',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ['default', './e2e/summary-reporter.ts'],
  },
});
