// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dataIntegration } from './src/site/integration.ts';

/** Absolute URLs (canonical, sitemap, feeds, OG) use SITE_URL; the default suits the sample. */
const site = process.env.SITE_URL || 'https://kuomian.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Per checkout, not node_modules/.astro: parallel checkouts may share node_modules.
  cacheDir: './.astro/cache',
  build: {
    format: 'directory',
    // The CSP allows styles from 'self' only, so no stylesheet may be inlined.
    inlineStylesheets: 'never',
  },
  // Article posters are print views of their article (noindex): not in the sitemap.
  integrations: [dataIntegration(), mdx(), sitemap({ filter: (page) => !/\/articles\/[^/]+\/poster\/$/.test(page) })],
  // Astro inlines a bundled <script> smaller than this limit into the page, which the
  // CSP (script-src 'self') blocks: 0 keeps every script an external file.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  prefetch: false,
});
