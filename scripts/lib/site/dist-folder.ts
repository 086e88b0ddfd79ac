import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInside } from '../emit/out-folder.ts';

/**
 * Name of the file that marks a folder as a site `npm run build` made. It is written into the new
 * site last, just before the swap, so a folder holding it is a whole site; the build only ever
 * replaces a folder that holds it, is empty, or is a site from before the marker existed.
 */
export const siteMarker = '.dossier-site';

/** What the marker file says to a person who opens the folder. */
export const siteMarkerText =
  'This folder is a site built by `npm run build` and replaced as a whole on every build.\n' +
  'Do not edit or add files here: they would be deleted. Change content/ and build again.\n';

/** The folders and files a build reads, which `--dist` must neither be, hold nor sit in. */
export type SiteInputs = { root: string; sources: string; out: string; overrides: string | null; notes: string; registry: string };

// Files every site built before the marker existed holds.
const legacySiteFiles = ['index.html', 'search.js', 'data/articles.json', 'pagefind'];
const maxNamed = 3;

/**
 * Why `dist` must not be replaced by the site build, or null when it may. Refused: the project
 * folder or one above it, a folder that holds or sits inside what the build reads (`content/`,
 * the sources, the articles, the overrides, the notes), a file, a symbolic link, and a folder
 * holding anything but a site Dossier built.
 *
 * @example checkDistFolder('content', inputs) // '--dist "content" holds the sources folder content/sources, …'
 */
export function checkDistFolder(dist: string, inputs: SiteInputs): string | null {
  const path = resolve(dist);
  const advice = 'point --dist at a folder of its own, such as dist';
  if (isInside(resolve(inputs.root), path)) return `--dist "${dist}" is the project folder or one above it, and the build replaces --dist as a whole; ${advice}.`;
  const named: [string, string | null][] = [
    ['the sources folder', inputs.sources],
    ['the articles folder', inputs.out],
    ['the overrides folder', inputs.overrides],
    ['the company notes', inputs.notes],
    ['the company registry', inputs.registry],
  ];
  for (const [what, input] of named) {
    if (input === null) continue;
    const other = resolve(input);
    if (isInside(other, path)) return `--dist "${dist}" holds ${what} ${input}, and the build replaces --dist as a whole; ${advice}.`;
    if (isInside(path, other)) return `--dist "${dist}" is inside ${what} ${input}, which the build reads; ${advice}.`;
  }
  if (!existsSync(path) && !isLink(path)) return null;
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return `--dist "${dist}" is a symbolic link; the build would replace the link, not the folder it points to: point --dist at the folder itself.`;
  if (!stat.isDirectory()) return `--dist "${dist}" is a file, not a folder; ${advice}.`;
  const names = readdirSync(path);
  if (names.length === 0 || names.includes(siteMarker) || legacySiteFiles.every((file) => existsSync(join(path, file)))) return null;
  const shown = names.sort().slice(0, maxNamed).join(', ') + (names.length > maxNamed ? ` and ${names.length - maxNamed} more` : '');
  return `--dist "${dist}" holds files that are not a site Dossier built (${shown}), and the build replaces --dist as a whole; ${advice}, or empty this one.`;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
