/**
 * Makes every root-absolute URL in the built HTML and CSS relative to its file, after Astro
 * has written the site and before Pagefind indexes it (Node only).
 *
 * Astro writes "/_astro/…" and "/articles/x/" whatever `build.format` says; our own pages already
 * link relatively (src/lib/paths.ts), so this pass is the guarantee for everything else: a script
 * or image Astro bundles, a redirect, a page a future change adds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { toRelativeCss } from '../lib/relative-url.ts';
import { rewriteHtmlUrls } from '../lib/rewrite-html-urls.ts';
import { listSiteFiles } from '../node/list-site-files.ts';
import { mapLimited } from '../node/map-limited.ts';
import { replaceFile } from '../node/replace-file.ts';

const readConcurrency = 16;

/** Astro integration that rewrites root-absolute URLs; list it before the search integration. */
export function relativeUrls(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'dossier:relative-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await makeUrlsRelative(fileURLToPath(dir), { site }, logger);
      },
    },
  };
}

/**
 * Rewrites the `.html` and `.css` files under `siteDir` and returns the paths it changed. A file
 * that needs no change is not written, so its bytes and time stamp stay as they were; a changed
 * one is replaced by a rename, never written in place (it may be a link to the previous site).
 */
export async function makeUrlsRelative(
  siteDir: string,
  options: { site?: URL | undefined },
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<string[]> {
  const files = await listSiteFiles(siteDir);
  const present = new Set(files);
  const exists = (path: string) => present.has(path);
  const rewrites = files.flatMap((path) => {
    const rewrite = path.endsWith('.html')
      ? (text: string) => rewriteHtmlUrls(text, path, { ...options, exists })
      : path.endsWith('.css')
        ? (text: string) => toRelativeCss(path, text, { exists })
        : null;
    return rewrite === null ? [] : [{ path, rewrite }];
  });
  // A few files at a time: reading is most of the work now that unchanged pages are not parsed.
  const results = await mapLimited(rewrites, readConcurrency, async ({ path, rewrite }) => {
    const file = join(siteDir, path);
    const text = await readFile(file, 'utf8');
    const rewritten = rewrite(text);
    if (rewritten === text) return null;
    await replaceFile(file, rewritten);
    return path;
  });
  const changed = results.filter((path) => path !== null);
  const count = changed.length === 1 ? '1 file' : `${changed.length} files`;
  logger.info(`Made root-absolute URLs relative in ${count}`);
  return changed;
}
