/**
 * The mark that splits a German compound for the search index ("Kurs|ziel"), and how it is
 * written into and taken out of indexed text.
 *
 * Environment-neutral and pure. Pagefind 1.6 indexes a word that holds ASCII punctuation as the
 * whole word and as each of its parts ("year-on-year" → yearonyear, year, on, year), the parts at
 * the word's place with a share of its weight. A `|` between two letters of a compound in the text
 * Pagefind is given (never in the page) makes it do the same for "Kurs|ziel": "Ziel" finds
 * "Kursziel", and the excerpt highlights "Kursziel". `|` is neither a letter nor one of the
 * characters Pagefind keeps in words, so the whole word is still "kursziel". The text Pagefind
 * keeps for excerpts has the marks too; the search page removes them (`removeCompoundMarks`).
 */

/** The mark between the parts of a compound. */
export const compoundMark = '|';

/**
 * Escapes the marks a text already holds between two letters (as `||`), so that every single
 * `|` between letters afterwards is a compound mark.
 */
export function escapeCompoundMarks(text: string): string {
  return text.includes(compoundMark) ? text.replace(/(?<=\p{L})\|(?=\p{L})/gu, '||') : text;
}

/**
 * Removes compound marks from indexed text and turns escaped `||` back into `|`.
 *
 * @example removeCompoundMarks('Kurs|ziel A||B') // 'Kursziel A|B'
 */
export function removeCompoundMarks(text: string): string {
  return text.includes(compoundMark) ? text.replace(/(?<=\p{L})\|(\|?)(?=\p{L})/gu, '$1') : text;
}
