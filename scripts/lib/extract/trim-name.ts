/**
 * Turns a captured run of capitalised words into the company name it holds, or null: sentence
 * words, descriptors ("Rival", "der Stromkonzern", "US-Bank") and a person with a title ("Fed-Chef
 * Jerome Powell") are cut away; "-Aktie" and share classes ("Vz.", "N") are no part of a name.
 */
import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { groupWords, legalForms } from '../../../src/lib/legal-suffixes.ts';
import { isAdjectiveCompound } from './compound-head.ts';
import { descriptorWord, personTitle, shareClass } from './non-company-names.ts';

// Capitalised words that open sentences or headlines but never start a company name.
const sentenceWords = new Set(
  'a an the this that these those its it in on at for with from by as and or but if while when after before despite both another other such some many most all any each every our their his her we they you i also meanwhile however analysts analyst shares stock investors several one copyright get why how what where top der die das den dem des ein eine einer einem eines diese dieser dieses welche welcher welches auch und oder aber wenn während nach vor trotz beide andere viele alle jede unsere ihre wir sie es im am vom zum zur laut bei mit für von aus neue neuen new neben gegen unter über aktie aktien anleger analysten kursziel ceo cfo chief us u.s. uk eu stocks markets wall street monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag january february march april june july august september october november december januar februar märz juni juli oktober dezember'.split(' '),
);
const connectors = /^(?:&|and|und|of|de|la|at)$/i;
const abbreviations = new Set(['inc.', 'corp.', 'co.', 'ltd.', 'bros.', 'st.', 'jr.', 'n.v.', 's.a.', 'u.s.']);

/**
 * Drops leading sentence words, descriptors and adjectives ("Frankfurt-based"), a person's title
 * and name, trailing possessives and "-Aktie" from a captured name; null when nothing of a name
 * is left or it ends in an adjective ("AI-driven").
 *
 * @example trimName('Die Siemens Energy-Aktie') // 'Siemens Energy'
 * @example trimName('Rival Etsy Inc.') // 'Etsy Inc'
 * @example trimName('Fed-Chef Jerome Powell') // null
 */
export function trimName(raw: string): string | null {
  // A word ending in "." closes a sentence ("on Friday. Morgan Stanley"), unless it is an initial or abbreviation.
  const all = raw.split(/\s+/);
  const lastStop = all.findLastIndex((w, i) => i < all.length - 1 && /\.$/.test(w) && w.length > 2 && !abbreviations.has(w.toLowerCase()));
  let words = all.slice(lastStop + 1);
  // A title makes the rest a person ("Chief Executive Georges Elhedery"); what stood before it
  // may still be a company ("Bank of Japan Governor Kazuo Ueda" keeps "Bank of Japan").
  const title = words.findIndex((w) => personTitle.test(w.replace(/['’]s$/u, '')));
  if (title !== -1) words = words.slice(0, title);
  // A possessive ends the name: "Tesla's Q3 Deliveries" is about Tesla.
  const possessive = words.findIndex((w) => /['’]s$/u.test(w) && w.length > 3);
  if (possessive !== -1) words = words.slice(0, possessive + 1);
  if (words.length === 0) return null;
  words[words.length - 1] = words.at(-1)!.replace(/(?:'s|’s|')$/u, '').replace(/[.,:;]$/, '').replace(/-(?:Aktien?|Papiere?|Titel|Chef|Genussscheine?|Vorzüge|Handel|Kurs|Schluss|Index)$/u, '');
  while (words.length > 0 && (sentenceWords.has(words[0]!.toLowerCase().replace(/['’]s$/u, '')) || connectors.test(words[0]!) || isAdjectiveCompound(words[0]!) || (words.length > 1 && isDescriptor(words[0]!, words[1]!)))) words.shift();
  while (words.length > 0 && connectors.test(words.at(-1)!)) words.pop();
  // "AI-driven", "Alibaba-backed": a compound with a lower-case head describes what follows it
  if (words.length > 0 && isAdjectiveCompound(words.at(-1)!)) return null;
  const name = words.join(' ').replace(/(?:'s|’s)$/u, '').replace(shareClass, '');
  if (name.length < 2 || sentenceWords.has(name.toLowerCase()) || (!name.includes(' ') && isDescriptor(name, ''))) return null;
  return name;
}

// "Bankhaus Metzler" keeps its first word, a name part; "Versicherungsgesellschaft AG" is a name.
function isDescriptor(word: string, next: string): boolean {
  return descriptorWord.test(word) && !/^bankhaus$/iu.test(word) && !legalWord.test(next);
}
const legalWord = new RegExp(`^(?:${[...legalForms, ...groupWords].map(escapeRegExp).join('|')})$`, 'u');
