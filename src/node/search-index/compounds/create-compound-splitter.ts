/**
 * Finds where German compounds split ("Kurs|ziel", "Gewinn|warnung"), learnt from the articles
 * themselves: no word list.
 *
 * Pure. A part counts as a word when the corpus uses it on its own (its Snowball stem, so "Ziele",
 * "Zielen" and "Ziel" are one word, and a modifier's linking -s/-en/-es drops off: "Quartals",
 * "Analysten"). Nouns are told from other words by their capital letter inside a sentence, which
 * keeps prefixes and function words from being split off ("Nach|frage", "Unter|nehmen"). No
 * dictionary package fits: the German Hunspell dictionary on npm is GPL and models compounds as
 * affix flags, and the corpus knows the domain's words (Kursziel, Umsatzanstieg) better.
 */
import { stemGerman } from '../../../lib/search/stem-german.ts';
import { toSearchWords } from '../../../lib/search/to-search-words.ts';

/**
 * What the corpus says about words: the stems used as nouns and those used in lower case, every
 * word form it uses, and its capitalised words sorted (to count the compounds a modifier starts).
 */
export type CompoundLexicon = { nouns: Set<string>; lowerCase: Set<string>; forms: Set<string>; capitalised: string[] };

/** Shortest modifier and head of a split, in letters. */
const minPart = 4;
// A part the corpus never uses as a noun is accepted when it is this long and the other part is a
// noun (a modifier of at least five letters): "Gewinn|warnung" and "Kauf|empfehlung" split,
// "Akti|onäre" and "Solaran|lagen" do not.
const minUnknownPart = 6;
const wordPattern = /\p{L}+/gu;

/** Returns the lexicon of `texts` (paragraphs and headings of German articles). */
export function createCompoundLexicon(texts: Iterable<string>): CompoundLexicon {
  const nouns = new Set<string>();
  const lowerCase = new Set<string>();
  const forms = new Set<string>();
  const capitalised = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(wordPattern)) {
      const word = match[0];
      const stem = stemOf(word);
      const form = toSearchWords(word)[0] ?? '';
      forms.add(form);
      if (word[0] !== word[0]!.toLocaleUpperCase()) lowerCase.add(stem);
      else {
        capitalised.add(form);
        if (!startsSentence(text, match.index)) nouns.add(stem);
      }
    }
  }
  return { nouns, lowerCase, forms, capitalised: [...capitalised].sort() };
}

/**
 * Returns the positions (in letters) where `word` splits into compound parts, none when it is not
 * a compound the lexicon can read. Only capitalised words of letters are split.
 *
 * @example splitCompound('Kurszielen', lexicon) // [4]
 */
export function splitCompound(word: string, lexicon: CompoundLexicon): number[] {
  if (word.length < 2 * minPart || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  // The same words recur in thousands of articles: each is worked out once per lexicon.
  const known = splits.get(lexicon) ?? new Map<string, number[]>();
  splits.set(lexicon, known);
  let found = known.get(word);
  if (!found) known.set(word, (found = splitAt(word.toLocaleLowerCase(), lexicon, 0)));
  return found;
}

const splits = new WeakMap<CompoundLexicon, Map<string, number[]>>();

function splitAt(word: string, lexicon: CompoundLexicon, offset: number): number[] {
  const whole = stemOf(word);
  let best: { at: number; score: number } | null = null;
  for (let at = minPart; at <= word.length - minPart; at++) {
    const modifier = stemOf(word.slice(0, at));
    const head = stemOf(word.slice(at));
    // "Divid|ende" is Dividende inflected, not a compound.
    if (modifier === whole) continue;
    // Prefixes and function words are used in lower case, never as nouns ("Nach|frage").
    if (lexicon.lowerCase.has(modifier) && !lexicon.nouns.has(modifier)) continue;
    // A modifier is a noun the corpus uses in this very form, or with a linking -s or -es.
    const link = linkingLength(toSearchWords(word.slice(0, at))[0] ?? '', lexicon.forms);
    const modifierIsNoun = link !== null && lexicon.nouns.has(modifier);
    const headIsNoun = lexicon.nouns.has(head);
    const headLength = word.length - at;
    // Both parts nouns; or a long head the corpus never uses alone after a noun ("Gewinn|warnung");
    // or a noun after a modifier that starts several words ("Netto|gewinn", "Netto|verschuldung").
    const valid =
      (modifierIsNoun && headIsNoun) ||
      (headLength >= minUnknownPart && (modifierIsNoun || (headIsNoun && at >= 5 && startsWords(word.slice(0, at), lexicon) >= 2)));
    // The split whose nouns cover most letters wins ("Aktien|rückkauf" over "Aktienrück|kauf",
    // "Jahres|tief" over "Jahr|estief"); between equals, the longer head ("Millionen|stückzahl").
    const score = (modifierIsNoun ? at - link! : 0) + (headIsNoun ? headLength : 0);
    if (valid && (!best || score > best.score)) best = { at, score };
  }
  if (!best) return [];
  const part = (from: number, to: number) => splitAt(word.slice(from, to), lexicon, offset + from);
  return [...part(0, best.at), offset + best.at, ...part(best.at, word.length)];
}

// 0 when the corpus uses `form` itself, 1 when it uses it without a linking -s or -es, else null.
function linkingLength(form: string, forms: Set<string>): number | null {
  if (forms.has(form)) return 0;
  if ((form.endsWith('s') && forms.has(form.slice(0, -1))) || (form.endsWith('es') && forms.has(form.slice(0, -2)))) return 1;
  return null;
}

// How many capitalised words of the corpus start with `prefix`.
function startsWords(prefix: string, lexicon: CompoundLexicon): number {
  const start = toSearchWords(prefix)[0] ?? '';
  const list = lexicon.capitalised;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < start) low = middle + 1;
    else high = middle;
  }
  let count = 0;
  while (low + count < list.length && list[low + count]!.startsWith(start) && count < 2) count++;
  return count;
}

const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemGerman(toSearchWords(word)[0] ?? '');
    if (stems.size > 200_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index).trimEnd();
  return before === '' || /[.!?:"„«»]$/.test(before);
}
