/**
 * Carries the unchanged pages of the previous site into the folder a build renders into (Node
 * only), so `npm run build` can render into a fresh folder and swap it in whole without copying
 * every page Astro would otherwise restore from its cache (at 10,000 articles, 21,000 files).
 *
 * A kept page (`listKeptPages`) is first an empty *placeholder* in the new folder: Astro finds a
 * file at the page's path, and skips the page when its key still matches ("cached"), or renders
 * it into the placeholder when the data changed. After Astro, each placeholder still empty is
 * replaced by a hard link to the previous site's page (a copy where links do not work). The link
 * comes only after Astro, because Astro writes a page it renders in place: into a link it would
 * change the previous site's file too. For the same reason nothing after Astro may write a file of
 * the new folder in place (`replaceFile`); a file is only ever replaced by a rename.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Writes an empty placeholder in `outDir` for each kept page that `previousDir` holds as a regular
 * file; returns the pages placed.
 */
export function stageKeptPages(outDir: string, previousDir: string, kept: ReadonlySet<string>): Set<string> {
  const placed = new Set<string>();
  const folders = new Set<string>();
  for (const page of kept) {
    if (!isRegularFile(join(previousDir, page))) continue;
    const file = join(outDir, page);
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, '');
    placed.add(page);
  }
  return placed;
}

/**
 * After Astro: links each placeholder Astro left empty (the page was skipped as unchanged) to the
 * previous site's page, and deletes the placeholders of pages this build did not output (`written`:
 * absolute paths), with the folders they leave empty. Returns how many pages were linked.
 */
export function fillKeptPages(outDir: string, previousDir: string, placed: ReadonlySet<string>, written: ReadonlySet<string>): { linked: number; removed: number } {
  let linked = 0;
  let removed = 0;
  for (const page of placed) {
    const file = join(outDir, page);
    if (!written.has(file)) {
      rmSync(file, { force: true });
      removeEmptyFolders(outDir, dirname(file));
      removed++;
    } else if (statSync(file).size === 0) {
      rmSync(file);
      linkOrCopy(join(previousDir, page), file);
      linked++;
    }
  }
  return { linked, removed };
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to); // a file system without hard links
  }
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function removeEmptyFolders(root: string, folder: string): void {
  for (let current = folder; relative(root, current) !== '' && !relative(root, current).startsWith('..'); current = dirname(current)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
}
