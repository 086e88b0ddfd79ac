/**
 * The records of built sites (Node only): for each site folder, which page in it was made under
 * which incremental-build key, by which code. A build keeps a page of the previous site only where
 * that folder's record and Astro's manifest agree (`listKeptPages`).
 *
 * A record must never describe pages a folder does not hold, so it changes with the folder: the
 * build writes its record as *pending* (`pendingRecordFile`) when Astro is done, and `npm run
 * build` drops the folder's record before it swaps the new site in and commits the pending one
 * after. A build killed in between leaves no record, and the next build keeps no page (it copies
 * them from Astro's cache instead): slower once, never wrong.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, type IncrementalManifest } from './kept-pages.ts';

const recordsFolder = 'dossier-dist-records';

/** Where the record of the site folder `siteDir` is kept, inside Astro's `cacheDir`. */
export function recordFile(cacheDir: string, siteDir: string): string {
  return join(cacheDir, recordsFolder, `${createHash('sha256').update(siteDir).digest('hex').slice(0, 32)}.json`);
}

/** Where a build leaves the record of the site it made for `siteDir` until that site is swapped in. */
export function pendingRecordFile(cacheDir: string, siteDir: string): string {
  return recordFile(cacheDir, siteDir).replace(/\.json$/, '.pending');
}

/** Saves `manifest` (the cache's, as this build left it) as a record of `siteDir` in `file`; null removes the file. */
export function writeRecord(file: string, siteDir: string, manifest: IncrementalManifest | null, postBuildCode: string): void {
  if (!manifest) return rmSync(file, { force: true });
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...manifest, postBuildCode, outDir: siteDir }));
}

/** Deletes the record of `siteDir`: call it before the folder's pages change. */
export function dropRecord(cacheDir: string, siteDir: string): void {
  rmSync(recordFile(cacheDir, siteDir), { force: true });
}

/** Makes the pending record of `siteDir` its record: call it once the new site is in place. */
export function commitRecord(cacheDir: string, siteDir: string): void {
  const pending = pendingRecordFile(cacheDir, siteDir);
  if (existsSync(pending)) renameSync(pending, recordFile(cacheDir, siteDir));
}

/** Deletes the records (pending ones too) of site folders that no longer exist (tests and benchmarks build into temporary ones). */
export function pruneRecords(cacheDir: string): void {
  const folder = join(cacheDir, recordsFolder);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const siteDir = readManifest(join(folder, name))?.outDir;
    if (siteDir === undefined || !existsSync(siteDir)) rmSync(join(folder, name), { force: true });
  }
}
