import type { DateSource } from '../../../src/lib/schema.ts';
import type { CleanEvidence } from '../clean/clean-text.ts';
import { findDates, isDateOnly, toIsoDay, type FoundDate } from '../text/find-dates.ts';
import { inferYear } from '../text/infer-year.ts';

/** The publication date and how it was found. */
export type PublicationDate = { date: string | null; time?: string; dateSource: DateSource; warnings: string[] };

const bylineCue = /^(by|von|from|posted|autor(?:in)?|author|published|veröffentlicht|updated|aktualisiert|stand)\b/i;
// A wire-service lead: "FRANKFURT, 12. Dezember (dpa-AFX) -" or "NEW YORK, Dec 12 (Reuters) -".
const wireLead = /^[\p{Lu}][\p{Lu} .'/-]{1,40},\s*([^()]{3,40}?)\s*\((?:Reuters|dpa(?:-AFX)?|AFP|AP|Bloomberg|Dow Jones|awp|APA)\)\s*[-–—]/u;

/**
 * Finds the publication day: a dateline or byline in the header, a wire-service lead, a promo
 * line's date (year inferred from the periods the article names), or the article's own footer.
 * Dates of events in the text are never taken. Null, with `dateSource: none`, when nothing tells.
 *
 * @example parsePublicationDate({ header: ['12.12.2025 - 04:09:05'], body: [], evidence }) // { date: '2025-12-12', time: '04:09:05', dateSource: 'dateline' }
 */
export function parsePublicationDate(input: { header: string[]; body: string[]; evidence: CleanEvidence }): PublicationDate {
  const { header, body, evidence } = input;
  const text = body.join('\n');
  for (const line of header) {
    const found = findDates(line).find((d) => d.year !== null);
    if (!found) continue;
    if (isDateOnly(line)) return fromFound(found, 'dateline');
    if (bylineCue.test(line)) return fromFound(found, 'byline');
  }
  const lead = wireLead.exec(body.slice(0, 3).find((line) => wireLead.test(line)) ?? '');
  const wireDate = lead ? findDates(lead[1]!)[0] : undefined;
  if (wireDate) return withYear(wireDate, 'dateline', text);
  const promo = evidence.promoDates[0];
  if (promo) return withYear(promo, 'promo', text);
  const footer = evidence.footerDates.find((d) => d.year !== null);
  if (footer && evidence.footerDates.length === 1) return fromFound(footer, 'footer');
  const warnings = evidence.repeatedDates.length > 0 ? [`repeated page-chrome dates ignored: ${evidence.repeatedDates.join(', ')}`] : [];
  return { date: null, dateSource: 'none', warnings: [...warnings, 'no publication date found; set one in an override if known'] };
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
