/**
 * The links an article page offers onward: the same story in the other language, related
 * articles, and the previous and next article about its primary company.
 *
 * Environment-neutral and pure; every function takes the whole list of articles.
 */
import type { Article } from '../schema.ts';
import { compareText } from '../compare.ts';
import { toDayNumber } from './chart-geometry.ts';
import { countSharedFigures, defaultEventOptions, sharesEvent, type EventOptions } from './events.ts';

/**
 * Finds the article in another language about the same primary company that reports the same
 * event (see `sharesEvent`): the one sharing most figures, then the nearest in time; null if none.
 */
export function findOtherLanguage(article: Article, articles: readonly Article[], options: EventOptions = defaultEventOptions): Article | null {
  const candidates = articles.filter((other) => other.slug !== article.slug && other.primary === article.primary && sharesEvent(article, other, options));
  candidates.sort((a, b) => countSharedFigures(article, b) - countSharedFigures(article, a) || dayGap(article, a) - dayGap(article, b) || compareText(a.slug, b.slug));
  return candidates[0] ?? null;
}

/**
 * Lists up to `limit` related articles: same primary company first, then most companies in
 * common, then nearest in date (undated ones after dated ones). Articles in `exclude` (slugs) and
 * articles sharing no company are left out.
 */
export function findRelated(article: Article, articles: readonly Article[], limit = 5, exclude: readonly string[] = []): Article[] {
  const mine = new Set(article.companies.map((company) => company.id));
  const scored = articles
    .filter((other) => other.slug !== article.slug && !exclude.includes(other.slug))
    .map((other) => ({
      other,
      samePrimary: other.primary === article.primary ? 1 : 0,
      shared: other.companies.filter((company) => mine.has(company.id)).length,
      gap: dayGap(article, other),
    }))
    .filter((entry) => entry.samePrimary === 1 || entry.shared > 0);
  scored.sort((a, b) => b.samePrimary - a.samePrimary || b.shared - a.shared || a.gap - b.gap || compareText(a.other.slug, b.other.slug));
  return scored.slice(0, limit).map((entry) => entry.other);
}

/**
 * Finds the articles just before and after `article` in its primary company's timeline: oldest
 * first by day and time, undated ones at the end by slug.
 */
export function findNeighbours(article: Article, articles: readonly Article[]): { previous: Article | null; next: Article | null } {
  const timeline = articles.filter((other) => other.primary === article.primary).sort(compareOldestFirst);
  const index = timeline.findIndex((other) => other.slug === article.slug);
  return { previous: timeline[index - 1] ?? null, next: index === -1 ? null : (timeline[index + 1] ?? null) };
}

/** Orders articles oldest first by day and time, undated last, ties by slug. */
export function compareOldestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compareText(a.date, b.date);
  }
  return compareText(a.time ?? '', b.time ?? '') || compareText(a.slug, b.slug);
}

// Days between two articles; an undated one is farther than any dated one.
function dayGap(a: Article, b: Article): number {
  if (a.date === null || b.date === null) return Number.MAX_SAFE_INTEGER;
  return Math.abs(toDayNumber(a.date) - toDayNumber(b.date));
}
