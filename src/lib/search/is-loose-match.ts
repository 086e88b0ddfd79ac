/**
 * Tells whether results only matched a query loosely: Pagefind, finding no indexed word that
 * starts with a query word, falls back to the longest indexed word the query word starts with
 * ("Umsatzwarnung" finds "Umsatz"), and says nothing of it.
 *
 * Environment-neutral and pure.
 */
import { removeCompoundMarks } from './compound-marker.ts';
import { toSearchTerm } from './to-search-term.ts';
import { toSearchWords } from './to-search-words.ts';

/** A shown result: its language and its excerpt, whose matched words Pagefind put in `<mark>`. */
export type ShownResult = { lang: string; excerpt: string };

/**
 * Returns true when none of `shown` holds every word of `query` (as stemmed in the result's
 * language) inside one of its matched words. A result whose excerpt marks nothing matched on its
 * metadata (a ticker, an ISIN, a key figure) and counts as an exact match.
 *
 * @example isLooseMatch('Umsatzwarnung', [{ lang: 'de', excerpt: 'Die <mark>Umsätze</mark> sinken' }]) // true
 */
export function isLooseMatch(query: string, shown: readonly ShownResult[]): boolean {
  if (shown.length === 0 || /^\s*".+"\s*$/.test(query)) return false;
  return !shown.some((result) => {
    const marked = [...result.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => toSearchWords(removeCompoundMarks(match[1]!)));
    if (marked.length === 0) return true;
    return toSearchTerm(query, result.lang)
      .split(' ')
      .every((stem) => marked.some((word) => word.includes(stem)));
  });
}
