/**
 * The only place that queries content collections; pages use these views.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexCompanies, type CompanySummary } from './lib/company-index.ts';
import type { CompanyMention } from './lib/schema.ts';

/** One generated article: front-matter in `data`, body rendered with `render()`. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Returns every article, newest first, undated ones last. */
export async function getArticles(): Promise<ArticleEntry[]> {
  return sortNewestFirst(await getCollection('articles'));
}

/** Returns every company named in an article, most covered first (see `indexCompanies`). */
export async function getCompanies(): Promise<CompanySummary[]> {
  return indexCompanies((await getArticles()).map((article) => article.data));
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
