/**
 * The metrics export: one row per typed figure of every article, as CSV.
 *
 * Environment-neutral and pure; `src/pages/data/metrics.csv.ts` and the per-company CSV endpoint
 * write the result.
 *
 * @see docs/data-exports.md
 */
import { stringify } from 'csv-stringify/sync';
import { toArticlePath } from './paths.ts';
import type { Article } from './schema.ts';

/** The export's columns, in order; names follow the front-matter contract where it has them. */
export const metricColumns = ['slug', 'url', 'date', 'company', 'kind', 'value', 'unit', 'firm', 'previous', 'segment', 'period', 'quote'] as const;

/** One row of the export: a metric, flattened with the article it comes from. */
export type MetricRow = Record<(typeof metricColumns)[number], string | number | null>;

/**
 * Flattens the metrics of `articles` into rows, in article order then metric order. `company` is
 * the metric's `subject` (a company id, as in `data/companies/<id>.csv`), `url` the article page
 * relative to the site root; with `subject` given, only that company's metrics are kept.
 *
 * @example toMetricRows([article])[0] // { slug: 'alibaba-q1', url: 'articles/alibaba-q1.html', company: 'alibaba', kind: 'revenue', value: 48950000000, … }
 */
export function toMetricRows(articles: readonly Article[], subject?: string): MetricRow[] {
  return articles.flatMap((article) =>
    article.metrics
      .filter((metric) => subject === undefined || metric.subject === subject)
      .map((metric) => ({
        slug: article.slug,
        url: toArticlePath(article.slug),
        date: article.date,
        company: metric.subject,
        kind: metric.kind,
        value: metric.value,
        unit: metric.unit,
        firm: metric.firm,
        previous: metric.previous,
        segment: metric.segment,
        period: metric.period,
        quote: metric.quote,
      })),
  );
}

/**
 * Writes rows as RFC 4180 CSV: a header line, CRLF line ends, fields with commas, quotes or any
 * CR or LF quoted; empty for null. Numbers are written raw (`48950000000`, `-72`).
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or carriage
 * return as a formula, and quotes come from article text. Such a text cell gets a leading `'`
 * (OWASP's advice; csv-stringify's `escape_formulas`), which spreadsheets show as plain text.
 * Number cells are never touched, so a negative change stays `-72`.
 *
 * @example toMetricsCsv([{ …, quote: '=HYPERLINK("x")' }]) // '…,"\'=HYPERLINK(""x"")"\r\n'
 */
export function toMetricsCsv(rows: readonly MetricRow[]): string {
  return stringify(rows as MetricRow[], {
    header: true,
    columns: [...metricColumns],
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF), not a bare CR or LF; a
    // spreadsheet ends the row at either, and the next line would start with an unguarded cell.
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
