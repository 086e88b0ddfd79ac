/**
 * What Pagefind learns about an article beyond its text: filter values, the date sort key, the
 * result metadata and the identifiers to index.
 *
 * Environment-neutral and pure; `src/components/ArticleSearchData.astro` renders the result as
 * `data-pagefind-*` attributes.
 *
 * @see https://pagefind.app/docs/filtering/
 * @see https://pagefind.app/docs/sorts/
 */
import type { CompanySummary } from './company-index.ts';
import { formatDay, formatLanguage, formatMetricKind, formatMetricValue, undatedLabel } from './format.ts';
import { metricKindFacts } from './metric-kinds.ts';
import { metricKinds, type Article, type Metric, type MetricKind } from './schema.ts';

/**
 * Filter names, as the search page shows them (`search.astro` capitalises the first letter). The values
 * are what readers pick from, so they are names and labels, never ids.
 */
export const searchFilters = {
  company: 'company',
  language: 'language',
  year: 'year',
  metric: 'metric',
  firm: 'analyst firm',
} as const;

/** Name of the metadata field that carries an article's tickers, ISINs and WKNs (searched, not shown). */
export const identifierMetaKey = 'identifiers';

/** Name of the sort key that orders results by publication day. */
export const dateSortKey = 'date';

/**
 * Sort key of an undated article. Pagefind drops a page without the key from sorted results, so
 * undated articles get one that sorts before every real day: last when the newest come first.
 */
export const undatedSortKey = '0000-00-00';

/** How many figures a result shows at most. */
export const keyFigureCount = 3;


/** Everything `ArticleSearchData.astro` renders for one article. */
export interface SearchData {
  /** `[filter name, value]` pairs, each once; values as printed (the search page shows them as text). */
  filters: Array<[name: string, value: string]>;
  /** Value of the `date` sort key: the day and, where printed, the time (`2025-12-12T04:09:05`), or `undatedSortKey`. */
  sortDate: string;
  /** `[name, value]` pairs shown under the result title (date, company, language, figures); no date when undated. */
  meta: Array<[name: string, value: string]>;
  /** Tickers, ISINs and WKNs, space-separated, so a search for `BABA` finds the article. */
  identifiers: string;
}

/**
 * Gathers the search data of one article. `companies` is the site's company index: it gives each
 * company one name on every page, and the identifiers of the article's main company, so an
 * article that prints no ticker is still found by its company's ticker.
 *
 * @example toSearchData(article, companies).filters // [['company', 'Alibaba Group'], ['language', 'German'], …]
 */
export function toSearchData(article: Article, companies: readonly CompanySummary[]): SearchData {
  const byId = indexById(companies);
  const nameOf = (id: string) => byId.get(id)?.name ?? article.companies.find((c) => c.id === id)?.name ?? id;

  const filters: Array<[string, string]> = [
    ...article.companies.map((company) => [searchFilters.company, nameOf(company.id)] as [string, string]),
    [searchFilters.language, formatLanguage(article.lang)],
    [searchFilters.year, article.date?.slice(0, 4) ?? undatedLabel],
    ...article.metrics.map((metric) => [searchFilters.metric, formatMetricKind(metric.kind)] as [string, string]),
    ...article.metrics.flatMap((metric) => (metric.firm === null ? [] : [[searchFilters.firm, metric.firm] as [string, string]])),
  ];

  const meta: Array<[string, string]> = [];
  if (article.date !== null) meta.push(['date', formatDay(article.date)]);
  meta.push(['company', nameOf(article.primary)]);
  meta.push(['language', formatLanguage(article.lang)]);
  const figures = pickKeyFigures(article.metrics, article.primary);
  if (figures.length > 0) meta.push(['figures', figures.map((m) => `${formatMetricKind(m.kind)} ${formatMetricValue(m)}`).join(' · ')]);

  const printed = [...article.identifiers, ...(byId.get(article.primary)?.identifiers ?? [])];
  return {
    filters: unique(filters),
    // A day without a time sorts after the timed articles of that day, as on the home page.
    sortDate: article.date === null ? undatedSortKey : article.time === undefined ? article.date : `${article.date}T${article.time}`,
    meta,
    identifiers: [...new Set(printed.map((identifier) => identifier.value))].join(' '),
  };
}

// Every article page passes the same company list: index it once, not once per article.
const indexes = new WeakMap<readonly CompanySummary[], Map<string, CompanySummary>>();
function indexById(companies: readonly CompanySummary[]): Map<string, CompanySummary> {
  let byId = indexes.get(companies);
  if (!byId) indexes.set(companies, (byId = new Map(companies.map((company) => [company.id, company]))));
  return byId;
}

/**
 * Picks up to `keyFigureCount` figures, one per kind, most telling kinds first; figures about the
 * article's main company win over figures about others.
 */
export function pickKeyFigures(metrics: readonly Metric[], primary: string): Metric[] {
  // Kinds without a key rank follow the ranked ones; ties keep the article's order.
  const rank = (kind: MetricKind) => metricKindFacts[kind].keyRank ?? metricKinds.length;
  const ordered = metrics
    .map((metric, index) => ({ metric, index }))
    .sort(
      (a, b) =>
        Number(b.metric.subject === primary) - Number(a.metric.subject === primary) ||
        rank(a.metric.kind) - rank(b.metric.kind) ||
        a.index - b.index,
    );
  const picked: Metric[] = [];
  for (const { metric } of ordered) {
    if (picked.length === keyFigureCount) break;
    if (!picked.some((known) => known.kind === metric.kind)) picked.push(metric);
  }
  return picked;
}

// First occurrence of each pair, order kept.
function unique(pairs: Array<[string, string]>): Array<[string, string]> {
  const seen = new Set<string>();
  return pairs.filter(([name, value]) => {
    const key = `${name}:${value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
