/**
 * Splits a query into words the way Pagefind 1.6's `pagefind.js` does before it searches.
 *
 * Environment-neutral and pure. The search page stems these words itself (`toSearchTerm`), so
 * they must be exactly the words Pagefind would have stemmed: lower case, without the punctuation
 * Pagefind drops (dashes, brackets, quotes and other punctuation; hyphenated words join up, as
 * Pagefind indexes them), and without diacritics.
 */

// Pagefind's own test, per character: dash, bracket, quote or other punctuation.
const dropped = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * Returns the words of `text` as Pagefind searches for them.
 *
 * @example toSearchWords('Umsätze, year-on-year') // ['umsatze', 'yearonyear']
 */
export function toSearchWords(text: string): string[] {
  let kept = '';
  for (const char of text) if (!dropped.test(char)) kept += char.toLocaleLowerCase();
  return kept
    .split(/\s+/)
    .map((word) => word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, ''))
    .filter((word) => word.length > 0);
}
