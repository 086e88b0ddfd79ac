/**
 * Which of the files Pagefind's Node API gives are shipped with the site.
 *
 * Environment-neutral and pure.
 */
import type { BundleFile } from './offline-search/to-offline-files.ts';

/** The WebAssembly every language is searched with: Pagefind's build without a stemmer. */
export const unstemmedWasm = 'unknown';

/**
 * Returns Pagefind's entry file with every language searched by the WebAssembly that does not
 * stem (`wasm.unknown.pagefind`): the search page stems queries itself, per language.
 *
 * @example toUnstemmedEntry('{"languages":{"de":{"hash":"de_1","wasm":"de","page_count":2}}}')
 * // '{"languages":{"de":{"hash":"de_1","wasm":"unknown","page_count":2}}}'
 */
export function toUnstemmedEntry(entry: string): string {
  const parsed = JSON.parse(entry);
  for (const language of Object.values<{ wasm?: string | null }>(parsed.languages ?? {})) language.wasm = unstemmedWasm;
  return JSON.stringify(parsed);
}

/**
 * Keeps what the search page loads: the entry and meta files, the index, filter and fragment
 * chunks, and the WebAssembly the entry names. Drops `pagefind.js` (the site loads it rebuilt as
 * `dossier-search.js`), Pagefind's stock UIs (`pagefind-ui`, `pagefind-component-ui`,
 * `pagefind-modular-ui`, `pagefind-highlight`), the web worker (the page searches on the main
 * thread) and the WebAssembly of other languages. Paths are relative to the bundle folder.
 *
 * @example pickShippedFiles(files).map((file) => file.path)
 * // ['filter/de_1bfcbbc.pf_filter', …, 'pagefind-entry.json', 'pagefind.de_5ff6c4b846.pf_meta', 'pagefind.en_…', 'wasm.unknown.pagefind']
 */
export function pickShippedFiles(files: readonly BundleFile[]): BundleFile[] {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json, so the search index is incomplete. Check the Pagefind output above, then build again.');
  const languages: Record<string, { wasm?: string | null }> = JSON.parse(new TextDecoder().decode(entry.content)).languages ?? {};
  // pagefind.js loads wasm.unknown.pagefind for a language without WebAssembly of its own.
  const wasm = new Set(Object.values(languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return files.filter(
    (file) =>
      file.path === 'pagefind-entry.json' ||
      /^pagefind\.[^/]+\.pf_meta$/.test(file.path) ||
      /^(index|filter|fragment)\/[^/]+\.pf_(index|filter|fragment)$/.test(file.path) ||
      wasm.has(file.path),
  );
}
