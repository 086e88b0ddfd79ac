import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { legalFormSource } from '../../../src/lib/legal-suffixes.ts';
import { ricSource } from './extract-identifiers.ts';

/** A company name found by a textual pattern, before registry merging. */
export type Candidate = { name: string; role: 'issuer' | 'analyst' | 'named'; index: number };

// A run of capitalised words, allowing "&", "and", "und", "of", "de" between them. A word is at most
// 41 characters and a run starts at a word's start: unbounded, every capital inside a 2 MB "word"
// would scan to its end (quadratic time).
const wordChar = "[\\p{L}\\p{N}&.'’-]";
const word = `[\\p{Lu}]${wordChar}{0,40}`;
// Names never cross a line break: headings and paragraphs are joined with "\n".
const nameRun = `((?<!${wordChar})${word}(?:[ \\t]+(?:(?:&|and|und|of|de|la)[ \\t]+)?${word}){0,3})`;
const exchange = '(?:NYSE|NASDAQ|Nasdaq|HKEX?|XETRA|Xetra|ETR|FRA|LSE|TSE|SSE|SZSE|TSX|ASX|OTC)';

const ric = `\\(${ricSource}\\)`;

// Order matters: the most reliable shapes first; later patterns never replace an earlier name.
// A pattern's `anchor` is a part every match must contain, tested first: scanning for a name run
// at every capital letter costs far more than looking for "(NYSE:" once, and most articles hold
// only a few of these shapes. Where the anchor is absent the pattern cannot match, so skipping it
// changes nothing.
// A pattern with `near` ends in its anchor and holds nothing but white space and "," or "'s"
// between its name and the anchor, so a match lies in the lines from the name's to the anchor's
// (see `collectNear`); `near` finds every anchor.
const patterns: { re: RegExp; role: Candidate['role']; anchor?: RegExp; near?: RegExp }[] = [
  { re: new RegExp(`${nameRun}\\s*\\(\\s*${exchange}\\s*:`, 'gu'), role: 'issuer', anchor: new RegExp(`\\(\\s*${exchange}\\s*:`, 'u') },
  { re: new RegExp(`${nameRun}\\s+[A-Z]{2}[A-Z0-9]{9}\\d\\b`, 'gu'), role: 'issuer', near: /\s[A-Z]{2}[A-Z0-9]{9}\d\b/gu },
  { re: new RegExp(`${nameRun}(?:-|\\s)Aktien?\\b`, 'gu'), role: 'issuer', near: /Aktien?\b/gu },
  { re: new RegExp(`${nameRun}[ \\t]*${ric}`, 'gu'), role: 'issuer', anchor: new RegExp(ric, 'u') },
  { re: new RegExp(`${nameRun}(?:'s|’s)?\\s+(?:shares|stock)\\b`, 'gu'), role: 'issuer', near: /\s(?:shares|stock)\b/gu },
  { re: new RegExp(`\\bshares (?:of|in) ${nameRun}`, 'gu'), role: 'issuer' },
  { re: new RegExp(`${nameRun},?\\s+${legalFormSource}`, 'gu'), role: 'named', near: new RegExp(`\\s${legalFormSource}`, 'gu') },
  { re: new RegExp(`\\b(?:[Aa]nalysts? (?:at|from|of)|[Rr]esearch (?:firm|house)|[Ii]nvestment bank|[Bb]roker(?:age)?|Analysten (?:von|der|des|bei))\\s*,?\\s+${nameRun}`, 'gu'), role: 'analyst' },
  { re: new RegExp(`${nameRun}(?:-Analyst(?:en)?|\\s+analysts?)\\b`, 'gu'), role: 'analyst', near: /-Analyst|\sanalyst/gu },
];

// Analyst houses named as the actor of a rating sentence: "Citigroup has raised its price target".
const ratingActor = new RegExp(
  `${nameRun}[ \\t]+(?:(?:has |have )?(?:raised|lifted|boosted|increased|cut|lowered|reduced|trimmed|reiterated|maintained|initiated|upgraded|downgraded|reaffirmed|set)|hebt|senkt|erhöht|bestätigt|stuft|sieht|startet|hat|haben)\\b`,
  'gu',
);
const ratingCue = /\b(price target|target price|rating|upgrade|downgrade|overweight|underweight|outperform|underperform|kursziel|einstufung|kaufempfehlung|rated)\b/i;
const groupName = new RegExp(`${nameRun}\\s+(?:Group|Holdings?)(?![\\p{L}])`, 'gu');
const groupAnchor = /\s(?:Group|Holdings?)(?![\p{L}])/u;

// Capitalised words that open sentences or headlines but never start a company name.
const notNames = new Set(
  'a an the this that these those its it in on at for with from by as and or but if while when after before despite both another other such some many most all any each every our their his her we they you i also meanwhile however analysts analyst shares stock investors der die das den dem des ein eine einer einem eines diese dieser dieses auch und oder aber wenn während nach vor trotz beide andere viele alle jede unsere ihre wir sie es im am vom zum zur laut bei mit für von aus neue neuen new aktie aktien anleger analysten kursziel ceo cfo chief us u.s. uk eu us-dollar dollar euro yuan prozent percent stocks markets wall street dax monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag january february march april june july august september october november december januar februar märz juni juli oktober dezember'.split(' '),
);

/**
 * Finds company names by how news text names them: `Name (NYSE: X)`, a name before an ISIN,
 * `Name-Aktie`, `Name shares/stock`, legal suffixes (Inc., AG, SE, plc…), `Name Group/Holdings` where
 * the bare name also stands alone, and analyst houses in rating sentences.
 *
 * `wholeText` searches the whole text with every pattern instead of only the lines around each
 * pattern's anchor (same answer, slower; the reference the tests compare with).
 *
 * @example discoverCompanies('Siemens Energy-Aktie legt zu.', [])[0]?.name // 'Siemens Energy'
 */
export function discoverCompanies(text: string, sentences: string[], options: { wholeText?: boolean } = {}): Candidate[] {
  const found: Candidate[] = [];
  for (const { re, role, anchor, near } of patterns) {
    if (near && !options.wholeText) collectNear(text, re, role, found, near);
    else if (!anchor || anchor.test(text)) collect(text, re, role, found);
  }
  for (const m of groupAnchor.test(text) ? text.matchAll(groupName) : []) {
    const base = trimName(m[1]!);
    if (base && new RegExp(`(?<![\\p{L}])${escapeRegExp(base)}(?![\\p{L}]|\\s+(?:Group|Holdings?))`, 'u').test(text)) {
      found.push({ name: base, role: 'issuer', index: m.index });
    }
  }
  let offset = 0;
  for (const sentence of sentences) {
    if (ratingCue.test(sentence)) collect(sentence, ratingActor, 'analyst', found, offset);
    offset += sentence.length + 1;
  }
  return found.sort((a, b) => a.index - b.index);
}

function collect(text: string, re: RegExp, role: Candidate['role'], found: Candidate[], offset = 0): void {
  for (const m of text.matchAll(re)) {
    const name = trimName(m[1]!);
    if (name) found.push({ name, role, index: offset + m.index });
  }
}

// Searches only the lines a match can lie in: the line of each anchor, back over blank lines to
// the line before them (a name never crosses a line break; between it and the anchor stand only
// white space and "," or "'s"). Neighbouring stretches merge, so a match never crosses a
// stretch's end, and each stretch is searched as its own string: it starts at a line start, where
// the name's look-behind reads a line break or nothing alike, and ends at a line break or the
// text's end, which the patterns' final `\b` or `(?![\p{L}])` read alike. Same matches, in the same order, as searching the whole
// text, without trying a name at every capital of a long article.
function collectNear(text: string, re: RegExp, role: Candidate['role'], found: Candidate[], near: RegExp): void {
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
  for (const [start, end] of stretches) {
    const part = text.slice(start, end);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const name = trimName(m[1]!);
      if (name) found.push({ name, role, index: start + m.index });
    }
  }
  re.lastIndex = 0;
}

// Where the line holding `index` starts (lastIndexOf would read a negative position as 0).
const lineStart = (text: string, index: number) => (index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1);

/** Drops leading sentence words ("The", "Die") and trailing possessives from a captured name. */
export function trimName(raw: string): string | null {
  // A word ending in "." closes a sentence ("on Friday. Morgan Stanley"), unless it is an initial or abbreviation.
  const all = raw.split(/\s+/);
  const lastStop = all.findLastIndex((w, i) => i < all.length - 1 && /\.$/.test(w) && w.length > 2 && !abbreviations.has(w.toLowerCase()));
  let words = all.slice(lastStop + 1);
  // A possessive ends the name: "Tesla's Q3 Deliveries" is about Tesla.
  const possessive = words.findIndex((w) => /['’]s$/u.test(w) && w.length > 3);
  if (possessive !== -1) words = words.slice(0, possessive + 1);
  words[words.length - 1] = words.at(-1)!.replace(/(?:'s|’s|')$/u, '').replace(/[.,]$/, '');
  while (words.length > 0 && (notNames.has(words[0]!.toLowerCase().replace(/['’]s$/u, '')) || connectors.test(words[0]!))) words.shift();
  while (words.length > 0 && connectors.test(words.at(-1)!)) words.pop();
  const name = words.join(' ').replace(/(?:'s|’s)$/u, '');
  if (name.length < 2 || notNames.has(name.toLowerCase())) return null;
  return name;
}

const connectors = /^(?:&|and|und|of|de|la)$/i;
const abbreviations = new Set(['inc.', 'corp.', 'co.', 'ltd.', 'bros.', 'st.', 'jr.', 'n.v.', 's.a.', 'u.s.']);
