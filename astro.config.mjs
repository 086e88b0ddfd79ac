// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { articleSearch } from './src/integrations/pagefind.ts';
import { relativeUrls } from './src/integrations/relative-urls.ts';
import { searchScript } from './src/integrations/search-script.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { isIndexedByAstro } from './src/lib/search-index-step.ts';
import { resolveSiteUrl } from './src/lib/site-url.ts';
import { incrementalBuildGuard } from './src/integrations/incremental-build-guard.ts';
import { isIncremental } from './src/node/incremental-build.ts';

/** @param {string | undefined} site */
const siteOption = (site) => (site === undefined ? {} : { site });

export default defineConfig({
  // Optional: DOSSIER_SITE_URL=https://… adds sitemap.xml, canonical and og:url. Unset, the site
  // emits no absolute URL and works wherever it is put.
  ...siteOption(resolveSiteUrl(process.env)),
  integrations: [
    // First, so a build that stops early makes the next one render every page (see the module).
    incrementalBuildGuard(),
    // Article text is data: no smart quotes, no autolinked URLs. The ingest pipeline serialises the
    // body with plain remark-mdx, so the site must parse it without GFM extensions too.
    mdx({ gfm: false, smartypants: false, syntaxHighlight: false }),
    // Order matters: Astro runs `astro:build:done` integration by integration, so the URLs are
    // relative before the sitemap lists the pages and before Pagefind indexes them.
    relativeUrls(),
    sitemap(),
    // `npm run build` indexes after Astro has exited, so the two never hold their memory at once;
    // a plain `astro build` indexes here.
    ...(isIndexedByAstro(process.env) ? [articleSearch()] : []),
    // The search page's script, bundled from src/search-ui/ as one classic script.
    searchScript(),
  ],
  build: {
    // Pages become `index.html`, `articles/<slug>.html`: links between them work from `file://` too.
    format: 'file',
    // Inlined CSS has no URL to resolve, so pages stay styled at any mount point and on the 404 page.
    inlineStylesheets: 'always',
    // Pages render while earlier ones are written: 4 at a time cut page generation by about a third
    // at 2,000 articles on 2 cores (8.3/6.7 s → 5.2/4.2 s, alternating runs); 8 was no faster.
    concurrency: 4,
  },
  // A rebuild renders only the pages whose cache key (src/node/page-keys.ts) or code changed
  // and copies the rest from node_modules/.astro/dist/ (docs/performance.md). DOSSIER_INCREMENTAL=0
  // renders every page without reading or writing that cache.
  experimental: { incrementalBuild: isIncremental(process.env) },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // dossier:incremental-build-guard empties dist/ instead, leaving the pages a rebuild would
      // copy back unchanged (src/node/kept-pages.ts): deleting them cost more than rendering.
      emptyOutDir: false,
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" marker, and rolldown warns about it
        // once per article (withastro/astro#18087, harmless). Drop only that warning.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
