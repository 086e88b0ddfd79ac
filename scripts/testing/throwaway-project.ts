/**
 * A throw-away copy of the project for tests that could destroy the folder they run in
 * (`npm run build -- --dist .`) or that need the project at a path of their choosing (Node only).
 *
 * The copy holds the project's own files and a `node_modules/` of links to the checkout's
 * packages, one per package, so it installs nothing and still has caches of its own
 * (`node_modules/.astro`, `.cache`).
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

// What a build reads: the config, the code, the content. Test fixtures are left out.
const copied = ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'public', 'src', 'scripts', 'content'];
const uncopied = new Set([join(root, 'scripts/fixtures'), join(root, 'content/articles')]);
// The checkout's caches stay its own.
const caches = new Set(['.astro', '.cache', '.vite']);

/** Copies the project into `dir` (created) and returns `dir`. */
export function copyProject(dir: string): string {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of copied) cpSync(join(root, name), join(dir, name), { recursive: true, filter: (source) => !uncopied.has(source) && !source.includes(`${join(root, 'content')}/articles.`) });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!caches.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
