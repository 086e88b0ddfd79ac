import { rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { astroCacheDir } from '../../../src/node/incremental-build.ts';
import { commitRecord, dropRecord } from '../../../src/node/site-records.ts';
import { toWorkFolders } from '../emit/out-folder.ts';
import { siteMarker, siteMarkerText } from './dist-folder.ts';

/**
 * Swaps the site built in `staging` in as `siteDir`, whole: the marker is written into the new
 * site, the old folder is renamed aside, the new one into place, and the old one deleted last. A
 * build killed at any moment leaves `siteDir` as the previous site or the new one; killed between
 * the two renames it leaves only the previous folder beside it, and the next build moves it back
 * (`recoverOutFolder`). The folder's record of kept pages is dropped before the swap and the new
 * one committed after (`site-records.ts`), so a record never describes pages the folder lacks.
 */
export async function publishSite(staging: string, siteDir: string, options: { root?: string; pid?: number } = {}): Promise<void> {
  const cacheDir = join(options.root ?? process.cwd(), astroCacheDir);
  const site = resolve(siteDir);
  const { previous } = toWorkFolders(site, options.pid ?? process.pid);
  writeFileSync(join(staging, siteMarker), siteMarkerText);
  dropRecord(cacheDir, site);
  let swapped = false;
  try {
    await rename(site, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, site);
    swapped = true;
  } catch (cause) {
    // The second rename failed after the first succeeded: put the previous site back.
    await rename(previous, site).catch(() => undefined);
    throw new Error(`Failed to swap the new site into ${siteDir}; the previous site was kept. Check that its folder is writable.`, { cause });
  }
  commitRecord(cacheDir, site);
  if (swapped) await rm(previous, { recursive: true, force: true });
}

/** Deletes the folder a build rendered into when it stops before the swap. */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
