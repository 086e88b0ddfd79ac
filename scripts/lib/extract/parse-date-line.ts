/**
 * The grammar of a line that prints an article's date as page chrome: a date alone ("Freitag,
 * 17. Oktober 2025", "16.10.24 17:47 Uhr"), a cue and a date ("Stand: 27.07.2022", "Published
 * 28 October 2021 | More on:"), a date among short site, section and byline parts ("Business
 * News | Tue Apr 11, 2017", "Daily Mail · 23 May 2018 · by Paul Thomas"), or a wire footer
 * ("AFA0045 2017-11-07/11:15"), a place and the date ("Neutraubling, 26. März 2024"). Which such
 * line dates the article is decided by where it stands
 * (`parse-publication-date.ts`); this module only reads one line.
 */
import { findDates, isDateResidue, type FoundDate } from '../text/find-dates.ts';

/** How a date line prints its date. */
export type DateLineKind = 'date' | 'cue' | 'chrome' | 'wire-code' | 'place';

/** A line read as a date line: the date with its year, and the line's shape. */
export type DateLine = { date: FoundDate & { year: number }; kind: DateLineKind };

// Words that announce the publication or update time of the page.
const cue = /^(?:stand|published|publish(?:ed)? (?:date|on)|veröffentlicht(?: am)?|aktualisiert(?: am)?|zuletzt aktualisiert(?: am)?|(?:last )?updated(?: on)?|posted(?: on)?|erstellt(?: am)?|datum|date)\b\s*:?\s*/iu;
// A line about a quote, not a page: its stamp is the price's time ("Delayed … 06/06 01:31:35 am
// EDT", "Kurs vom 24.05.2024 19:30:57"), never the publication day.
const quoteCue = /\b(?:delayed|real-?time|realtime|verzögert|echtzeit|quote|kurs(?:e|zeit)?)\b/iu;
const quoteFigure = /\d[\d.,']*\s?(?:[A-Z]{3}|€|\$|£)\s*[+\-−]\s?\d+(?:[.,]\d+)?\s?%|[+\-−]\d+(?:[.,]\d+)?\s?%/u;
// Separators of page chrome; a hyphen is none (headlines use it: "Mainfirst hebt Henkel - Ziel 125 Euro").
const separator = /\s*[|·•›»]\s*/u;
const byline = /^(?:by|von|from|author:?|autor(?:in)?:?)\s+\p{Lu}/iu;
const wireCode = /^[A-Z]{2,5}\d{2,6}$/u;
const place = /^\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3},\s*$/u;
const maxChromeWords = 5;
// A clock with seconds after the date, nothing else: a page's time stamp, never a sentence's time.
const stampTime = /\s\d{1,2}:\d{2}:\d{2}(?:\s*(?:uhr|h))?\s*$/iu;
// A short label of words without figures or sentence marks ("Tipps der Analysten").
const sectionLabel = /^\p{Lu}[\p{L}-]*(?:[ ]\p{L}[\p{L}-]*){0,3}[ ]$/u;

/**
 * Reads one line as a date line, or null when the line is anything else (a sentence, a headline
 * with a date in it, a table row, a quote's time stamp, a date without a year).
 *
 * @example parseDateLine('Business News | Tue Apr 11, 2017')?.kind // 'chrome'
 * @example parseDateLine('Stand: 27.07.2022')?.date.year // 2022
 * @example parseDateLine('Dividend date 3 | 04 Sept 2024 |') // null (a table row)
 */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 160 || /[|]\s*$/u.test(line) || quoteCue.test(line) || quoteFigure.test(line)) return null;
  const date = findDates(line).find((found): found is FoundDate & { year: number } => found.year !== null);
  if (!date) return null;
  const before = line.slice(0, date.index);
  const after = line.slice(date.end);
  // A date alone but closed by a colon heads the lines below it ("11 October 2021:" over a
  // session's movers): an event day, not the page's
  if (isDateResidue(before + after)) return /:\s*$/u.test(after) ? null : { date, kind: 'date' };
  const cued = cue.exec(before.trimStart());
  if (cued && isCueGap(before.trimStart().slice(cued[0].length)) && isChromeTail(after)) return { date, kind: 'cue' };
  if (wireCode.test(before.trim()) && isDateResidue(after)) return { date, kind: 'wire-code' };
  // "Neutraubling, 26. März 2024", "Hong Kong, 26 August 2024": a place and the date
  if (place.test(before) && isDateResidue(after)) return { date, kind: 'place' };
  // "April 3, 2017 by Jon C. Ogg": the date and its byline
  if (isDateResidue(before) && byline.test(after.replace(/^[\s,|·•-]+/u, '')) && after.trim().split(/\s+/u).length <= 7) return { date, kind: 'cue' };
  // "Tipps der Analysten 03.08.2015 21:34:42": a section label and a time stamp to the second
  if (stampTime.test(line) && isDateResidue(after.replace(stampTime, '')) && sectionLabel.test(before)) return { date, kind: 'chrome' };
  return isChrome(before, after) ? { date, kind: 'chrome' } : null;
}

// Everything beside the date is short parts between separators: site and section names, a byline.
function isChrome(before: string, after: string): boolean {
  const head = before.split(separator);
  const tail = after.split(separator);
  if (head.length + tail.length < 3) return false;
  // The date's own part (between the nearest separators) holds nothing but the date, a weekday or a cue
  const own = `${head.at(-1)!} ${tail[0]!}`.trim();
  const cued = cue.exec(own);
  if (!isDateResidue(own) && !(cued && isDateResidue(own.slice(cued[0].length)))) return false;
  const others = [...head.slice(0, -1), ...tail.slice(1)].map((part) => part.trim()).filter((part) => part !== '');
  return others.length > 0 && others.every(isChromePart);
}

function isChromePart(part: string): boolean {
  if (byline.test(part)) return part.split(/\s+/).length <= 6;
  if (/\d/u.test(part) && !isDateResidue(part)) return false;
  return part.split(/\s+/).length <= maxChromeWords && !/[.!?]$/u.test(part);
}

// Between a cue and its date: nothing, or a byline ("Posted by Staff Writer on Oct 6th, 2025").
function isCueGap(gap: string): boolean {
  return isDateResidue(gap) || /^(?:by|von)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+(?:on|am)\s*$/u.test(gap);
}

// After a cue and its date: nothing, a time, a byline or short chrome parts ("| More on:").
function isChromeTail(after: string): boolean {
  if (isDateResidue(after)) return true;
  const rest = after.replace(/^[\s,.\-–|·]*/u, '').replace(/^(?:um|at)\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?/iu, '').trim();
  if (rest === '') return true;
  return rest.split(separator).every((part) => part.trim() === '' || byline.test(part.trim()) || part.trim().split(/\s+/).length <= 3);
}
