/**
 * The only place that queries content collections; pages use these views.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexCompanies, type CompanySummary } from './lib/company-index.ts';
import type { CompanyMention } from './lib/schema.ts';
import { listFigures } from './lib/site/figures.ts';
import { pickSharePrices, toPriceCharts, type ChartPoint } from './lib/site/price-series.ts';

/** One generated article: front-matter in `data`, body rendered with `render()`. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Hand-written notes about one company (`content/companies/<id>.mdx`). */
export type CompanyNotesEntry = CollectionEntry<'companyNotes'>;

/** Returns every article, newest first, undated ones last. */
export async function getArticles(): Promise<ArticleEntry[]> {
  return sortNewestFirst(await getCollection('articles'));
}

/** Returns every company named in an article, most covered first (see `indexCompanies`). */
export async function getCompanies(): Promise<CompanySummary[]> {
  return indexCompanies((await getArticles()).map((article) => article.data));
}

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
    const day = compareDesc(a.data.date, b.data.date);
    if (day !== 0) return day;
    const time = compareDesc(a.data.time ?? null, b.data.time ?? null);
    if (time !== 0) return time;
    return a.data.slug < b.data.slug ? -1 : a.data.slug > b.data.slug ? 1 : 0;
  });
}

/** Returns the mention of the company an article is mainly about, if the article lists it. */
export function getPrimaryCompany(entry: ArticleEntry): CompanyMention | undefined {
  return entry.data.companies.find((company) => company.id === entry.data.primary);
}

// Later values first; a missing value sorts after every present one.
function compareDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/**
 * Returns each company's share prices in its most reported currency (for sparklines), by id;
 * companies without a dated share price are absent.
 */
export async function getSharePrices(): Promise<Map<string, { currency: string; points: ChartPoint[] }>> {
  const articles = (await getArticles()).map((article) => article.data);
  const figures = listFigures(articles);
  const bySubject = Map.groupBy(figures, (figure) => figure.metric.subject);
  const prices = new Map<string, { currency: string; points: ChartPoint[] }>();
  for (const [id, companyFigures] of bySubject) {
    const picked = pickSharePrices(toPriceCharts(companyFigures));
    if (picked) prices.set(id, picked);
  }
  return prices;
}
