import type { DateSource } from '../../../src/lib/schema.ts';
import type { CleanEvidence } from '../clean/clean-text.ts';
import { toIsoDay, type FoundDate } from '../text/find-dates.ts';
import { inferYear } from '../text/infer-year.ts';
import { isProse } from '../structure/find-headline.ts';
import { parseDateLine } from './parse-date-line.ts';
import { parseWireDateline } from './parse-wire-dateline.ts';

/** The publication date and how it was found. */
export type PublicationDate = { date: string | null; time?: string; dateSource: DateSource; warnings: string[] };

// How many paragraphs of the body a dateline may open: the lead, or the first after a summary.
const leadParagraphs = 3;

/**
 * Finds the publication day by where the text prints it, most reliable place first:
 * 1. a date line in the header: above or right under the headline ("Site | August 1, 2024",
 *    "Stand: 27.07.2022", "16.10.24 17:47 Uhr"), see `parseDateLine`;
 * 2. the lead's dateline with its year ("TEANECK, N.J., Nov. 2, 2022 /PRNewswire/ --",
 *    "München (8.2.24) –");
 * 3. the article's footer: a closing date line or wire footer ("AFA0045 2017-11-07/11:15",
 *    "November 21, 2024 23:17 ET"), when exactly one day is printed there;
 * 4. a dateline without a year ("PARIS, April 11 (Reuters) -") takes its year only from a printed
 *    date of the same day in the footer; it is never guessed from the events the text reports;
 * 5. a promo line's date, its year inferred from the periods the article names.
 * Null, with `dateSource: none`, when nothing tells, or when the body holds no running text at all
 * (a data page's dates are its data's): a wrong date is worse than none.
 *
 * `paragraphs` are the body's paragraphs (lists and headings aside), where a dateline may open one.
 *
 * @example parsePublicationDate({ header: ['12.12.2025 - 04:09:05'], body: [], evidence }) // { date: '2025-12-12', time: '04:09:05', dateSource: 'dateline' }
 */
export function parsePublicationDate(input: { header: string[]; body: string[]; paragraphs?: string[]; evidence: CleanEvidence }): PublicationDate {
  const { header, body, evidence } = input;
  // A page of rows and labels without a sentence (a screener, a quote page) prints the time of its
  // data ("Stand: 12.04.2024 17:31:02"), not a publication day
  if (!body.some(isProse)) return { date: null, dateSource: 'none', warnings: ['a page of data without running text: its dates are the data\'s time stamps, not a publication day'] };
  for (const line of header) {
    const read = parseDateLine(line);
    if (read) return fromFound(read.date, read.kind === 'date' ? 'dateline' : 'byline');
  }
  const lead = (input.paragraphs ?? body)
    .slice(0, leadParagraphs)
    .map(parseWireDateline)
    .find((dateline) => dateline !== null);
  if (lead?.date.year) return fromFound(lead.date, 'dateline');
  const footer = uniqueDays(evidence.footerDates);
  if (footer.length === 1) {
    const [day] = footer;
    if (!lead || (lead.date.month === day!.month && lead.date.day === day!.day)) return fromFound(day!, lead ? 'dateline' : 'footer');
  }
  if (lead) return { date: null, dateSource: 'none', warnings: ['the dateline gives no year and no other printed date of that day does; set the date in an override if known'] };
  const promo = evidence.promoDates[0];
  if (promo) return withYear(promo, 'promo', body.join('\n'));
  const warnings = evidence.repeatedDates.length > 0 ? [`repeated page-chrome dates ignored: ${evidence.repeatedDates.join(', ')}`] : [];
  return { date: null, dateSource: 'none', warnings: [...warnings, 'no publication date found; set one in an override if known'] };
}

// The distinct days with a year among found dates.
function uniqueDays(dates: FoundDate[]): FoundDate[] {
  const seen = new Map<string, FoundDate>();
  for (const date of dates) if (date.year !== null) seen.set(toIsoDay(date.year, date.month, date.day), seen.get(toIsoDay(date.year, date.month, date.day)) ?? date);
  return [...seen.values()];
}

function fromFound(found: FoundDate, dateSource: DateSource): PublicationDate {
  const date = toIsoDay(found.year!, found.month, found.day);
  return { date, dateSource, warnings: [], ...(found.time ? { time: found.time } : {}) };
}

function withYear(found: FoundDate, dateSource: DateSource, text: string): PublicationDate {
  if (found.year !== null) return fromFound(found, dateSource);
  const year = inferYear(found.month, found.day, text);
  if (year === null) {
    return { date: null, dateSource: 'none', warnings: [`a ${dateSource} date gives no year and the text names no period to infer it from`] };
  }
  const result = fromFound({ ...found, year }, dateSource);
  return { ...result, warnings: [`year ${year} of the ${dateSource} date inferred from the periods the article names`] };
}
