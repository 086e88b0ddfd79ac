/**
 * Writes `sitemap.xml` when the site has an absolute URL (Node only); without one, nothing.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapPath, toSitemap } from '../lib/sitemap.ts';
import { listSiteFiles } from '../node/list-site-files.ts';

/** Astro integration that writes the sitemap of every built page when `site` is set. */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'dossier:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (site === undefined) return;
        const siteDir = fileURLToPath(dir);
        await writeFile(join(siteDir, sitemapPath), toSitemap(site, await listSiteFiles(siteDir)));
        logger.info(`Wrote ${sitemapPath} for ${site.href}`);
      },
    },
  };
}
