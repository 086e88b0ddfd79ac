/**
 * The build marks and switches of incremental builds (Node only): what the
 * `incrementalBuildGuard` integration (`src/integrations/`) does at the start and end of a
 * build, and the environment variables that control it, which the benchmark sets too.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files of Astro's incremental cache inside its `cacheDir` (astro/dist/core/build/incremental.js). */
export const incrementalCacheFiles = ['incremental-build.json', 'dist'] as const;

/** The mark a build leaves in `cacheDir` while it runs. */
export const pendingMark = 'dossier-build-pending';

/**
 * Called when a build starts: drops the incremental cache when the last build left its mark
 * (or when `clean` asks for it), then leaves this build's mark. Returns whether it dropped the cache.
 */
export function startBuild(cacheDir: string, options: { clean?: boolean } = {}): boolean {
  const mark = join(cacheDir, pendingMark);
  const drop = options.clean === true || existsSync(mark);
  if (drop) for (const file of incrementalCacheFiles) rmSync(join(cacheDir, file), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, 'A build is running, or stopped before it was done: the next build drops the incremental cache.\n');
  return drop;
}

/** Called when a build is done (every page written and the cache's keys recorded): removes the mark. */
export function finishBuild(cacheDir: string): void {
  rmSync(join(cacheDir, pendingMark), { force: true });
}

/** Name of the environment variable that, set to `0`, turns incremental builds off: every page is rendered and the cache is neither read nor written. */
export const incrementalVariable = 'DOSSIER_INCREMENTAL';

/** Whether `env` leaves incremental builds on (the default). */
export function isIncremental(env: Record<string, string | undefined>): boolean {
  return env[incrementalVariable] !== '0';
}

/** Name of the environment variable that, set to `1`, drops the incremental cache before the build. */
export const cleanBuildVariable = 'DOSSIER_CLEAN_BUILD';

/**
 * Name of the environment variable with which `npm run build` names the site folder that the
 * folder Astro renders into will replace: the guard carries that site's unchanged pages over.
 */
export const siteDirVariable = 'DOSSIER_SITE_DIR';

/** Astro's cache folder, relative to the project root: Astro's default `cacheDir`, which astro.config.mjs keeps. */
export const astroCacheDir = 'node_modules/.astro';
