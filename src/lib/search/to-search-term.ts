/**
 * Stems a query the way Pagefind stemmed the index of one language, so that one query can be put
 * to the German and the English index alike.
 *
 * Environment-neutral and pure. The site's Pagefind runs the WebAssembly that does not stem
 * (one file for every language instead of one per language), so the stemming Pagefind would do in
 * it happens here: the same words (`toSearchWords`), the same Snowball stemmers.
 */
import { stemEnglish } from './stem-english.ts';
import { stemGerman } from './stem-german.ts';
import { toSearchWords } from './to-search-words.ts';

/** The stemmer of each language Pagefind stems, by language code. */
export const stemmers: Record<string, (word: string) => string> = { de: stemGerman, en: stemEnglish };

/**
 * Returns `query` stemmed for the index of `lang`; a query in quotes (an exact search) keeps them.
 *
 * @example toSearchTerm('Kursziele Siemens', 'de') // 'kursziel siem'
 * @example toSearchTerm('"price targets"', 'en') // '"price target"'
 */
export function toSearchTerm(query: string, lang: string): string {
  const stem = stemmers[lang] ?? ((word: string) => word);
  const words = toSearchWords(query).map(stem).join(' ');
  return /^\s*".+"\s*$/.test(query) ? `"${words}"` : words;
}
