/**
 * The companies of the site, gathered from the articles that name them.
 *
 * Environment-neutral and pure: pages, feeds and exports all list companies through this one view.
 */
import { compareText } from './compare.ts';
import type { Article, Identifier } from './schema.ts';

/** One company and the articles that name it as an actor. */
export interface CompanySummary {
  /** Company id, as in the articles' `companies` lists. */
  id: string;
  /** The name most articles print for it (the registry's name where there is one). */
  name: string;
  /** Slugs of the articles naming it, in the order the articles were given (newest first). */
  articleSlugs: string[];
  /** How many of those articles are mainly about it. */
  primaryCount: number;
  /** Identifiers printed in the articles mainly about it, each once, in order of first appearance. */
  identifiers: Identifier[];
  /** Earliest and latest publication day among its dated articles, or null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * Gathers every company named in `articles`; most-covered companies first, ties by name then id.
 * Identifiers are attributed only to an article's primary company: the contract does not say
 * which company a printed ticker belongs to otherwise.
 */
export function indexCompanies(articles: readonly Article[]): CompanySummary[] {
  const byId = new Map<string, CompanySummary & { names: Map<string, number> }>();
  for (const article of articles) {
    for (const mention of article.companies) {
      let company = byId.get(mention.id);
      if (!company) {
        company = { id: mention.id, name: mention.name, names: new Map(), articleSlugs: [], primaryCount: 0, identifiers: [], firstDate: null, lastDate: null };
        byId.set(mention.id, company);
      }
      company.names.set(mention.name, (company.names.get(mention.name) ?? 0) + 1);
      company.articleSlugs.push(article.slug);
      if (article.date !== null) {
        if (company.firstDate === null || article.date < company.firstDate) company.firstDate = article.date;
        if (company.lastDate === null || article.date > company.lastDate) company.lastDate = article.date;
      }
      if (mention.id !== article.primary) continue;
      company.primaryCount++;
      for (const identifier of article.identifiers) {
        if (!company.identifiers.some((known) => known.type === identifier.type && known.value === identifier.value)) {
          company.identifiers.push(identifier);
        }
      }
    }
  }
  const companies = [...byId.values()].map(({ names, ...company }) => ({ ...company, name: mostUsed(names) }));
  return companies.sort(
    (a, b) => b.articleSlugs.length - a.articleSlugs.length || compareText(a.name, b.name) || compareText(a.id, b.id),
  );
}

// The name printed most often; on a tie, the one seen first.
function mostUsed(names: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of names) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}
