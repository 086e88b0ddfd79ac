/**
 * Display formatting for dates, languages and counts, all through `Intl`.
 *
 * Environment-neutral. The site's own words are English, so every formatter uses an English
 * locale; article text keeps its language. Dates are calendar days, formatted in UTC so the
 * build machine's time zone never shifts a day.
 */
import { metricKindFacts, signedKinds } from './metric-kinds.ts';
import type { DateSource, Language, Metric, MetricKind } from './schema.ts';

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

const monthFormats = {
  long: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * Formats a `YYYY-MM` month (or the month of a `YYYY-MM-DD` day) for reading; `short` suits
 * chart axes.
 *
 * @example formatMonth('2025-12') // 'December 2025'
 * @example formatMonth('2025-12-12', 'short') // 'Dec 2025'
 */
export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  return monthFormats[style].format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}

const dateSourceWords: Record<DateSource, string> = {
  dateline: 'from the dateline under the headline',
  byline: 'from the byline',
  text: 'from the article text',
  promo: "from the publisher's promo line",
  footer: "from the article's footer",
  inferred: 'inferred from the article',
  override: 'set by hand',
  none: 'the article does not say',
};

/**
 * Says in words how an article's publication day was found.
 *
 * @example formatDateSource('dateline') // 'from the dateline under the headline'
 */
export function formatDateSource(dateSource: DateSource): string {
  return dateSourceWords[dateSource];
}

/**
 * Names an article language in English.
 *
 * @example formatLanguage('de') // 'German'
 */
export function formatLanguage(lang: Language): string {
  return languageNameOf[lang];
}

// `Intl.DisplayNames.of` is slow enough to show in a build profile of thousands of pages.
const languageNameOf: Record<Language, string> = { en: languageNames.of('en') ?? 'en', de: languageNames.of('de') ?? 'de' };

/**
 * Formats a count with its noun, plural where English needs one; `plural` for irregular nouns.
 *
 * @example formatCount(1412, 'mention') // '1,412 mentions'
 * @example formatCount(2, 'company', 'companies') // '2 companies'
 */
export function formatCount(count: number, noun: string, plural = `${noun}s`): string {
  const word = plurals.select(count) === 'one' ? noun : plural;
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

// Symbols readers know without doubt; every other currency is shown by its ISO code.
const symbolCurrencies: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP']);

/**
 * Names a metric kind for reading.
 *
 * @example formatMetricKind('price_target') // 'Price target'
 */
export function formatMetricKind(kind: MetricKind): string {
  return metricKindFacts[kind].label;
}

/**
 * Formats a metric's value with its unit: the one number formatter of the site, its exports and
 * its search results. Amounts of a million or more are compact ("$48.95bn"); changes carry their
 * sign; ratings are their label.
 *
 * @example formatMetricValue({ kind: 'price_target', value: 225, unit: 'USD' }) // '$225'
 * @example formatMetricValue({ kind: 'revenue', value: 48950000000, unit: 'CNY' }) // 'CNY 48.95bn'
 * @example formatMetricValue({ kind: 'net_income_change', value: -72, unit: '%' }) // '-72 %'
 */
export function formatMetricValue(metric: Pick<Metric, 'kind' | 'value' | 'unit'>): string {
  const { kind, value, unit } = metric;
  if (typeof value === 'string') return value;
  const large = Math.abs(value) >= 1_000_000;
  // Cents are shown in full ("$155.70"); percentages, multiples and counts only as far as given.
  const cents = unit !== null && unit.length === 3 && !large && !Number.isInteger(value);
  const base: Intl.NumberFormatOptions = {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
    notation: large ? 'compact' : 'standard',
    signDisplay: signedKinds.has(kind) ? 'exceptZero' : 'auto',
  };
  if (unit === '%') return `${toNumberFormat(base).format(value)}\u00a0%`;
  if (unit === 'x') return `${toNumberFormat(base).format(value)}x`;
  if (unit === null || unit === 'count') return toNumberFormat(base).format(value);
  const currencyDisplay = symbolCurrencies.has(unit) ? 'narrowSymbol' : 'code';
  return toNumberFormat({ ...base, style: 'currency', currency: unit, currencyDisplay }).format(value);
}

// Creating an `Intl.NumberFormat` costs far more than formatting with one, and a build formats
// figures hundreds of thousands of times with a few dozen distinct options: keep each one made.
const numberFormats = new Map<string, Intl.NumberFormat>();
function toNumberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
