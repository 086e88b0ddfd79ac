/**
 * Reads Pagefind's bundle back from disk (Node only).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listSiteFiles } from '../list-site-files.ts';
import { mapLimited } from '../map-limited.ts';
import type { BundleFile } from './offline-search/to-offline-files.ts';

const readConcurrency = 16;

/**
 * Returns every file under `bundleDir` with its bytes, paths relative to it and sorted, in the
 * shape of Pagefind's `getFiles()`. Reading what `writeFiles` wrote is much cheaper than asking
 * Pagefind's service for it again: `getFiles()` sends every file back through the service's pipe.
 */
export async function readBundle(bundleDir: string): Promise<BundleFile[]> {
  const paths = await listSiteFiles(bundleDir);
  return mapLimited(paths, readConcurrency, async (path) => ({ path, content: new Uint8Array(await readFile(join(bundleDir, path))) }));
}
