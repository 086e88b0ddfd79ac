/**
 * The ingest report: every file under `--sources` appears in exactly one of `articles`, `failed`,
 * `skipped` and `duplicates`. `warnings` are about the run rather than one source (an override
 * whose source is gone, a lock taken over); `reused` counts sources taken from the cache.
 *
 * The JSON is read by other tools: fields are only ever added, never renamed or removed. Added
 * after the first version: `duplicates`, `warnings`, `reused`; then each article's `title`,
 * `date`, `primary` and `metrics` (a count), the run's `counts` and its `checks` (see `find-checks.ts`).
 */
import type { Check } from './find-checks.ts';

/** One source that became an article. */
export type ReportArticle = {
  source: string;
  output: string;
  warnings: string[];
  /** The article's title, day (null when undated) and main company id, as written. */
  title?: string;
  date?: string | null;
  primary?: string;
  /** How many typed figures it has. */
  metrics?: number;
};

/** What one ingest run did, source by source. */
export type Report = {
  articles: ReportArticle[];
  failed: { source: string; reason: string }[];
  skipped: { source: string; reason: string }[];
  duplicates: { source: string; duplicateOf: string }[];
  warnings: string[];
  reused: number;
  /** Totals of the written site: articles, distinct companies named, typed figures. */
  counts: { articles: number; companies: number; metrics: number };
  /** What a person should look at before publishing, one entry per article or file. */
  checks: Check[];
};

/** Starts an empty report. */
export function createReport(): Report {
  return { articles: [], failed: [], skipped: [], duplicates: [], warnings: [], reused: 0, counts: { articles: 0, companies: 0, metrics: 0 }, checks: [] };
}

/** Serialises the report as the `--report` JSON contract (stable key order, sorted by source). */
export function toReportJson(report: Report): string {
  const bySource = <T extends { source: string }>(list: T[]) => [...list].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const { articles, failed, skipped, duplicates, warnings, reused, counts, checks } = report;
  const json = { articles: bySource(articles), failed: bySource(failed), skipped: bySource(skipped), duplicates: bySource(duplicates), warnings, reused, counts, checks };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Totals of the written articles: how many, how many distinct companies they name, how many
 * typed figures they hold.
 */
export function countArticles(articles: readonly { companies: readonly { id: string }[]; metrics: readonly unknown[] }[]): Report['counts'] {
  const companies = new Set(articles.flatMap((article) => article.companies.map(({ id }) => id)));
  return { articles: articles.length, companies: companies.size, metrics: articles.reduce((sum, article) => sum + article.metrics.length, 0) };
}

/** The exit code a run ends with: 0 when every source became an article, 1 when any failed. */
export function toExitCode(report: Report): 0 | 1 {
  return report.failed.length > 0 ? 1 : 0;
}

/** Lines that name each failed and skipped file with its reason, for the terminal. */
export function formatProblems(report: Report): string[] {
  return [
    ...report.failed.map((f) => `failed  ${f.source}: ${f.reason}`),
    ...report.skipped.map((s) => `skipped ${s.source}: ${s.reason}`),
    ...report.duplicates.map((d) => `duplicate ${d.source}: same bytes as ${d.duplicateOf}; only that one is an article`),
    ...report.warnings.map((warning) => `warning ${warning}`),
  ];
}
