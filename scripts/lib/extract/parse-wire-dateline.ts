/**
 * The dateline that opens a wire story or press release: place, date, agency, dash.
 * "PARIS, April 11 (Reuters) -", "Tokyo, Feb. 13 (Jiji Press)--", "TEANECK, N.J., Nov. 2, 2022
 * /PRNewswire/ --", "Wuppertal, 26. Mai 2009 -", "München (8.2.24) –". The year is often left
 * out; the caller decides where a year may come from (never from the events the text reports).
 */
import { findDates, type FoundDate } from '../text/find-dates.ts';

/** A lead's dateline: its date (year possibly null) and the agency or wire it names. */
export type WireDateline = { date: FoundDate; agency: string | null };

// The dateline ends at the first dash within the first 100 characters: " - ", " – ", "--", "—"
// (or a dash closing a line of its own: "SEOUL, July 31, 2024 (Reuters) -").
const dash = /\s*(?:--|—|\s[-–](?:\s|$)|\)[-–])/u;
const agency = /\(([^()]{2,40})\)|\/([^/]{2,30})\//u;
// A place: capitalised words and abbreviations ("N.J.", "Calif."), joined by spaces and commas.
const place = /^\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

/**
 * Reads the dateline at the start of a lead paragraph, or null when the paragraph opens any other
 * way (a sentence, a dash in running text, an agency without a date).
 *
 * @example parseWireDateline('PARIS, April 11 (Reuters) - Shares in LVMH rose.') // { date: { year: null, month: 4, day: 11, … }, agency: 'Reuters' }
 * @example parseWireDateline('München (8.2.24) – Die Aktie stieg.')?.date.year // 2024
 */
export function parseWireDateline(paragraph: string): WireDateline | null {
  const end = dash.exec(paragraph.slice(0, 100));
  if (!end) return null;
  const prefix = paragraph.slice(0, end.index + (end[0].startsWith(')') ? 1 : 0));
  const dates = findDates(prefix);
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  const before = prefix.slice(0, date.index);
  // "Place, date (Agency) …" or "Place (date) …"
  const inBrackets = /\(\s*$/u.test(before) && /^\s*\)/u.test(prefix.slice(date.end));
  const after = inBrackets ? prefix.slice(date.end).replace(/^\s*\)/u, '') : prefix.slice(date.end);
  const named = agency.exec(after);
  const rest = after.replace(agency, '').trim();
  if (rest !== '' && rest !== ',') return null;
  const placePart = inBrackets ? before.replace(/\(\s*$/u, '').trim() : before.trim().replace(/,$/u, '');
  if (!inBrackets && !/,\s*$/u.test(before)) return null;
  if (!place.test(placePart)) return null;
  return { date, agency: named?.[1] ?? named?.[2] ?? null };
}
