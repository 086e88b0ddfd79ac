/**
 * Writes the offline search bundle beside Pagefind's own files (Node only).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { offlineFolder, toOfflineFiles, type BundleFile } from './to-offline-files.ts';

const shimFile = new URL('./offline-shim.js', import.meta.url);

/** Sizes of what was written, in bytes: the index as Pagefind wrote it and as offline scripts. */
export type OfflineSearchSizes = { files: number; index: number; wrappedIndex: number; entry: number };

/**
 * Replaces `<bundleDir>/offline/` with the offline bundle built from Pagefind's `files`
 * (as `getFiles()` returns them) and returns its sizes.
 */
export async function writeOfflineSearch(bundleDir: string, files: readonly BundleFile[]): Promise<OfflineSearchSizes> {
  const { entry, index } = toOfflineFiles(files, await readFile(shimFile, 'utf8'));
  await rm(join(bundleDir, offlineFolder), { recursive: true, force: true });
  for (const file of [entry, ...index]) {
    const target = join(bundleDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  const indexPaths = new Set(index.map((file) => file.path.slice(offlineFolder.length + 1, -'.js'.length)));
  return {
    files: index.length + 1,
    index: sum(files.filter((file) => indexPaths.has(file.path))),
    wrappedIndex: sum(index),
    entry: entry.content.byteLength,
  };
}

function sum(files: readonly BundleFile[]): number {
  return files.reduce((total, file) => total + file.content.byteLength, 0);
}
