/**
 * Keeps Astro's incremental build cache from serving a page from an unfinished build (Node only).
 *
 * Astro (`experimental.incrementalBuild`) copies each rendered page into
 * `<cacheDir>/dist/` as it is written, but records the pages' keys in
 * `<cacheDir>/incremental-build.json` only when all pages are done. A build stopped in between
 * (Ctrl-C, a render error) leaves new copies under the old keys: undo the edit, build again, and
 * the old key would restore the new page. So every build leaves a mark in the cache folder when it
 * starts and removes it when it is done; a build that finds a mark drops the cache and renders
 * every page.
 *
 * It also empties `dist/` in Astro's place, leaving the pages that are unchanged (`kept-pages.ts`).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cleanBuildVariable, finishBuild, incrementalCacheFiles, isIncremental, startBuild } from '../node/incremental-build.ts';
import { emptyOutDirExcept, fingerprintFiles, listCodeFiles, listKeptPages, pruneRecords, readManifest, recordFile, removeUnwritten, writeRecord } from '../node/kept-pages.ts';

/**
 * Astro integration around `startBuild` and `finishBuild`, which also empties `dist/` in Astro's
 * place but for the pages `listKeptPages` finds unchanged (see `kept-pages.ts`; the config sets
 * `vite.build.emptyOutDir: false`). `DOSSIER_CLEAN_BUILD=1` renders every page.
 */
export function incrementalBuildGuard(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let postBuildCode = '';
  let kept = new Set<string>();
  const manifestFile = () => join(cacheDir, incrementalCacheFiles[0]);
  return {
    name: 'dossier:incremental-build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        const src = fileURLToPath(new URL('src/', config.root));
        // The code that rewrites pages after Astro renders them, and the lockfile of its packages.
        postBuildCode = fingerprintFiles([...listCodeFiles([join(src, 'integrations'), join(src, 'lib'), join(src, 'node')]), fileURLToPath(new URL('package-lock.json', config.root))]);
      },
      'astro:build:start': ({ logger }) => {
        const clean = env[cleanBuildVariable] === '1';
        if (startBuild(cacheDir, { clean }) && !clean) logger.warn('The last build did not finish: every page is rendered again.');
        kept = isIncremental(env) ? listKeptPages(readManifest(manifestFile()), readManifest(recordFile(cacheDir, outDir)), postBuildCode) : new Set();
        const stayed = emptyOutDirExcept(outDir, kept);
        if (stayed > 0) logger.info(`Left ${stayed} unchanged pages in ${outDir}`);
      },
      'astro:build:done': ({ assets }) => {
        const written = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        removeUnwritten(outDir, kept, written);
        pruneRecords(cacheDir);
        writeRecord(cacheDir, outDir, isIncremental(env) ? readManifest(manifestFile()) : null, postBuildCode);
        finishBuild(cacheDir);
      },
    },
  };
}
