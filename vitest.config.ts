/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  // Build outputs hold tens of thousands of files; watching them exhausts file descriptors.
  server: {
    watch: {
      ignored: ['**/.build/**', '**/.build-test/**', '**/dist/**', '**/.astro/**', '**/bench/out/**', '**/e2e/artifacts/**'],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // One module graph per worker (isolate: false): the files share the imports of src/, which
        // otherwise each file loads again; tests must not rely on module state another file set.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**'], testTimeout: 20_000, isolate: false },
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
