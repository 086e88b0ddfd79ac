/**
 * The part of Pagefind 1.6's browser API (`pagefind.js`, run as `pagefind/dossier-search.js`) the search page uses.
 *
 * Environment-neutral types only. Checked against Pagefind 1.6.0's `pagefind.js`.
 *
 * @see https://pagefind.app/docs/api/
 */

/** Filter values to narrow by, per filter name; a page must carry every listed value. */
export type Filters = Record<string, string[]>;

/** Result counts per value, per filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A sort as Pagefind takes it: a sort key and a direction; `{}` sorts by relevance. */
export type Sort = Record<string, 'asc' | 'desc'>;

/** A section of a result page (a heading with an id), with its own excerpt. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** What `result.data()` gives: the page's URL, metadata and an excerpt with `<mark>` tags. */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results: SubResult[];
}

/** One search result; its data is fetched (a fragment file) only when asked for. */
export interface SearchResult {
  id: string;
  /** Relevance (BM25), or the result's place in its index's order when sorted. */
  score: number;
  data: () => Promise<ResultData>;
}

/** A search's answer. `filters` counts what each value would leave, for the filters loaded so far. */
export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** Options set before Pagefind starts. */
export interface PagefindOptions {
  /** Prefix of every result URL (the site's path). */
  baseUrl: string;
  /** Search on the main thread: saves downloading `pagefind-worker.js`. */
  noWorker?: boolean;
  /** Added to the entry file's address instead of the time, so it can be cached. */
  metaCacheTag?: string;
  /** Ranking weights; `termSimilarity` favours words close in length to the query word. */
  ranking?: { termSimilarity?: number; metaWeights?: Record<string, number> };
}

/** The module's exports (served) or the offline bundle's object (`file://`): the same functions. */
export interface PagefindApi {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Filters; sort?: Sort }) => Promise<SearchResponse>;
  /** Resolves to null when a newer call replaced this one before it ran. */
  debouncedSearch: (term: string | null, options?: { filters?: Filters; sort?: Sort }, delayMs?: number) => Promise<SearchResponse | null>;
  preload: (term: string, options?: { filters?: Filters }) => Promise<void>;
}
