/**
 * The people an article introduces by a title or role ("Bank of America analyst Robert Ohmes",
 * "schrieb Analyst Christian Kern", "CEO Tim Cook"): their full names and surnames. A surname
 * used alone later ("Ohmes lifted his price target") names the person, never a company: the
 * negative evidence `extractCompanies` weighs against a name found in an actor's slot.
 */
import { personTitle } from './non-company-names.ts';

// A first name and a surname, each capitalised; a middle initial may stand between them.
const personAfterTitle = /^\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}\.)?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/u;
const wordPattern = /[\p{L}.-]+/gu;

/**
 * Full names and surnames of the people introduced by a title.
 *
 * @example [...findPersonNames('Bank of America analyst Robert Ohmes upgraded the shares.')] // ['Robert Ohmes', 'Ohmes']
 */
export function findPersonNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(wordPattern)) {
    if (!personTitle.test(m[0])) continue;
    const person = personAfterTitle.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!person) continue;
    names.add(`${person[1]} ${person[2]}`);
    names.add(person[2]!);
  }
  return names;
}
