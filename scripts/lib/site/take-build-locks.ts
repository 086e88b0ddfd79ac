import { join } from 'node:path';
import { astroCacheDir } from '../../../src/node/incremental-build.ts';
import { acquireLock, toLockFile, type LockResult } from '../run/lock.ts';

/**
 * The lock of the project's site build, in Astro's cache folder: every build of a checkout shares
 * that cache (the incremental pages, the content store, the prerender bundle of a `--dist` outside
 * the project), so two builds of one checkout at once would corrupt each other whatever their
 * `--out` and `--dist`.
 */
export const buildLockFile = join(astroCacheDir, 'dossier-build.lock');

const buildHolder = { run: 'build', doing: 'is running in this project', idle: 'no build is running' };

/**
 * Takes the locks of a whole `npm run build`, for ingest, Astro, the search index and the swap:
 * the project's build lock, then the lock of the articles folder `out` (ingest's own lock, which
 * the ingest child inherits, so a separate `npm run ingest` cannot rewrite the articles while the
 * site is built from them). A lock left by a process that no longer runs is taken over, with a
 * warning. Refused, nothing is held.
 */
export function takeBuildLocks(out: string, root: string = process.cwd()): LockResult {
  const build = acquireLock(join(root, buildLockFile), { holder: buildHolder });
  if (!build.ok) return build;
  const articles = acquireLock(toLockFile(out));
  if (!articles.ok) {
    build.release();
    return articles;
  }
  const warnings = [build.warning, articles.warning].filter((warning) => warning !== null);
  return {
    ok: true,
    warning: warnings.length > 0 ? warnings.join('; ') : null,
    release: () => {
      articles.release();
      build.release();
    },
  };
}
