/**
 * The companies of the site, gathered from the articles that name them.
 *
 * Environment-neutral and pure: pages, feeds and exports all list companies through this one view.
 */
import type { CompanyEntry } from './companies.ts';
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
  /**
   * Identifiers printed in the articles mainly about it, each once, in order of first appearance,
   * then those its registry entry lists that no article printed.
   */
  identifiers: Identifier[];
  /** Earliest and latest publication day among its dated articles, or null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * Gathers every company named in `articles`; most-covered companies first, ties by name then id.
 * Identifiers are attributed only to an article's primary company: the contract does not say
 * which company a printed ticker belongs to otherwise. The `registry` (`content/companies.yaml`)
 * adds the tickers, ISINs and WKNs it lists for a company; it adds no company of its own.
 *
 * @example indexCompanies(articles, [{ id: 'sap', tickers: [{ exchange: 'XETRA', value: 'SAP' }], … }])
 */
export function indexCompanies(articles: readonly Article[], registry: readonly CompanyEntry[] = []): CompanySummary[] {
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
      for (const identifier of article.identifiers) addIdentifier(company.identifiers, identifier);
    }
  }
  for (const entry of registry) {
    const company = byId.get(entry.id);
    if (company) for (const identifier of toIdentifiers(entry)) addIdentifier(company.identifiers, identifier);
  }
  const companies = [...byId.values()].map(({ names, ...company }) => ({ ...company, name: mostUsed(names) }));
  return companies.sort(
    (a, b) => b.articleSlugs.length - a.articleSlugs.length || compareText(a.name, b.name) || compareText(a.id, b.id),
  );
}

function addIdentifier(known: Identifier[], identifier: Identifier): void {
  if (!known.some((other) => other.type === identifier.type && other.value === identifier.value)) known.push(identifier);
}

function toIdentifiers(entry: CompanyEntry): Identifier[] {
  return [
    ...entry.tickers.map(({ exchange, value }): Identifier => ({ type: 'ticker', value, exchange })),
    ...entry.isins.map((value): Identifier => ({ type: 'isin', value })),
    ...entry.wkns.map((value): Identifier => ({ type: 'wkn', value })),
  ];
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
