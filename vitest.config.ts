/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BuildSequencer } from './test/build/sequencer';

export default getViteConfig({
  // Build outputs hold tens of thousands of files; watching them exhausts file descriptors.
  server: {
    watch: {
      ignored: ['**/.build/**', '**/.build-test/**', '**/dist/**', '**/.astro/**', '**/bench/out/**', '**/e2e/artifacts/**'],
    },
  },
  test: {
    // Build tests run in the order their sites are ready (test/build/sequencer.ts).
    sequence: { sequencer: BuildSequencer },
    projects: [
      {
        extends: true,
        // One module graph per worker (isolate: false): the files share the imports of src/, which
        // otherwise each file loads again; tests must not rely on module state another file set.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**'], testTimeout: 20_000, isolate: false },
      },
      {
        // Build tests read the sites the global setup builds with the real `npm run build`; one
        // file at a time, in one module graph, beside the builds on the two cores.
        extends: true,
        test: {
          name: 'build',
          isolate: false,
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
