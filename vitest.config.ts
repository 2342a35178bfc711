/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build tests run `astro build` several times; they share one worker so
    // they never compete for the two cores and the .astro cache.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
