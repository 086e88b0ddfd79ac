/**
 * Display formatting for dates, languages and counts, all through `Intl`.
 *
 * Environment-neutral. The site's own words are English, so every formatter uses an English
 * locale; article text keeps its language. Dates are calendar days, formatted in UTC so the
 * build machine's time zone never shifts a day.
 */
import type { Language } from './schema.ts';

const locale = 'en-GB';
const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
const countFormat = new Intl.NumberFormat(locale);
const plurals = new Intl.PluralRules(locale);

/** Text shown where an article gives no way to tell its publication day. */
export const undatedLabel = 'Undated';

/**
 * Formats a `YYYY-MM-DD` day for reading, or `undatedLabel` for null.
 *
 * @example formatDay('2025-12-12') // '12 December 2025'
 */
export function formatDay(day: string | null): string {
  if (day === null) return undatedLabel;
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/**
 * Names an article language in English.
 *
 * @example formatLanguage('de') // 'German'
 */
export function formatLanguage(lang: Language): string {
  return languageNames.of(lang) ?? lang;
}

/**
 * Formats a count with its noun, plural where English needs one.
 *
 * @example formatCount(1412, 'mention') // '1,412 mentions'
 */
export function formatCount(count: number, noun: string): string {
  const word = plurals.select(count) === 'one' ? noun : `${noun}s`;
  return `${countFormat.format(count)} ${word}`;
}

/**
 * Formats a duration: milliseconds under 750 ms, seconds above.
 *
 * @example formatDuration(1234) // '1.2 s'
 */
export function formatDuration(ms: number): string {
  return ms < 750 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
