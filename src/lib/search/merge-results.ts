/**
 * Merges the answers of the languages' indexes into one list of results and one set of filter
 * counts.
 *
 * Environment-neutral and pure.
 *
 * How scores compare: sorted by best match, results keep Pagefind's own score and the higher wins,
 * whichever index it came from. Pagefind scores a page by BM25 within its index: each word's
 * weight is its inverse document frequency there, so a word that is rare among the German
 * articles weighs as much as one equally rare among the English ones, and the article that matches
 * the query best in its own language comes first. Nothing is rescaled: rescaling each list to its
 * best result would put the best English match of a German word (a metadata hit, say) level with
 * the German article that is all about it. Sorted by date, Pagefind's score is the result's place
 * in its own language's date order; `toGlobalRanks` turns it into its place among all articles.
 */

/** Result counts per value, per filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind answer the merge reads. */
export type LanguageAnswer<R extends { score: number }> = {
  results: R[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
};

/** A result with the position of its language in the runtime's language list. */
export type MergedResult<R> = R & { language: number };

/**
 * Returns, for each language (by its index in the language list), the place among all articles
 * of its articles in date order, from `dateOrder` (the language of each of `pageCount` articles,
 * oldest first, packed as bits: see `toDateOrder` in src/node/search-index/to-search-runtime.ts).
 *
 * @example toGlobalRanks('YA==', 4, 2) // [[0, 3], [1, 2]] (bits 0110)
 */
export function toGlobalRanks(dateOrder: string, pageCount: number, languages: number): number[][] {
  const bytes = Uint8Array.from(atob(dateOrder), (char) => char.charCodeAt(0));
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(languages, 1))));
  const ranks: number[][] = Array.from({ length: languages }, () => []);
  for (let place = 0; place < pageCount; place++) {
    let language = 0;
    for (let bit = 0; bit < bits; bit++) {
      const at = place * bits + bit;
      language = (language << 1) | ((bytes[at >> 3]! >> (7 - (at & 7))) & 1);
    }
    ranks[language]?.push(place);
  }
  return ranks;
}

/**
 * Merges `answers` (one per language, in the order of the language list): by score, best first,
 * or newest first when `globalRanks` is given (the answers were sorted by date, descending).
 * Results of equal standing keep the order of their languages, then their own.
 */
export function mergeAnswers<R extends { score: number }>(answers: readonly LanguageAnswer<R>[], globalRanks?: readonly number[][]) {
  const results: MergedResult<R>[] = answers.flatMap((answer, language) => answer.results.map((result) => ({ ...result, language })));
  const key = (result: MergedResult<R>) => (globalRanks ? (globalRanks[result.language]?.[result.score] ?? -1) : result.score);
  // Array.prototype.sort is stable, so equals stay in language order.
  results.sort((a, b) => key(b) - key(a));
  return {
    results,
    unfilteredResultCount: answers.reduce((sum, answer) => sum + answer.unfilteredResultCount, 0),
    filters: addCounts(answers.map((answer) => answer.filters)),
    totalFilters: addCounts(answers.map((answer) => answer.totalFilters)),
  };
}

function addCounts(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const target = (sum[name] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return sum;
}
