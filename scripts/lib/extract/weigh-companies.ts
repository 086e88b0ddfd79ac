/**
 * Decides which found names are companies, by weighing the evidence for each against the evidence
 * against it. For: the strongest pattern that found it (`evidenceWeights`) and how often the text
 * names it. Against: a name on the lists of things that are not companies (indices, currencies,
 * places, publishers, institutions, common words; see `non-company-names.ts`), and, for a single
 * word with no identifier or legal form beside it, a capital that only ever opens a sentence
 * ("Several analysts …", "Implied shares …") or a lower-case twin elsewhere ("next week").
 * A registered company is always one: the registry is the user's word.
 */
import { compoundHead } from './compound-head.ts';
import { evidenceWeights } from './discover-companies.ts';
import { isNonCompanyName, isSiteAddress } from './non-company-names.ts';

/**
 * What is known of one name by the time it is weighed; `openerOnly` when every pattern that found
 * it has a slot any sentence opener fills ("Several analysts", "Implied shares").
 */
export type Evidence = { name: string; weight: number; mentions: number; registered: boolean; aliases: string[]; openerOnly: boolean };

// What a name needs: a "-Aktie" or a role in a sentence, or weaker evidence repeated.
const minScore = 2;
const perMention = 0.5;
const maxMentionBonus = 1.5;

/**
 * True when the evidence says `name` is a company.
 *
 * @example isCompany({ name: 'Several', weight: 2, mentions: 1, registered: false, aliases: ['Several'], openerOnly: true }, 'Several analysts rate it.') // false
 */
export function isCompany(evidence: Evidence, text: string): boolean {
  if (evidence.registered) return true;
  if (evidence.aliases.every(isNonCompanyName)) return false;
  // A site's address ("tratabu.de", "klamm.de") names the page's publisher, unless a legal form or
  // an identifier says a company trades under it ("Amazon.com Inc.")
  if (isSiteAddress(evidence.name) && evidence.weight < evidenceWeights.legal) return false;
  const score = evidence.weight + Math.min(maxMentionBonus, perMention * Math.max(0, evidence.mentions - 1));
  if (score < minScore) return false;
  // A brand printed in lower case ("adidas") is known by its capitalised form too: either vouches
  if (evidence.weight >= evidenceWeights.compound || evidence.name.includes(' ') || evidence.aliases.some(isBrandShaped)) return true;
  // A common word opening a sentence is named once ("Several analysts …"); a company that opens
  // every sentence of a short text is named again and again ("Microsoft stock closed …")
  if (evidence.openerOnly && evidence.mentions < 2 && opensSentencesOnly(evidence.name, text)) return false;
  if (followsPhrasePrepositionOnly(evidence.name, text)) return false;
  return !hasLowerCaseTwin(evidence.name, text);
}

// All capitals, a capital inside the word, a digit or all lower case ("adidas"): no dictionary
// word is written so. A compound is judged by its head: "KI-Sparte" is written as "Sparte" is.
function isBrandShaped(name: string): boolean {
  return /^\p{Lu}{2,}|^\p{L}+\p{Lu}|\p{N}|^\p{Ll}/u.test(name.includes('-') ? compoundHead(name) : name);
}

// Every mention stands where any word is capitalised: at a line start or after . ! ? : or a quote.
function opensSentencesOnly(name: string, text: string): boolean {
  return everyMentionAfter(name, text, /(?:^|[\n.!?:"“„«(•\-–]\s*|^\s*\d+[.)]\s*)$/u, 6);
}

// Whether the name is mentioned as a word, and every such mention has `before` in the `width`
// characters ahead of it.
function everyMentionAfter(name: string, text: string, before: RegExp, width: number): boolean {
  let found = false;
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    if (!isWordAt(text, index, name.length)) continue;
    if (!before.test(text.slice(Math.max(0, index - width), index))) return false;
    found = true;
  }
  return found;
}

// "Ergebnis vor Steuern", "nach Abschreibungen", "before taxes": a word only ever named after the
// prepositions of accounting phrases is a line item, not a company.
const phrasePreposition = /(?:^|[\s(])(?:vor|nach|ohne|abzüglich|zuzüglich|inklusive|exklusive|einschließlich|before|after|excluding|including|net of)\s+$/iu;
function followsPhrasePrepositionOnly(name: string, text: string): boolean {
  return everyMentionAfter(name, text, phrasePreposition, 16);
}

// "next" beside "Next": the word is a common one that the sentence start capitalised.
function hasLowerCaseTwin(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  for (let index = text.indexOf(lower); index !== -1; index = text.indexOf(lower, index + 1)) if (isWordAt(text, index, lower.length)) return true;
  return false;
}

function isWordAt(text: string, index: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[index + length] ?? '');
}
