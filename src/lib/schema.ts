/**
 * The front-matter contract of generated articles, declared once.
 *
 * Environment-neutral: imported by `scripts/` (Node, validated before writing) and by
 * `src/content.config.ts` (Astro). No `node:*` or `astro:*` imports here.
 *
 * @see shared spec: front-matter contract (`schemaVersion` 1), summarised in docs/front-matter.md
 */
import { z } from 'astro/zod';
import { isCalendarDay, isoDay } from './iso-date.ts';

/** Version of this contract; bump it on any incompatible change. */
export const schemaVersion = 1;

/** Every kind of typed figure, in the order the contract lists them. */
export const metricKinds = [
  'share_price',
  'share_price_change',
  'price_target',
  'consensus_price_target',
  'analyst_rating',
  'revenue',
  'revenue_growth',
  'net_income',
  'net_income_change',
  'eps',
  'free_cash_flow',
  'capex',
  'buyback',
  'dividend',
  'market_cap',
  'valuation_multiple',
  'user_metric',
] as const;

/** How a title was obtained. */
export const titleSources = ['headline', 'derived', 'override'] as const;

/** Where the publication date came from. */
export const dateSources = ['dateline', 'byline', 'text', 'promo', 'footer', 'inferred', 'override', 'none'] as const;

/** Article languages Dossier reads (ISO 639-1). */
export const languages = ['en', 'de'] as const;

/** Kinds of security identifier. */
export const identifierTypes = ['isin', 'ticker', 'wkn'] as const;

/** A lower-case ASCII id: company ids and article slugs share this shape. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idSchema = z.string().regex(idPattern, 'expected lower-case ASCII words joined by "-"');

/**
 * A plain calendar day, kept as a string so YAML never turns it into a timestamp; `2025-02-30` has
 * the shape but is refused, since a page would show it as 2 March.
 */
export const daySchema = z
  .string()
  .regex(isoDay, 'expected YYYY-MM-DD')
  // Only a day of the right shape is tested, so a wrong shape gets one message.
  .refine((day) => !isoDay.test(day) || isCalendarDay(day), { error: (issue) => `"${String(issue.input)}" is not a day of the calendar; write a real day as YYYY-MM-DD, e.g. 2025-02-28` });

/** The units a figure can have besides a currency: percent, a multiple, a plain count. */
export const plainUnits = ['%', 'x', 'count'] as const;

// Every ISO 4217 code the runtime can format, so `formatMetricValue` never meets one it cannot.
const currencyCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * Whether `unit` is one the contract allows: an ISO 4217 currency code or one of `plainUnits`.
 *
 * @example isMetricUnit('EUR') // true
 * @example isMetricUnit('Euro') // false
 */
export function isMetricUnit(unit: string): boolean {
  return currencyCodes.has(unit) || (plainUnits as readonly string[]).includes(unit);
}

const unitSchema = z
  .string()
  .min(1)
  .refine((unit) => unit === '' || isMetricUnit(unit), { error: (issue) => `"${String(issue.input)}" is not a unit; write an ISO 4217 currency code (USD, EUR, CNY …), "%", "x" (a multiple) or "count"` });

/** One typed, normalised figure and the sentence it came from. */
export const metricSchema = z.object({
  /** One of `metricKinds`. */
  kind: z.enum(metricKinds),
  /** Company id the figure is about. */
  subject: idSchema,
  /** A plain number at full scale (48.95 billion is 48950000000); for `analyst_rating` the label. */
  value: z.union([z.number(), z.string().min(1)]),
  /** ISO 4217 currency, "%", "x" (multiples), "count", or null for ratings. */
  unit: unitSchema.nullable(),
  /** The analyst firm that issued the figure, where the article names one. */
  firm: z.string().min(1).nullable(),
  /** The earlier value the article compares with ("from $77 to $102" gives 77); for `analyst_rating` the old label ("to Buy from Hold" gives "Hold"). */
  previous: z.union([z.number(), z.string().min(1)]).nullable(),
  /** Business segment the figure is for, as worded in the article. */
  segment: z.string().min(1).nullable(),
  /** Period the figure is for, as worded ("Q1 2025", "FY2025 estimate"). */
  period: z.string().min(1).nullable(),
  /** The exact sentence or clause of the article that states the figure. */
  quote: z.string().min(1),
  /** A bracketed conversion of the same figure ("($6.72 billion)"). */
  converted: z.object({ value: z.number(), unit: unitSchema }).optional(),
  /** Counts of recommendations behind a rating ("17 Kaufempfehlungen, 2 Halten, 1 Verkaufen"). */
  counts: z
    .object({ buy: z.number().int().nonnegative(), hold: z.number().int().nonnegative(), sell: z.number().int().nonnegative() })
    .optional(),
});

/** A security identifier printed in the article. */
export const identifierSchema = z.object({
  /** `isin` (valid check digit only), `ticker` or `wkn`. */
  type: z.enum(identifierTypes),
  /** The identifier as traded ("BABA", "US01609W1027"). */
  value: z.string().min(1),
  /** Exchange of a ticker ("NYSE", "NASDAQ", "HKEX"), where printed. */
  exchange: z.string().min(1).optional(),
});

/** A company named as an actor in the article. */
export const companyMentionSchema = z.object({
  /** Stable company id: from `content/companies.yaml`, else derived from the name. */
  id: idSchema,
  /** Display name: the registry's name, else the name as printed. */
  name: z.string().min(1),
  /** How often the article names it (aliases included). */
  mentions: z.number().int().positive(),
});

/** Where the article came from. */
export const sourceSchema = z.object({
  /** Path of the source file relative to the sources folder, with "/" separators. */
  file: z.string().min(1),
  /** SHA-256 of the raw bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  /** The publishing site, where recognisable ("AInvest"). */
  publisher: z.string().min(1).nullable(),
  /**
   * The address the article was published at, where the source names one (a saved page's
   * canonical link or `og:url`, a Markdown file's `url`); absolute http(s) only. An extension of
   * contract version 1: absent when unknown, so older files stay valid.
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** Fields a person can correct in `content/overrides/`, in the order a page lists them. */
export const correctableFields = ['title', 'date', 'primary', 'metrics'] as const;

/**
 * Corrections made by hand (an extension of contract version 1: optional, absent when none).
 * `titleSource`/`dateSource` say `override` too; this also covers `primary` and `metrics`.
 */
export const correctionsSchema = z.object({
  /** The corrected fields, in the order of `correctableFields`. */
  fields: z.array(z.enum(correctableFields)).min(1),
  /** Why, in the corrector's words (the override's `note`). */
  note: z.string().min(1).optional(),
});

/** The whole front-matter of `content/articles/<slug>.mdx`. */
export const articleSchema = z.object({
  /** Version of the contract this file follows. */
  schemaVersion: z.literal(schemaVersion),
  /** The printed headline, or a title derived from the lead. */
  title: z.string().min(1),
  /** How the title was obtained. */
  titleSource: z.enum(titleSources),
  /** Unique, stable ASCII slug; also the file name and the page URL. */
  slug: idSchema,
  /** Publication day, or null where the article gives no way to tell. */
  date: daySchema.nullable(),
  /** Publication time ("04:09:05") where printed; absent otherwise. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}(?::\d{2})?$/, 'expected HH:MM or HH:MM:SS')
    .optional(),
  /** Where the date came from. */
  dateSource: z.enum(dateSources),
  /** Language of the article. */
  lang: z.enum(languages),
  /** Source file, hash and publisher. */
  source: sourceSchema,
  /** Id of the company the article is mainly about. */
  primary: idSchema,
  /** Every company named as an actor, most mentioned first. */
  companies: z.array(companyMentionSchema),
  /** ISINs, tickers and WKNs printed in the article. */
  identifiers: z.array(identifierSchema),
  /** First paragraph of the cleaned body, as plain text. */
  summary: z.string(),
  /** Number of words in the cleaned body. */
  wordCount: z.number().int().nonnegative(),
  /** Every typed figure the article states. */
  metrics: z.array(metricSchema),
  /** Fields corrected by hand in `content/overrides/`; absent when none were. */
  corrections: correctionsSchema.optional(),
});

/** Front-matter of one generated article. */
export type Article = z.output<typeof articleSchema>;
/** One typed figure. */
export type Metric = z.output<typeof metricSchema>;
/** One of `metricKinds`. */
export type MetricKind = (typeof metricKinds)[number];
/** One security identifier. */
export type Identifier = z.output<typeof identifierSchema>;
/** One company mention. */
export type CompanyMention = z.output<typeof companyMentionSchema>;
/** One of `dateSources`. */
export type DateSource = (typeof dateSources)[number];
/** Hand corrections of one article. */
export type Corrections = z.output<typeof correctionsSchema>;
/** One of `correctableFields`. */
export type CorrectableField = (typeof correctableFields)[number];
/** One of `languages`. */
export type Language = (typeof languages)[number];
