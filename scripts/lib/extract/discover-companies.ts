import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { evidenceWeights, groupAnchor, groupName, listName, patterns, ratingActors, ratingCue, type Pattern, type Role } from './company-patterns.ts';
import { trimName } from './trim-name.ts';

export { evidenceWeights } from './company-patterns.ts';

/**
 * A company name found by a textual pattern, before registry merging: its role, where it stands,
 * how much the pattern says it is a company (`weight`, see `evidenceWeights`), whether a printed
 * identifier stands beside it, and the ticker, if that is one.
 */
export type Candidate = { name: string; role: Role; index: number; weight: number; ticker?: string; identified?: true; opener?: true };

// Words after which a lone common noun stands, never a company: "nach den Quartalszahlen hat".
const articleBefore = /(?:^|[\s(])(?:den|dem|der|die|das|des|ein|eine|einem|einer|eines|im|am|zum|zur|vom|beim|ins|the|a|an|this|that|its|their)\s+$/iu;
// A name that looks like a brand whatever precedes it: all capitals, a capital inside, a digit.
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
export function discoverCompanies(text: string, sentences: string[], options: { wholeText?: boolean } = {}): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of patterns) {
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
    if (ratingCue.test(sentence)) for (const actor of ratingActors) collect(sentence, sentence, offset, actor, found);
    offset += sentence.length + 1;
  }
  return found.sort((a, b) => a.index - b.index || a.weight - b.weight);
}

// Matches `pattern` in `part` (which starts at `offset` of `text`) and records each name.
function collect(text: string, part: string, offset: number, pattern: Pattern, found: Candidate[]): void {
  pattern.re.lastIndex = 0;
  for (let m = pattern.re.exec(part); m; m = pattern.re.exec(part)) {
    // The name is the first group that took part in the match (patterns offer a brand in lower case as an alternative)
    const group = m.findIndex((value, index) => index > 0 && value !== undefined);
    const captured = m[group]!;
    const start = offset + m.indices![group]![0];
    const name = trimName(captured);
    if (name && !(pattern.subject && isCommonNoun(name, text, start + Math.max(0, captured.indexOf(name))))) {
      const ticker = pattern.ticker ? m.at(-1) : undefined;
      found.push({ name, role: pattern.role, index: start, weight: pattern.weight, ...(ticker ? { ticker } : {}), ...(pattern.identifier ? { identified: true as const } : {}), ...(pattern.opener ? { opener: true as const } : {}) });
      if (pattern.list) for (const listed of listedBeside(text, start, start + captured.length, pattern.list)) found.push({ name: listed.name, role: pattern.role, index: listed.index, weight: pattern.weight });
    }
  }
  pattern.re.lastIndex = 0;
}

// A lone word after an article ("den Quartalszahlen") is a noun of the sentence, not its subject.
function isCommonNoun(name: string, text: string, start: number): boolean {
  return !name.includes(' ') && !brandShaped.test(name) && articleBefore.test(text.slice(Math.max(0, start - 12), start));
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

// Searches only the lines a match can lie in: the line of each anchor, back over blank lines to
// the line before them (a name never crosses a line break; between it and the anchor stand only
// white space and "," or "'s"). Neighbouring stretches merge, so a match never crosses a
// stretch's end, and each stretch is searched as its own string: it starts at a line start, where
// the name's look-behind reads a line break or nothing alike, and ends at a line break or the
// text's end, which the patterns' final `\b` or `(?![\p{L}])` read alike. Same matches, in the
// same order, as searching the whole text, without trying a name at every capital of a long article.
function collectNear(text: string, pattern: Pattern, found: Candidate[]): void {
  const near = pattern.near!;
  const stretches: [number, number][] = [];
  near.lastIndex = 0;
  for (let hit = near.exec(text); hit; hit = near.exec(text)) {
    // An anchor in lines already taken adds nothing (and a line of many anchors is walked once)
    if (stretches.length > 0 && hit.index < stretches.at(-1)![1]) continue;
    let start = lineStart(text, hit.index);
    while (start > 0) {
      const previous = lineStart(text, start - 1);
      const blank = /^\s*$/.test(text.slice(previous, start - 1));
      start = previous;
      if (!blank) break;
    }
    const lineEnd = text.indexOf('\n', hit.index + hit[0].length);
    const end = lineEnd === -1 ? text.length : lineEnd;
    near.lastIndex = Math.max(near.lastIndex, end);
    const last = stretches.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else stretches.push([start, end]);
  }
  for (const [start, end] of stretches) collect(text, text.slice(start, end), start, pattern, found);
}

// Where the line holding `index` starts (lastIndexOf would read a negative position as 0).
const lineStart = (text: string, index: number) => (index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1);
