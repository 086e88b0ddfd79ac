/**
 * The search runtime every home of the site loads, `pagefind/dossier-search.js`: Pagefind's
 * `pagefind.js` rebuilt as a classic script that can be started once per language, and what the
 * search page needs to merge the languages' results.
 *
 * Environment-neutral and pure.
 */
import { toClassicPagefind } from './offline-search/to-classic-pagefind.ts';

/** File of the runtime inside Pagefind's bundle folder. */
export const searchRuntimeFile = 'dossier-search.js';

/** What the runtime tells the search page besides Pagefind itself. */
export type SearchRuntimeConfig = {
  /** The languages of the index, as Pagefind names them in its entry file, sorted. */
  languages: string[];
  /**
   * The language (index into `languages`, one character each) of every page in the order of the
   * `date` sort key, oldest first. Pagefind scores a date-sorted result by its place in its own
   * language's order; this gives its place among all pages, so two languages merge by date.
   */
  dateOrder: string;
  /** Changes with the index; Pagefind adds it to its entry file's address (`metaCacheTag`). */
  cacheTag: string;
};

/** Returns the language order of `pages` by sort key (ties by language, then path), as `dateOrder`. */
export function toDateOrder(pages: readonly { path: string; lang: string; sortKey: string }[], languages: readonly string[]): string {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...pages]
    .sort((a, b) => compare(a.sortKey, b.sortKey) || compare(a.lang, b.lang) || compare(a.path, b.path))
    .map((page) => String(languages.indexOf(page.lang)))
    .join('');
}

/**
 * Returns the runtime script: `window.dossierSearch` with the config and `createPagefind(fetch,
 * pagefindUrl)`, which runs a fresh copy of Pagefind (its own WebAssembly instance) reading its
 * files through `fetch`. Throws when `pagefindSource` is not the `pagefind.js` it was written for.
 */
export function toSearchRuntime(pagefindSource: string, config: SearchRuntimeConfig): string {
  const classic = toClassicPagefind(pagefindSource);
  return (
    `window.dossierSearch=${JSON.stringify(config)};\n` +
    // Worker is undefined inside, so Pagefind never tries a worker (and never waits 5 s for one).
    `window.dossierSearch.createPagefind=function(fetch,pagefindUrl){return(function(fetch,Worker,pagefindUrl){${classic}})(fetch,undefined,pagefindUrl)};\n`
  );
}
