/**
 * Where each page lives in the built site, and how one page links to another.
 *
 * Environment-neutral. Every path here is relative to the site root with "/" separators and no
 * leading slash ("articles/x.html"), and every href is relative to the page that holds it, so one
 * `dist/` works at the web root, under any sub-path and from `file://`.
 */

/** Path of the home page. */
export const homePath = 'index.html';

/** Path of the search page. */
export const searchPath = 'search.html';

/** Path of the page served for missing URLs. */
export const notFoundPath = '404.html';

/** Path of the list of companies. */
export const companiesPath = 'companies/index.html';

/** Path of the timeline of all companies by month. */
export const timelinePath = 'timeline.html';

/** Path of the site-wide RSS feed. */
export const feedPath = 'rss.xml';

/** Path of the CSV export with one row per metric. */
export const metricsCsvPath = 'data/metrics.csv';

/** Path of the JSON export of every article's front-matter. */
export const articlesJsonPath = 'data/articles.json';

/** Folder that receives Pagefind's index and its `pagefind.js`. */
export const searchBundleFolder = 'pagefind';

/** Path of the search page's script, beside the bundle folder (built from `src/search-ui/`). */
export const searchScriptPath = 'search.js';

/**
 * Returns the path of an article's page.
 *
 * @example toArticlePath('alibaba-q1') // 'articles/alibaba-q1.html'
 */
export function toArticlePath(slug: string): string {
  return `articles/${slug}.html`;
}

/**
 * Returns the path of a company's page.
 *
 * @example toCompanyPath('alibaba') // 'companies/alibaba.html'
 */
export function toCompanyPath(id: string): string {
  return `companies/${id}.html`;
}

/**
 * Returns the path of a company's RSS feed.
 *
 * @example toCompanyFeedPath('alibaba') // 'companies/alibaba.xml'
 */
export function toCompanyFeedPath(id: string): string {
  return `companies/${id}.xml`;
}

/**
 * Returns the path of a company's data export.
 *
 * @example toCompanyDataPath('alibaba', 'csv') // 'data/companies/alibaba.csv'
 */
export function toCompanyDataPath(id: string, format: 'json' | 'csv'): string {
  return `data/companies/${id}.${format}`;
}

/**
 * Returns the path of a page of the list of all articles (50 a page, newest first).
 * Under `articles/page/` so no article slug (which never holds "/") can collide with it.
 *
 * @example toArticleListPath(2) // 'articles/page/2.html'
 */
export function toArticleListPath(page: number): string {
  return `articles/page/${page}.html`;
}

/**
 * Returns the path of a page of the list of companies; the first page is `companiesPath`.
 *
 * @example toCompanyListPath(2) // 'companies/page/2.html'
 */
export function toCompanyListPath(page: number): string {
  return page === 1 ? companiesPath : `companies/page/${page}.html`;
}

/**
 * Returns the path of a timeline month page (`YYYY-MM`, or null for the undated articles);
 * a month too long for one page continues on `-2`, `-3`….
 *
 * @example toTimelineMonthPath('2025-12') // 'timeline/2025-12.html'
 * @example toTimelineMonthPath(null, 2) // 'timeline/undated-2.html'
 */
export function toTimelineMonthPath(month: string | null, page = 1): string {
  return `timeline/${month ?? 'undated'}${page === 1 ? '' : `-${page}`}.html`;
}

/**
 * Returns the href that leads from the page at `from` to the file at `to`.
 *
 * @example toRelativeHref('articles/a.html', 'index.html') // '../index.html'
 * @example toRelativeHref('index.html', 'articles/a.html') // 'articles/a.html'
 * @example toRelativeHref('articles/a.html', 'articles/b.html') // 'b.html'
 */
export function toRelativeHref(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let shared = 0;
  // Only directories can be shared: the last part of `to` is always the file itself.
  while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared]) shared++;
  return '../'.repeat(fromDirs.length - shared) + toParts.slice(shared).join('/');
}
