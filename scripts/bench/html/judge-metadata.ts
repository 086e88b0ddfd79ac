/**
 * How the benchmark judges a reader's title and date against the set's annotations. The set
 * gives a title and a day (YYYY-MM-DD) for most article pages and nothing for the rest; pages
 * without an annotation are not counted.
 */

/**
 * True when two titles are the same words: case, punctuation, quotes, dashes and white space
 * are ignored, nothing else (a missing kicker or an added site name is a wrong title).
 *
 * @example isSameTitle('Mit Musiker Voodoo Jürgens in Wien', 'Mit Musiker Voodoo Jürgens in Wien.') // true
 * @example isSameTitle('Streaming-Modell', 'Streaming-Modell | FAZ') // false
 */
export function isSameTitle(gold: string, found: string | null): boolean {
  return found !== null && toWords(gold) === toWords(found);
}

/**
 * True when the reader's date is the annotated day: its first ten characters, which for an ISO
 * stamp with an offset are the day where the page was published.
 *
 * @example isSameDay('2020-01-28', '2020-01-28T00:30:00+01:00') // true
 */
export function isSameDay(gold: string, found: string | null): boolean {
  return found !== null && found.slice(0, 10) === gold;
}

function toWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
