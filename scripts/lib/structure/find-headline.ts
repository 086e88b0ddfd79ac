/**
 * Finds the headline among the lines a pasted page opens with. Pages put site names, sections,
 * breadcrumbs, log-in links, bylines and date lines before and around it ("Business News | Tue
 * Apr 11, 2017", "News from Japan", "Daily Mail · 23 May 2018 · by Paul Thomas"), so the first
 * line is often not the headline. Every line before the first paragraph of prose is a candidate;
 * each is scored on its shape and on how much of it the lead repeats, and the best one wins.
 */
import { legalFormSource } from '../../../src/lib/legal-suffixes.ts';
import { adLine, bylineLine, identifierLine, legendLine } from '../clean/boilerplate.ts';
import { isNonCompanyName } from '../extract/non-company-names.ts';
import { parseDateLine } from '../extract/parse-date-line.ts';

/** Where the headline stands (null: none printed) and where the first paragraph of prose starts. */
export type Lead = { headline: number | null; leadStart: number };

// The lead zone never reaches further than this: a page of rows without prose has no lead.
const maxLeadLines = 40;
const minScore = 2;
const firstLineBonus = 1;
const listMarker = /^(?:[-–•*·▪►]\s+|\d{1,2}[.)]\s+)/u;
// Chrome separators: "Site | Section", "Aktien › Deutschland", "GESCO AG / Dividende".
const separator = /\s[|·•›»/]\s|[›»\t]/u;
const fullDate = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b/u;
const clock = /\b\d{1,2}:\d{2}(?:\d|[ap]\b)?/u;
// A row of figures: "Gewinn je Aktie (unverwässert): 7.21", "Umsatz: 11'238.2"
const recordRow = /^[^:]{1,60}:\s*[+\-−]?[\d'’.,\s]+(?:\s?\S{1,6})?$/u;
const securityIds = /\b(?:ISIN|WKN|Valor|Symbol)\b|\b[A-Z]{2}[A-Z0-9]{9}\d\b/u;
const legalForm = new RegExp(`\\s${legalFormSource}|\\([A-Z][A-Z0-9.]{0,9}\\)|\\((?:NYSE|NASDAQ|Nasdaq|XETRA|LSE|HKEX?)\\s*:`, 'u');
// A line may end with an abbreviation's dot and still be a headline ("… Acquired by Citigroup Inc.",
// "WashTec AG O.N."): a legal form, or initials.
const abbreviationEnd = /\b(?:Inc|Corp|Co|Ltd|Bros|plc|Jr|St)\.$|(?:^|[\s(])(?:\p{L}\.){2,}$/u;
const functionWords = new Set('a an the of to in on at for and or but with by from as is are was be its it this that der die das den dem des ein eine und oder mit von für auf im am zu zum zur bei aus nach vor über'.split(' '));

/**
 * Picks the headline: the best-scoring candidate line before the first prose paragraph, or null
 * when no line scores at least `minScore` (the page prints no headline, or its first line is prose).
 *
 * @example findHeadline(['Media', 'What to Expect When Disney Reports Tuesday', 'Walt Disney Co. is due to publish results on Tuesday after the bell.']).headline // 1
 */
export function findHeadline(lines: string[]): Lead {
  const limit = Math.min(lines.length, maxLeadLines);
  let leadStart = 0;
  while (leadStart < limit && !isProse(lines[leadStart]!)) leadStart += 1;
  let lead: Set<string> | null = null;
  let best: { index: number; score: number } | null = null;
  let rank = 0;
  for (let index = 0; index < leadStart; index += 1) {
    const line = lines[index]!;
    if (!isCandidate(line)) continue;
    lead ??= toStems(lines.slice(leadStart, leadStart + 3).join(' '));
    const near = lead.size > 0 ? lead : toStems(lines.slice(index + 1, index + 8).join(' '));
    // Most pasted articles open with their headline: the first line has a head start
    const score = scoreLine(line, lines.slice(Math.max(0, index - 2), index), lines.slice(index + 1, index + 3), near) - rank * 0.1 + (index === 0 ? firstLineBonus : 0);
    rank += 1;
    if (score >= minScore && (best === null || score > best.score)) best = { index, score };
  }
  return { headline: best?.index ?? null, leadStart };
}

/** A line of running prose: a sentence of some length, or simply long. */
export function isProse(line: string): boolean {
  const words = line.split(' ').length;
  if (words >= 25) return true;
  // A lead that introduces a list: "FRANKFURT (dpa-AFX) - Die Einstufungen im Überblick:"
  if (/:$/u.test(line) && words >= 8) return true;
  if (/[.…]["“”»«']?$/u.test(line) && !abbreviationEnd.test(line)) return words >= 6;
  return /[!?]["“”»«']?$/u.test(line) && words > 12;
}

// Shapes a headline never has: a list item, a label ("Publish date:"), a date or byline line,
// an identifier row, a line of figures, a lower-case start, an ad line, a legend, a kicker.
function isCandidate(line: string): boolean {
  if (listMarker.test(line) || /[:;,]$/u.test(line) || line.length > 200) return false;
  if (/[.…]$/u.test(line) && !abbreviationEnd.test(line)) return false;
  // A headline starts upper case, unless its first word is a brand written so ("dpa-AFX", "eBay")
  if (!/^[\p{Lu}\p{N}"„“'«‘]/u.test(line) && !/^\p{Ll}+(?:\p{Lu}|-\S*\p{Lu})/u.test(line)) return false;
  if (parseDateLine(line) || bylineLine.test(line) || identifierLine.test(line) || securityIds.test(line) || recordRow.test(line)) return false;
  // Ad copy, a table's legend, and a kicker that is only an index, exchange or place ("Wiener
  // Börse", "DAX") describe other lines; none is the headline
  if (adLine.test(line) || legendLine.test(line) || isNonCompanyName(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '').length;
  return letters >= line.replace(/\s/g, '').length / 2;
}

// Shape (length, names, chrome marks), what follows (a date line or byline right under it), and
// overlap with the lead: the lead paragraph repeats the headline's words, never the site's name.
function scoreLine(text: string, previous: string[], next: string[], lead: Set<string>): number {
  const line = text;
  const words = line.split(/\s+/);
  let score = words.length >= 5 ? 2.5 : words.length === 4 ? 1.5 : words.length === 3 ? 0 : -1.5;
  if (words.slice(1).some((word) => /^[\p{Lu}\p{N}]/u.test(word))) score += 1;
  if (separator.test(line)) score -= 3;
  if (clock.test(line)) score -= 3;
  // A full date inside the line marks a deck or a dateline ("Ausgewählte Einstufungen vom 03.08.2015")
  if (fullDate.test(line)) score -= 1.5;
  if (legalForm.test(line)) score += 1.5;
  if (next.some((following) => parseDateLine(following) !== null || bylineLine.test(following))) score += 1.5;
  // A breadcrumb trail ends with the page's own title: "Aktien › Deutschland › WashTec AG O.N."
  if (previous.some((line) => separator.test(line) && line.split(/\s*[›»>|/]\s*/u).at(-1) === text)) score += 2;
  return score + 3 * overlap(words, lead);
}

// Share of the line's content words that the lead also uses.
function overlap(words: string[], lead: Set<string>): number {
  const own = toStems(words.join(' '));
  if (own.size === 0) return 0;
  let seen = 0;
  for (const stem of own) if (lead.has(stem)) seen += 1;
  return seen / own.size;
}

// Content words by their first five letters, case aside: "forecasts" and "Forecast" compare equal.
function toStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(wordPattern) ?? []) if (word.length >= 3 && !functionWords.has(word)) stems.add(word.slice(0, 5));
  return stems;
}
const wordPattern = /[\p{L}\p{N}]+/gu;
