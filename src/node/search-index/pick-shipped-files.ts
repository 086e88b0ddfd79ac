/**
 * Which of the files Pagefind's Node API gives are shipped with the site.
 *
 * Environment-neutral and pure.
 */
import type { BundleFile } from './offline-search/to-offline-files.ts';

/**
 * Keeps what the search page loads: `pagefind.js`, its entry and meta files, the index, filter and
 * fragment chunks, and the WebAssembly of each language the entry names. Drops Pagefind's stock
 * UIs (`pagefind-ui`, `pagefind-component-ui`, `pagefind-modular-ui`, `pagefind-highlight`),
 * which Dossier's own search page replaced, the web worker (the page searches on the main
 * thread), and the WebAssembly of languages the index does not have. Paths are relative to the
 * bundle folder, as `getFiles()` gives them.
 *
 * @example pickShippedFiles(files).map((file) => file.path)
 * // ['filter/en_1bfcbbc.pf_filter', …, 'pagefind-entry.json', 'pagefind.en_5ff6c4b846.pf_meta', 'pagefind.js', 'wasm.en.pagefind']
 */
export function pickShippedFiles(files: readonly BundleFile[]): BundleFile[] {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json, so the search index is incomplete. Check the Pagefind output above, then build again.');
  const languages: Record<string, { wasm?: string | null }> = JSON.parse(new TextDecoder().decode(entry.content)).languages ?? {};
  // pagefind.js loads wasm.unknown.pagefind for a language without WebAssembly of its own.
  const wasm = new Set(Object.values(languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return files.filter(
    (file) =>
      file.path === 'pagefind.js' ||
      file.path === 'pagefind-entry.json' ||
      /^pagefind\.[^/]+\.pf_meta$/.test(file.path) ||
      /^(index|filter|fragment)\/[^/]+\.pf_(index|filter|fragment)$/.test(file.path) ||
      wasm.has(file.path),
  );
}
