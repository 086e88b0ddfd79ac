/**
 * What a hyphenated word is, read from its head. In both languages the last part of a compound
 * decides what the whole is: "KI-Projekt" is a Projekt, "Cloud-Sparte" a Sparte, "AI-driven" and
 * "cloud-based" are adjectives, "Mercedes-AMG" is as brand-shaped as "AMG". A capital acronym in
 * front ("KI-", "AI-", "US-") says nothing about the word: only the head's letters are judged by
 * the brand-shape tests of discovery, headline subjects and weighing.
 */

/**
 * The part of `word` whose letters say what it is: the part after its last hyphen, or the word
 * itself without one (or when nothing follows the hyphen).
 *
 * @example compoundHead('KI-Projekt') // 'Projekt'
 * @example compoundHead('Mercedes-AMG') // 'AMG'
 * @example compoundHead('JPMorgan') // 'JPMorgan'
 */
export function compoundHead(word: string): string {
  const hyphen = word.lastIndexOf('-');
  return hyphen <= 0 || hyphen === word.length - 1 ? word : word.slice(hyphen + 1);
}

// A part before the hyphen, then a head of lower-case letters only ("-driven", "-based", "-eigene").
const adjectiveCompound = /^[\p{L}\p{N}&.'’-]*[\p{L}\p{N}]-\p{Ll}{2,}$/u;

/**
 * True for a hyphenated word whose head is a lower-case word: an adjective or participle
 * ("AI-driven", "cloud-based", "Frankfurt-based", "Rheinmetall-eigene"), never a name. A name's
 * parts are capitalised on both sides of its hyphen: "Rolls-Royce", "Coca-Cola", "Hewlett-Packard".
 *
 * @example isAdjectiveCompound('AI-driven') // true
 * @example isAdjectiveCompound('Mercedes-Benz') // false
 */
export function isAdjectiveCompound(word: string): boolean {
  return word.includes('-') && adjectiveCompound.test(word);
}
