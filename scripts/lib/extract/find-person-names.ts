/**
 * The people an article introduces by a title or role ("Bank of America analyst Robert Ohmes",
 * "schrieb Analyst Christian Kern", "CEO Tim Cook"): their full names and surnames. A surname
 * used alone later ("Ohmes lifted his price target") names the person, never a company: the
 * negative evidence `extractCompanies` weighs against a name found in an actor's slot.
 */
import { personTitle } from './non-company-names.ts';

// A title (as `personTitle`, anchored to a word), then a first name and a surname, each
// capitalised; a middle initial may stand between them. One pass over the text.
const titleSource = personTitle.source.replace(/^\^/u, '').replace(/\$$/u, '');
const person = '(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)';
const personAfterTitle = new RegExp(`(?<![\\p{L}.-])${titleSource}(?![\\p{L}.-])\\s+${person}(?:\\s+\\p{Lu}\\.)?\\s+${person}(?![\\p{L}\\p{N}])`, 'giu');

/**
 * Full names and surnames of the people introduced by a title.
 *
 * @example [...findPersonNames('Bank of America analyst Robert Ohmes upgraded the shares.')] // ['Robert Ohmes', 'Ohmes']
 */
export function findPersonNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(personAfterTitle)) {
    const [first, last] = m.slice(-2) as [string, string];
    // Case-insensitive for the title only: the names must be capitalised as printed
    if (!/^\p{Lu}/u.test(first) || !/^\p{Lu}/u.test(last)) continue;
    names.add(`${first} ${last}`);
    names.add(last);
  }
  return names;
}
