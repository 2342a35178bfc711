/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  // Build tests write thousands of files inside the project; watching them made Astro's
  // route watcher rescan src/pages on every write until it ran out of file handles (EMFILE).
  server: { watch: { ignored: ['**/.build/**', '**/.build-test/**', '**/dist/**', '**/e2e/artifacts/**'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**'], testTimeout: 20_000 },
      },
      {
        // Build tests run the real `npm run build`; one file at a time so builds
        // never compete for the two cores, with the shared fixture built once.
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
