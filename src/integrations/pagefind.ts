/**
 * The Astro integration that indexes the built article pages for search (Node only); the index
 * build itself is `buildSearchIndex` (`src/node/search-index/`), which `npm run build` also calls.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../node/search-index/build-search-index.ts';

/** Astro integration that indexes every built article page for search. */
export function articleSearch(): AstroIntegration {
  return {
    name: 'dossier:article-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
