/**
 * The companies a headline is about, read from the headline itself: the name that opens it
 * ("Hugo Boss: Analysten kappen …", "Broadcom jumps 9%") and any multi-word name inside it
 * ("Another FTSE record but Pets at Home proves a dog"), each only when the body names it too.
 * A single capitalised word inside a German headline is no evidence: every noun has one.
 */
import { compoundHead } from './compound-head.ts';
import { evidenceWeights, type Candidate } from './discover-companies.ts';
import { isNonCompanyName } from './non-company-names.ts';
import { trimName } from './trim-name.ts';

const wordChar = "[\\p{L}\\p{N}&.'’+-]";
// Capitalised words and the small words names hold ("Pets at Home", "Bank of America").
const run = new RegExp(`(?<!${wordChar})(?:\\p{Lu}|\\p{Ll}{1,3}\\p{Lu})${wordChar}*(?:[ \\t]+(?:(?:&|of|at|de|la)[ \\t]+)?(?:\\p{Lu}|\\p{Ll}{1,3}\\p{Lu})${wordChar}*)*`, 'gu');
const maxWords = 4;
// All capitals or a capital inside, starting with one: "SAP", "JPMorgan", "HelloFresh". A
// compound is judged by its head: "KI-Projekt" is a Projekt, "AI-driven" an adjective.
const capitalBrand = /^\p{Lu}(?:\p{Lu}+|\p{Ll}*\p{Lu})/u;
const isCapitalBrand = (word: string) => capitalBrand.test(compoundHead(word));

/**
 * Title subjects as candidates (weight `evidenceWeights.title`), longest recurring window of each
 * capitalised run first.
 *
 * @example findTitleSubjects('Another FTSE record but Pets at Home proves a dog', 'Pets At Home fell.').map((c) => c.name) // ['Pets at Home']
 */
export function findTitleSubjects(title: string, body: string): Candidate[] {
  const found: Candidate[] = [];
  // In a headline set in capitals every word looks like a brand ("GARTNER REPORTS … FINANCIAL RESULTS")
  const brand = title === title.toUpperCase() ? () => false : isCapitalBrand;
  for (const m of title.matchAll(run)) {
    // A quoted run is a label ("Moderate Buy"), not a name
    if (/["“„'‘«]$/u.test(title.slice(0, m.index))) continue;
    const words = m[0].split(/[ \t]+/u);
    const opensTitle = m.index === 0;
    for (let size = Math.min(maxWords, words.length); size > 0; size -= 1) {
      // A single word counts where it opens the headline ("Verbund verblüfft …") or is written as
      // only a name is ("US-Bank JPMorgan enttäuscht"); other words inside it are as often a
      // noun or a product ("as iPhone 17 Sales Lift Shares")
      const starts = windows(words, size).filter((_, start) => size > 1 || (opensTitle && start === 0) || brand(words[start]!));
      const hit = starts
        .map((window) => trimName(window.join(' ')))
        .find((name) => name !== null && (opensTitle || name.includes(' ') || brand(name)) && recurs(name, body, title));
      if (hit) {
        found.push({ name: hit, role: 'issuer', index: m.index, weight: evidenceWeights.title, opener: true });
        break;
      }
    }
  }
  return found;
}

/**
 * The company a headline opens with when the body never names it (key-figure lines, a dpa item:
 * "Gildan Activewear results for the Q3 2023 reported"): the capitalised run that opens the
 * headline, as `trimName` leaves it; null when the headline is set in capitals, opens with a
 * quote, or its first name is a listed non-company or a common word that the text also writes
 * in lower case ("Weekly roundup …" beside "weekly basis"). Only a fallback: it is asked for
 * when nothing else in the article is an issuer.
 *
 * @example findHeadlineSubject('Gildan Activewear results for the Q3 2023 reported', 'Net sales rose 2%.')?.name // 'Gildan Activewear'
 */
export function findHeadlineSubject(title: string, text: string): Candidate | null {
  // A headline of a word or two ("Results", "Media") is a label, not a sentence about a company
  if (title === title.toUpperCase() || title.trim().split(/\s+/u).length < 3) return null;
  const m = new RegExp(run.source, 'u').exec(title);
  if (!m || m.index !== 0) return null;
  const name = trimName(m[0].split(/[ \t]+/u).slice(0, maxWords).join(' ').replace(/[:,;]$/u, ''));
  if (name === null || isNonCompanyName(name)) return null;
  if (!name.includes(' ') && !isCapitalBrand(name) && hasLowerCaseTwin(name, text)) return null;
  // A noun the headline is about a topic with ("Updates zu …", "Results for …", "Zahlen von …")
  if (!name.includes(' ') && !isCapitalBrand(name) && topicPreposition.test(title.slice(m.index + m[0].length))) return null;
  return { name, role: 'issuer', index: 0, weight: evidenceWeights.title, opener: true };
}

const topicPreposition = /^[ \t]+(?:zu|zum|zur|für|über|von|vom|of|on|for|about|from|to|in|im)[ \t]/u;

function hasLowerCaseTwin(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  for (let index = text.indexOf(lower); index !== -1; index = text.indexOf(lower, index + 1)) {
    if (!isLetterOrDigit(text[index - 1]) && !isLetterOrDigit(text[index + lower.length])) return true;
  }
  return false;
}

function windows(words: string[], size: number): string[][] {
  return Array.from({ length: words.length - size + 1 }, (_, start) => words.slice(start, start + size));
}

// Named again outside the title; the small words of a name may change case ("Pets At Home").
// Literal searches: a pattern compiled per window cost more than the rest of the stage.
function recurs(name: string, body: string, title: string): boolean {
  const rest = body.startsWith(title) ? body.slice(title.length) : body;
  const forms = new Set([name, name.replace(small, (word) => word.toLowerCase()), name.replace(small, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())]);
  for (const form of forms) {
    for (let index = rest.indexOf(form); index !== -1; index = rest.indexOf(form, index + 1)) {
      if (!isLetterOrDigit(rest[index - 1]) && !isLetterOrDigit(rest[index + form.length])) return true;
    }
  }
  return false;
}

const small = /(?<= )(?:&|of|at|de|la)(?= )/giu;
const isLetterOrDigit = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
