/**
 * Leaves the pages a rebuild would copy from the incremental cache where they are in `dist/`
 * (Node only).
 *
 * Astro empties `dist/` before every build and then copies each unchanged page back from
 * `node_modules/.astro/dist/`: at 10,000 articles deleting 21,000 files took 12 to 33 s on a busy
 * disk, more than rendering the changed pages. With `vite.build.emptyOutDir: false` Astro keeps a
 * page that is already in `dist/` when its key matches the cache's manifest, so this module
 * empties `dist/` itself, except for pages known to be exactly what that key gives:
 *
 * - After each build, the manifest is copied as the folder's *record* (in the cache folder, one per
 *   `dist/` path): which page in that folder was made under which key, by which code.
 * - Before the next build into the folder, a page stays only if the record and the manifest the
 *   build will compare against agree on its key, its route's code hash, the config and lockfile
 *   hashes, and the fingerprint of the code that rewrites pages after Astro (`postBuildCode`).
 *   Everything else in the folder is deleted, as Astro would have.
 * - After the build, a kept page this build did not output (its article was deleted) is deleted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
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

/** Where the record of the `dist/` folder `outDir` is kept, inside `cacheDir`. */
export function recordFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, 'dossier-dist-records', `${createHash('sha256').update(outDir).digest('hex').slice(0, 32)}.json`);
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

/** Deletes the kept pages that this build did not output (`written`, absolute paths). */
export function removeUnwritten(outDir: string, kept: ReadonlySet<string>, written: ReadonlySet<string>): string[] {
  const stale = [...kept].filter((page) => !written.has(join(outDir, page)));
  for (const page of stale) rmSync(join(outDir, page), { force: true });
  return stale;
}

/** Saves `manifest` (the cache's, as this build left it) as the record of `outDir`. */
export function writeRecord(cacheDir: string, outDir: string, manifest: IncrementalManifest | null, postBuildCode: string): void {
  const file = recordFile(cacheDir, outDir);
  if (!manifest) return rmSync(file, { force: true });
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...manifest, postBuildCode, outDir }));
}

/** Deletes the records of `dist/` folders that no longer exist (tests and benchmarks build into temporary ones). */
export function pruneRecords(cacheDir: string): void {
  const folder = join(cacheDir, 'dossier-dist-records');
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const outDir = readManifest(join(folder, name))?.outDir;
    if (outDir === undefined || !existsSync(outDir)) rmSync(join(folder, name), { force: true });
  }
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
