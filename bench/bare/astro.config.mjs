// @ts-check
/**
 * The yardstick of the benchmark: a bare Astro project that writes N trivial pages
 * (N from BENCH_PAGES), built with the same astro binary and output format as the site.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.org',
  trailingSlash: 'always',
  cacheDir: './.astro/cache',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
});
