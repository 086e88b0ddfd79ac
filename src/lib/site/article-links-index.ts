/**
 * The onward links of every article page, from indexes built once per site instead of a scan of
 * every article per page: with 10,000 articles the scans were 10⁸ comparisons (issue #7).
 *
 * Environment-neutral and pure. The answers are exactly those of `findOtherLanguage`,
 * `findRelated` and `findNeighbours` over the whole list (a property test holds them equal): each
 * is asked only about the articles that can qualify, and each orders by a total order.
 */
import type { Article } from '../schema.ts';
import { compareOldestFirst, findOtherLanguage, findRelated } from './article-links.ts';

/** Where an article page links onward (see `ArticleLinks.astro`). */
export interface ArticleLinks {
  /** The report of the same event in the other language, if any. */
  otherLanguage: Article | null;
  /** Related articles, best first. */
  related: Article[];
  /** Neighbours in the primary company's timeline. */
  previous: Article | null;
  next: Article | null;
}

/**
 * Indexes `articles` by primary company and by company named, and returns the function that
 * gives one article's links; `relatedCount` bounds the related list.
 *
 * @example indexArticleLinks(articles)(articles[0]).related.length // ≤ 5
 */
export function indexArticleLinks(articles: readonly Article[], relatedCount = 5): (article: Article) => ArticleLinks {
  // Each primary company's articles, oldest first: the timeline `findNeighbours` walks.
  const byPrimary = Map.groupBy(articles, (article) => article.primary);
  for (const timeline of byPrimary.values()) timeline.sort(compareOldestFirst);
  const position = new Map<Article, number>();
  for (const timeline of byPrimary.values()) timeline.forEach((article, index) => position.set(article, index));
  const byCompany = new Map<string, Article[]>();
  for (const article of articles) {
    for (const id of new Set(article.companies.map((company) => company.id))) {
      const named = byCompany.get(id);
      if (named) named.push(article);
      else byCompany.set(id, [article]);
    }
  }

  return (article) => {
    const timeline = byPrimary.get(article.primary) ?? [];
    // Only articles about the same primary company can report the same event.
    const otherLanguage = findOtherLanguage(article, timeline);
    const exclude = otherLanguage ? [otherLanguage.slug] : [];
    // Same-primary articles rank first; when there are enough of them, nothing else can make the list.
    const samePrimary = timeline.filter((other) => other.slug !== article.slug && !exclude.includes(other.slug)).length;
    const candidates = samePrimary >= relatedCount ? timeline : [...new Set([...timeline, ...article.companies.flatMap((company) => byCompany.get(company.id) ?? [])])];
    const index = position.get(article);
    return {
      otherLanguage,
      related: findRelated(article, candidates, relatedCount, exclude),
      previous: index === undefined ? null : (timeline[index - 1] ?? null),
      next: index === undefined ? null : (timeline[index + 1] ?? null),
    };
  };
}
