import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { articlesDirVariable } from '../../../src/lib/articles-dir.ts';
import { indexAfterAstroVariable } from '../../../src/lib/search-index-step.ts';
import { siteDirVariable } from '../../../src/node/incremental-build.ts';
import { isInside } from '../emit/out-folder.ts';

/** How Astro's build ended: its exit code, or the signal that stopped it. */
export type AstroRun = { status: number | null; signal: NodeJS.Signals | null };

/**
 * Runs `astro build` into `staging` (an empty folder beside the site folder `siteDir`), reading the
 * articles in `articlesDir`; the search index is left to the caller. Astro's output goes to the
 * terminal. Never touches `siteDir`, but for the hard links that carry its unchanged pages over.
 */
export function renderSite(staging: string, options: { siteDir: string; articlesDir: string; root?: string }): AstroRun {
  const root = options.root ?? process.cwd();
  const { outDir, cleanup } = toAstroOutDir(resolve(staging), root);
  try {
    const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, [articlesDirVariable]: resolve(options.articlesDir), [indexAfterAstroVariable]: '1', [siteDirVariable]: resolve(options.siteDir) },
    });
    return { status: astro.status, signal: astro.signal };
  } finally {
    cleanup();
  }
}

/**
 * The path to give Astro as `--outDir`. Astro decides where to put its prerender bundle by testing
 * whether the output folder's path *starts with* the working folder's as a string
 * (astro/dist/core/build/common.js, `getOutDirWithinCwd`): a folder beside the project whose name
 * begins with the project's (`/home/u/dossier-site` next to `/home/u/dossier`) gets the bundle,
 * which then cannot find the project's packages ("Cannot find package '@oslojs/encoding'"). Such a
 * folder is handed over as a symbolic link from a temporary folder instead, so Astro puts the
 * bundle in the project and writes the site through the link.
 */
export function toAstroOutDir(staging: string, root: string): { outDir: string; cleanup: () => void } {
  if (!isPrefixSibling(staging, resolve(root))) return { outDir: staging, cleanup: () => undefined };
  const linkParent = mkdtempSync(join(tmpdir(), basename(root).startsWith('.') ? 'dossier-out-' : '.dossier-out-'));
  const outDir = join(linkParent, 'site');
  if (isPrefixSibling(outDir, resolve(root))) throw new Error(`Cannot build into ${staging}: its path and that of a temporary folder (${linkParent}) both begin with the project's path ${root}; build into a folder whose path does not, or inside the project.`);
  symlinkSync(staging, outDir, 'dir');
  return { outDir, cleanup: () => rmSync(linkParent, { recursive: true, force: true }) };
}

// A path that begins with `root` as a string but is not inside it.
function isPrefixSibling(path: string, root: string): boolean {
  return path.startsWith(root) && !isInside(path, root);
}
