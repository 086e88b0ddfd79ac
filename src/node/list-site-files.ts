/**
 * Lists the files of a built site (Node only).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareText } from '../lib/compare.ts';

/**
 * Returns every file under `siteDir` as a site path ("articles/x.html", "/" separators), sorted
 * by code point so every caller sees the same order on every machine.
 */
export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareText);
}
