/**
 * Writes the offline search bundle beside Pagefind's own files (Node only).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapLimited } from '../../map-limited.ts';
import { isIndexFile, offlineFolder, sumBytes, toOfflineFiles, type BundleFile } from './to-offline-files.ts';

// Files written at once: a few hundred packs at 10,000 articles.
const writeConcurrency = 16;

const shimFile = new URL('./offline-shim.js', import.meta.url);

/**
 * What was written: the number of index `scripts` (the entry script besides), and in bytes the
 * index as Pagefind wrote it, as offline scripts, and the entry script.
 */
export type OfflineSearchSizes = { scripts: number; index: number; wrappedIndex: number; entry: number };

/**
 * Replaces `<bundleDir>/offline/` with the offline bundle built from Pagefind's `files`
 * (as `getFiles()` returns them, or `readBundle` reads them) and returns its sizes.
 */
export async function writeOfflineSearch(bundleDir: string, files: readonly BundleFile[]): Promise<OfflineSearchSizes> {
  const { entry, index } = toOfflineFiles(files, await readFile(shimFile, 'utf8'));
  await rm(join(bundleDir, offlineFolder), { recursive: true, force: true });
  const written = [entry, ...index];
  const folders = [...new Set(written.map((file) => dirname(join(bundleDir, file.path))))];
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapLimited(written, writeConcurrency, (file) => writeFile(join(bundleDir, file.path), file.content));
  return {
    scripts: index.length,
    index: sumBytes(files.filter((file) => isIndexFile(file.path))),
    wrappedIndex: sumBytes(index),
    entry: entry.content.byteLength,
  };
}
