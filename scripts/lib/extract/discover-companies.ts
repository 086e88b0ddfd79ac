import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { evidenceWeights, groupAnchor, groupName, listName, patterns, ratingActors, ratingCue, type Pattern, type Role } from './company-patterns.ts';
import { compoundHead } from './compound-head.ts';
import { trimName } from './trim-name.ts';

export { evidenceWeights } from './company-patterns.ts';

/**
 * A company name found by a textual pattern, before registry merging: its role, where it stands,
 * how much the pattern says it is a company (`weight`, see `evidenceWeights`), whether a printed
 * identifier stands beside it, and the ticker, if that is one.
 */
export type Candidate = { name: string; role: Role; index: number; weight: number; ticker?: string; identified?: true; opener?: true };

// Words after which a lone common noun stands, never a company: "nach den Quartalszahlen hat".
// So do the prepositions of accounting phrases: "Ergebnis vor Steuern", "nach Abschreibungen".
const articleBefore = /(?:^|[\s(])(?:den|dem|der|die|das|des|ein|eine|einem|einer|eines|im|am|zum|zur|vom|beim|ins|vor|nach|ohne|abzüglich|zuzüglich|inklusive|exklusive|einschließlich|the|a|an|this|that|its|their|before|after|excluding|including)\s+$/iu;
// A name that looks like a brand whatever precedes it: all capitals, a capital inside, a digit
// (a compound's head: "die KI-Sparte" is a Sparte).
const brandShaped = /^\p{Lu}{2,}|^\p{L}+\p{Lu}|\d/u;


/**
 * Finds company names by how news text names them: `Name (NYSE: X)`, a name before an ISIN or in
 * a quote row, `Name-Aktie`, `Name shares/stock`, `shares of Name`, `Aktien der Name`, legal
 * suffixes (Inc., AG, SE, plc…), a mover's role ("Kering rose 1.1 percent", a "Name: +4,1 Prozent"
 * row), `Name Group/Holdings` where the bare name also stands alone, and analyst houses in rating
 * sentences. Names listed beside a mover or after "shares of" share its evidence.
 *
 * `wholeText` searches the whole text with every pattern instead of only the lines around each
 * pattern's anchor (same answer, slower; the reference the tests compare with).
 *
 * @example discoverCompanies('Siemens Energy-Aktie legt zu.', [])[0]?.name // 'Siemens Energy'
 */
export function discoverCompanies(text: string, sentences: string[], options: { wholeText?: boolean; lang?: 'en' | 'de' } = {}): Candidate[] {
  const found: Candidate[] = [];
  const applies = (pattern: Pattern) => !options.lang || !pattern.lang || pattern.lang === options.lang;
  for (const pattern of patterns) {
    if (!applies(pattern) || (pattern.words && !pattern.words.some((word) => text.includes(word)))) continue;
    if (pattern.near && !options.wholeText) collectNear(text, pattern, found);
    else if (!pattern.anchor || pattern.anchor.test(text)) collect(text, text, 0, pattern, found);
  }
  for (const m of groupAnchor.test(text) ? text.matchAll(groupName) : []) {
    const base = trimName(m[1]!);
    if (base && new RegExp(`(?<![\\p{L}])${escapeRegExp(base)}(?![\\p{L}]|\\s+(?:Group|Holdings?))`, 'u').test(text)) {
      found.push({ name: base, role: 'issuer', index: m.index, weight: evidenceWeights.group });
    }
  }
  let offset = 0;
  for (const sentence of sentences) {
    if (ratingCue.test(sentence)) {
      for (const actor of ratingActors) {
        if (!applies(actor)) continue;
        if (options.wholeText) collect(sentence, sentence, 0, actor, found, offset);
        else collectNear(sentence, actor, found, offset);
      }
    }
    offset += sentence.length + 1;
  }
  return found.sort((a, b) => a.index - b.index || a.weight - b.weight);
}

// Matches `pattern` in `part` (which starts at `offset` of `text`) and records each name, its
// index shifted by `base` (where `text` starts in the article).
function collect(text: string, part: string, offset: number, pattern: Pattern, found: Candidate[], base = 0): void {
  pattern.re.lastIndex = 0;
  for (let m = pattern.re.exec(part); m; m = pattern.re.exec(part)) {
    // The name is the first group that took part in the match (patterns offer a brand in lower case as an alternative)
    const group = m.findIndex((value, index) => index > 0 && value !== undefined);
    const captured = m[group]!;
    const start = offset + m.indices![group]![0];
    const name = trimName(captured);
    if (name && !(pattern.subject && isCommonNoun(name, text, start + Math.max(0, captured.indexOf(name))))) {
      const ticker = pattern.ticker ? m.at(-1) : undefined;
      found.push({ name, role: pattern.role, index: base + start, weight: pattern.weight, ...(ticker ? { ticker } : {}), ...(pattern.identifier ? { identified: true as const } : {}), ...(pattern.opener ? { opener: true as const } : {}) });
      if (pattern.list) for (const listed of listedBeside(text, start, start + captured.length, pattern.list)) found.push({ name: listed.name, role: pattern.role, index: base + listed.index, weight: pattern.weight });
    }
  }
  pattern.re.lastIndex = 0;
}

// A lone word after an article ("den Quartalszahlen") is a noun of the sentence, not its subject.
function isCommonNoun(name: string, text: string, start: number): boolean {
  return !name.includes(' ') && !brandShaped.test(compoundHead(name)) && articleBefore.test(text.slice(Math.max(0, start - 12), start));
}

const listAfter = new RegExp(`^(?:[ \\t]*,[ \\t]*|[ \\t]+(?:und|and|sowie|or|oder)[ \\t]+)${listName}`, 'u');
const listBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}&.'’-])${listName}(?:[ \\t]*,[ \\t]*|[ \\t]+(?:und|and|sowie|or|oder)[ \\t]+)$`, 'u');
const maxListed = 8;

// The names listed right before or after a name on its line: "Volkswagen, BMW und Mercedes-Benz".
function listedBeside(text: string, start: number, end: number, side: 'before' | 'after'): { name: string; index: number }[] {
  const listed: { name: string; index: number }[] = [];
  if (side === 'after') {
    let position = end;
    for (let m = listAfter.exec(text.slice(position, position + 200)); m && listed.length < maxListed; m = listAfter.exec(text.slice(position, position + 200))) {
      const name = trimName(m[1]!);
      if (!name) break;
      listed.push({ name, index: position + m[0].length - m[1]!.length });
      position += m[0].length;
    }
    return listed;
  }
  let position = start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  for (let m = listBefore.exec(text.slice(Math.max(lineStart, position - 200), position)); m && listed.length < maxListed; ) {
    const name = trimName(m[1]!);
    if (!name) break;
    const from = Math.max(lineStart, position - 200);
    const index = from + m.index + m[0].indexOf(m[1]!);
    listed.push({ name, index });
    position = index;
    m = listBefore.exec(text.slice(Math.max(lineStart, position - 200), position));
  }
  return listed;
}

// Searches only a window around each anchor: from the start of the line before it (a name never
// crosses a line break, but white space between name and anchor may), no further back than the
// longest name run with its possessive and the gap before the anchor (`reach`, `reachTokens`
// words), to no further
// than the longest tail a pattern has after its anchor (`tailReach`); every gap in the patterns
// is bounded for this. A window starts after a character that is no part of a word and ends
// before one, where a name's look-behind and a pattern's final `\b` read alike in the window and
// in the whole text, and windows that touch merge (a name run may hold an earlier anchor). Same
// matches, in the same order, as searching the whole text (`discover-companies.test.ts` compares
// the two on random text), without trying a name at every capital of a long paragraph for every
// common anchor word in it.
const reach = 260;
const tailReach = 160;
// A name run and what may stand between it and the anchor span at most this many words: four
// words of the name, three small words between them, "shares" or "stock"
const reachTokens = 9;
function collectNear(text: string, pattern: Pattern, found: Candidate[], base = 0): void {
  const near = pattern.near!;
  const windows: [number, number][] = [];
  near.lastIndex = 0;
  for (let hit = near.exec(text); hit; hit = near.exec(text)) {
    const anchorEnd = hit.index + hit[0].length;
    const lineEnd = text.indexOf('\n', anchorEnd);
    let end = Math.min(lineEnd === -1 ? text.length : lineEnd, anchorEnd + tailReach);
    while (end < text.length && text[end] !== '\n' && isWordChar(text[end]!)) end += 1;
    let start = Math.max(previousLineStart(text, hit.index), hit.index - reach, tokensBack(text, hit.index, reachTokens));
    while (start < hit.index && start > 0 && isWordChar(text[start - 1]!)) start += 1;
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  for (const [start, end] of windows) collect(text, text.slice(start, end), start, pattern, found, base);
}

// Where the `count`-th white-space-separated word before `index` starts (0 when there are fewer).
function tokensBack(text: string, index: number, count: number): number {
  let position = index;
  for (let seen = 0; seen < count && position > 0; seen += 1) {
    while (position > 0 && /\s/u.test(text[position - 1]!)) position -= 1;
    while (position > 0 && !/\s/u.test(text[position - 1]!)) position -= 1;
  }
  return position;
}

// The start of the line before the one holding `index`, over blank lines.
function previousLineStart(text: string, index: number): number {
  let start = lineStart(text, index);
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    const blank = /^\s*$/.test(text.slice(previous, start - 1));
    start = previous;
    if (!blank) break;
  }
  return start;
}

const wordCharacter = /^[\p{L}\p{N}&.'’+-]$/u;
const isWordChar = (char: string) => wordCharacter.test(char);

// Where the line holding `index` starts (lastIndexOf would read a negative position as 0).
const lineStart = (text: string, index: number) => (index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1);
