/**
 * The only place that queries content collections; pages use these views.
 *
 * A build renders thousands of pages from one collection that does not change, so every
 * site-wide view is computed once per build (`memoise`) instead of once per page: with 10,000
 * articles, recomputing them per page was quadratic (issue #7). The dev server recomputes them on
 * every call, since its content changes. Views are shared: callers must not mutate them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexCompanies, type CompanySummary } from './lib/company-index.ts';
import { memoise } from './lib/memoise.ts';
import type { Article, CompanyMention } from './lib/schema.ts';
import { indexArticleLinks, type ArticleLinks } from './lib/site/article-links-index.ts';
import { listFigures } from './lib/site/figures.ts';
import { pickSharePrices, toPriceCharts, type ChartPoint } from './lib/site/price-series.ts';
import { compareDaysDesc } from './lib/compare.ts';
import type { SiteConfig } from './lib/site-config.ts';
import { readCompanyRegistry } from './node/read-company-registry.ts';
import { readSiteConfig } from './node/read-site-config.ts';

const inBuild = import.meta.env.PROD;

/** One generated article: front-matter in `data`, body rendered with `render()`. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Hand-written notes about one company (`content/companies/<id>.mdx`). */
export type CompanyNotesEntry = CollectionEntry<'companyNotes'>;

/** Returns every article, newest first, undated ones last. */
export const getArticles: () => Promise<ArticleEntry[]> = memoise(async () => sortNewestFirst(await getCollection('articles')), inBuild);

// The articles' front-matter, newest first.
const getArticleData = memoise(async () => (await getArticles()).map((article) => article.data), inBuild);

/** Returns the site's configuration: name, description, footer, interface language, source files shown (see `siteConfigSchema`). */
export const getSiteConfig: () => SiteConfig = memoise(() => readSiteConfig(process.env), inBuild);

/**
 * Returns every company named in an article, most covered first, with the tickers, ISINs and
 * WKNs `content/companies.yaml` lists for it (see `indexCompanies`).
 */
export const getCompanies: () => Promise<CompanySummary[]> = memoise(async () => indexCompanies(await getArticleData(), readCompanyRegistry()), inBuild);

/** Returns the articles naming a company, newest first (those whose `companies` list it). */
export async function getArticlesNaming(companyId: string): Promise<Article[]> {
  return (await getArticlesByCompany()).get(companyId) ?? [];
}

/** Returns the articles with a figure about a company (a metric whose `subject` it is), newest first. */
export async function getArticlesWithFiguresAbout(companyId: string): Promise<Article[]> {
  return (await getArticlesBySubject()).get(companyId) ?? [];
}

const getArticlesByCompany = memoise(async () => groupEach(await getArticleData(), (article) => article.companies.map((company) => company.id)), inBuild);

const getArticlesBySubject = memoise(async () => groupEach(await getArticleData(), (article) => article.metrics.map((metric) => metric.subject)), inBuild);

// Groups articles under each of their keys, each article once per key, keeping the order.
function groupEach(articles: readonly Article[], keysOf: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/** Returns the onward links of an article page (see `indexArticleLinks`). */
export async function getArticleLinks(article: Article): Promise<ArticleLinks> {
  return (await getLinkIndex())(article);
}

const getLinkIndex = memoise(async () => indexArticleLinks(await getArticleData()), inBuild);

/** Returns the hand-written notes of a company, or undefined when it has none. */
export async function getCompanyNotes(id: string): Promise<CompanyNotesEntry | undefined> {
  return (await getCollection('companyNotes')).find((entry) => entry.id === id);
}

/**
 * Sorts articles newest first by day and time; undated articles come last. Ties are broken by
 * slug so the order never depends on how the files were read.
 */
export function sortNewestFirst(entries: readonly ArticleEntry[]): ArticleEntry[] {
  return [...entries].sort((a, b) => {
    const day = compareDaysDesc(a.data.date, b.data.date);
    if (day !== 0) return day;
    const time = compareDaysDesc(a.data.time ?? null, b.data.time ?? null);
    if (time !== 0) return time;
    return a.data.slug < b.data.slug ? -1 : a.data.slug > b.data.slug ? 1 : 0;
  });
}

/** Returns the mention of the company an article is mainly about, if the article lists it. */
export function getPrimaryCompany(entry: ArticleEntry): CompanyMention | undefined {
  return entry.data.companies.find((company) => company.id === entry.data.primary);
}

/**
 * Returns each company's share prices in its most reported currency (for sparklines), by id;
 * companies without a dated share price are absent.
 */
export const getSharePrices: () => Promise<Map<string, { currency: string; points: ChartPoint[] }>> = memoise(async () => {
  const figures = listFigures(await getArticleData());
  const bySubject = Map.groupBy(figures, (figure) => figure.metric.subject);
  const prices = new Map<string, { currency: string; points: ChartPoint[] }>();
  for (const [id, companyFigures] of bySubject) {
    const picked = pickSharePrices(toPriceCharts(companyFigures));
    if (picked) prices.set(id, picked);
  }
  return prices;
}, inBuild);
