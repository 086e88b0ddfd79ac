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
   * The language (index into `languages`) of every page in the order of the `date` sort key,
   * oldest first, packed as bits (`toDateOrder`). Pagefind scores a date-sorted result by its
   * place in its own language's order; this gives its place among all pages, so two languages
   * merge by date.
   */
  dateOrder: string;
  /** How many pages `dateOrder` holds. */
  pageCount: number;
  /** Changes with the index; Pagefind adds it to its entry file's address (`metaCacheTag`). */
  cacheTag: string;
};

/**
 * Returns the language of each of `pages` in sort-key order (ties by language, then path) as
 * `dateOrder`: base64 of the language indexes, `languageBits` bits each, first page in the highest
 * bits. At 10,000 articles that is 1.7 kB (1.3 kB gzipped); a character per page gzipped to 1.7 kB.
 *
 * @example toDateOrder(pages, ['de', 'en']) // 'YA==' for the order de, en, en, de
 */
export function toDateOrder(pages: readonly { path: string; lang: string; sortKey: string }[], languages: readonly string[]): string {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...pages].sort((a, b) => compare(a.sortKey, b.sortKey) || compare(a.lang, b.lang) || compare(a.path, b.path));
  const bits = languageBits(languages.length);
  const bytes = new Uint8Array(Math.ceil((sorted.length * bits) / 8));
  sorted.forEach((page, place) => {
    const language = languages.indexOf(page.lang);
    for (let bit = 0; bit < bits; bit++) {
      const at = place * bits + bit;
      if ((language >> (bits - 1 - bit)) & 1) bytes[at >> 3]! |= 0x80 >> (at & 7);
    }
  });
  return Buffer.from(bytes).toString('base64');
}

/** Bits per page of `dateOrder` for `count` languages. */
export function languageBits(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(Math.max(count, 1))));
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
