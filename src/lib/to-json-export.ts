/**
 * The JSON exports: every article's front-matter, and one file per company.
 *
 * Environment-neutral and pure; the endpoints under `src/pages/data/` write the result. Output is
 * indented, ends with a newline and carries no timestamp, so the same articles give the same bytes.
 *
 * @see docs/data-exports.md
 */
import type { CompanySummary } from './company-index.ts';
import { toArticlePath } from './paths.ts';
import type { Article } from './schema.ts';
import { toMetricRows } from './to-metrics-csv.ts';

/**
 * An article's front-matter with `path`, its page relative to the site root; `source.file` only
 * where the site shows source files (`showSourceFiles`).
 */
export type ArticleRecord = { path: string } & Omit<Article, 'source'> & { source: Omit<Article['source'], 'file'> & { file?: string } };

/** How a company file names an article: enough to find it in `articles.json` and on the site. */
export type ArticleReference = { path: string } & Pick<Article, 'slug' | 'title' | 'date' | 'lang' | 'primary'>;

/**
 * Lists every article as its front-matter plus `path`, in the order given (newest first on the
 * site). The source's local file name is left out unless `showSourceFiles` is on: on a public site
 * it would leak what the pages hide.
 *
 * @example toArticlesJson([article], { showSourceFiles: true }) // '[\n  {\n    "path": "articles/alibaba-q1.html",\n    "schemaVersion": 1, …'
 */
export function toArticlesJson(articles: readonly Article[], options: { showSourceFiles: boolean }): string {
  return toJson(articles.map((article) => toArticleRecord(article, options.showSourceFiles)));
}

/**
 * Describes one company: its name, identifiers and date range, the articles that name it (slug,
 * path, title, date, language, primary company: the full front-matter is in `articles.json`) and
 * its metrics (as rows of `metrics.csv`, only those whose subject it is). Repeating every
 * article's front-matter in the file of each company it names made the exports 8 times the size
 * of the pages at 2,000 articles.
 *
 * @example toCompanyJson(alibaba, articles) // '{\n  "id": "alibaba",\n  "name": "Alibaba Group", …'
 */
export function toCompanyJson(company: CompanySummary, articles: readonly Article[]): string {
  const slugs = new Set(company.articleSlugs);
  const named = articles.filter((article) => slugs.has(article.slug));
  return toJson({
    id: company.id,
    name: company.name,
    identifiers: company.identifiers,
    firstDate: company.firstDate,
    lastDate: company.lastDate,
    articles: named.map(toArticleReference),
    metrics: toMetricRows(named, company.id),
  });
}

function toArticleRecord(article: Article, showSourceFile: boolean): ArticleRecord {
  if (showSourceFile) return { path: toArticlePath(article.slug), ...article };
  const { file: _, ...source } = article.source;
  return { path: toArticlePath(article.slug), ...article, source };
}

function toArticleReference({ slug, title, date, lang, primary }: Article): ArticleReference {
  return { path: toArticlePath(slug), slug, title, date, lang, primary };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
