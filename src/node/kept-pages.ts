/**
 * Which pages of the previous site a rebuild may keep rather than render or copy again (Node only).
 *
 * Astro copies each unchanged page back from `node_modules/.astro/dist/` into an empty output
 * folder: at 10,000 articles 21,000 copies, and as many files of the old site to delete after. A
 * page of the previous site is exactly what its key gives when the site folder's *record*
 * (`site-records.ts`: which page was made under which key, by which code) and the manifest the
 * build compares against agree on its key, its route's code hash, the config and lockfile hashes,
 * and the fingerprint of the code that rewrites pages after Astro (`postBuildCode`). Those pages
 * are carried into the new folder by `stage-kept-pages.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The part of Astro's incremental manifest (`incremental-build.json`) this module reads. */
export interface IncrementalManifest {
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }>;
  /** Added to a record: the fingerprint of the code that rewrites pages after Astro. */
  postBuildCode?: string;
  /** Added to a record: the `dist/` folder it describes. */
  outDir?: string;
}

/**
 * Returns the pages (paths in `dist/`) that the folder's `record` and the cache's `manifest`
 * agree on, so Astro's check against the manifest also holds for the page in the folder. None
 * when either is missing or the code that rewrites pages after Astro changed since the record.
 */
export function listKeptPages(manifest: IncrementalManifest | null, record: IncrementalManifest | null, postBuildCode: string): Set<string> {
  const kept = new Set<string>();
  if (!manifest || !record) return kept;
  if (record.postBuildCode !== postBuildCode || record.configHash !== manifest.configHash || record.lockfileHash !== manifest.lockfileHash) return kept;
  for (const [component, route] of Object.entries(manifest.routes)) {
    const recorded = record.routes[component];
    if (!recorded || recorded.dependencyHash !== route.dependencyHash) continue;
    for (const [pathname, page] of Object.entries(route.paths)) {
      const then = recorded.paths[pathname];
      if (then && then.cacheKey === page.cacheKey && then.outputFile === page.outputFile) kept.add(page.outputFile);
    }
  }
  return kept;
}

/** Reads a manifest or record; null when it is missing or not one. */
export function readManifest(file: string): IncrementalManifest | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest;
    return typeof value.routes === 'object' && value.routes !== null ? value : null;
  } catch {
    return null;
  }
}

/** Deletes every file under `outDir` except `kept` (paths with `/`), and the folders left empty. Returns how many pages stayed. */
export function emptyOutDirExcept(outDir: string, kept: ReadonlySet<string>): number {
  if (!existsSync(outDir)) return 0;
  let stayed = 0;
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    // A folder with no kept page in it goes at once (Pagefind's, the exports of a removed company).
    const prefix = `${name}/`;
    if (kept.has(name)) stayed++;
    else if (![...kept].some((page) => page.startsWith(prefix))) rmSync(path, { recursive: true, force: true });
    else stayed += emptyFolderExcept(outDir, path, kept);
  }
  return stayed;
}

function emptyFolderExcept(outDir: string, folder: string, kept: ReadonlySet<string>): number {
  let stayed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) stayed += emptyFolderExcept(outDir, path, kept);
    else if (kept.has(toSitePath(outDir, path))) stayed++;
    else rmSync(path, { force: true });
  }
  if (stayed === 0) rmdirSync(folder);
  return stayed;
}

/**
 * Fingerprints the code that rewrites pages after Astro renders them (the integrations and the
 * site libraries they use): a page kept from an earlier build was rewritten by that code, so any
 * change to it renders every page again. `files` are read as bytes; a missing one counts as empty.
 */
export function fingerprintFiles(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(file).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Lists the `.ts` files (tests left out) under each of `folders`, recursively. */
export function listCodeFiles(folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
          .map((name) => join(folder, name))
      : [],
  );
}

function toSitePath(outDir: string, path: string): string {
  return relative(outDir, path).split(sep).join('/');
}
