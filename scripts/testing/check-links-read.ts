/**
 * Reads a built site folder into the shape `checkLinks` takes (Node only).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SiteFiles } from './check-links.ts';

/**
 * Lists every file under `dir` and reads every `.html` file; paths are relative to `dir`, with "/".
 *
 * @example await readSiteFiles('dist') // { files: Set { '404.html', 'articles/x.html', … }, pages: Map { … } }
 */
export async function readSiteFiles(dir: string): Promise<SiteFiles> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (cause) {
    throw new Error(`Failed to read the site folder ${dir}; run \`npm run build\` first`, { cause });
  }
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const pages = new Map<string, string>();
  for (const path of paths.filter((candidate) => candidate.endsWith('.html'))) {
    pages.set(path, await readFile(join(dir, path), 'utf8'));
  }
  return { files: new Set(paths), pages };
}
