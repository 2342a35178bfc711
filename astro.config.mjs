// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dataIntegration } from './src/site/build/integration.ts';
import { keepInSitemap, sitemapLinks } from './src/site/build/sitemap.ts';
import { remarkContentSafety } from './src/site/articles/content-safety.ts';
import { settings } from './src/settings.ts';

/** Absolute URLs (canonical, sitemap, feeds, OG) use SITE_URL (src/settings.ts). */
const site = settings().siteUrl;

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
  integrations: [
    dataIntegration(),
    mdx(),
    sitemap({
      filter: keepInSitemap,
      // Pages with an English twin list both editions (xhtml:link hreflang).
      serialize: (item) => {
        const links = sitemapLinks(item.url);
        return links ? { ...item, links } : item;
      },
    }),
  ],
  // Articles (MDX, which extends this) and release notes (Markdown): only text, Markdown and
  // the site's components, checked on the parsed tree before anything is compiled or run.
  markdown: { remarkPlugins: [remarkContentSafety] },
  // Astro inlines small bundled scripts; the CSP (script-src 'self') forbids inline scripts,
  // so every script must stay an external file.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  prefetch: false,
});
