/**
 * Keeps Astro's incremental build cache from serving a page from an unfinished build, and carries
 * the previous site's unchanged pages into the new one (Node only).
 *
 * Astro (`experimental.incrementalBuild`) copies each rendered page into
 * `<cacheDir>/dist/` as it is written, but records the pages' keys in
 * `<cacheDir>/incremental-build.json` only when all pages are done. A build stopped in between
 * (Ctrl-C, a render error) leaves new copies under the old keys: undo the edit, build again, and
 * the old key would restore the new page. So every build leaves a mark in the cache folder when it
 * starts and removes it when it is done; a build that finds a mark drops the cache and renders
 * every page.
 *
 * `npm run build` renders into a fresh folder beside the site and names the site folder in
 * `DOSSIER_SITE_DIR` (`siteDirVariable`): the pages unchanged since that site was built are
 * carried over (`stage-kept-pages.ts`) and the build's record of its pages waits as pending until
 * the new folder is swapped in (`site-records.ts`). A plain `astro build` empties its output
 * folder, as Astro would, and keeps no record.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cleanBuildVariable, finishBuild, incrementalCacheFiles, isIncremental, siteDirVariable, startBuild } from '../node/incremental-build.ts';
import { emptyOutDirExcept, fingerprintFiles, listCodeFiles, listKeptPages, readManifest } from '../node/kept-pages.ts';
import { dropRecord, pendingRecordFile, pruneRecords, recordFile, writeRecord } from '../node/site-records.ts';
import { fillKeptPages, stageKeptPages } from '../node/stage-kept-pages.ts';

/**
 * Astro integration around `startBuild` and `finishBuild` that also fills the output folder with
 * the kept pages of the site in `DOSSIER_SITE_DIR` (the config sets `vite.build.emptyOutDir:
 * false`). `DOSSIER_CLEAN_BUILD=1` renders every page.
 */
export function incrementalBuildGuard(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let postBuildCode = '';
  let placed = new Set<string>();
  const siteDir = env[siteDirVariable] || undefined;
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
        if (siteDir === undefined) {
          emptyOutDirExcept(outDir, new Set());
          dropRecord(cacheDir, outDir);
          return;
        }
        const kept = isIncremental(env) ? listKeptPages(readManifest(manifestFile()), readManifest(recordFile(cacheDir, siteDir)), postBuildCode) : new Set<string>();
        placed = stageKeptPages(outDir, siteDir, kept);
        if (placed.size > 0) logger.info(`Carrying ${placed.size} unchanged pages over from ${siteDir}`);
      },
      'astro:build:done': ({ assets }) => {
        if (siteDir !== undefined) {
          const written = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
          fillKeptPages(outDir, siteDir, placed, written);
        }
        pruneRecords(cacheDir);
        if (siteDir !== undefined) writeRecord(pendingRecordFile(cacheDir, siteDir), siteDir, isIncremental(env) ? readManifest(manifestFile()) : null, postBuildCode);
        finishBuild(cacheDir);
      },
    },
  };
}
