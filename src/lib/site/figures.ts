/**
 * Typed figures with the article they come from: the unit every company view is built of.
 *
 * Environment-neutral and pure. A figure's page id is the one the article body gives it
 * (`toFigureId`, `src/lib/article-body.ts`), so `articles/<slug>.html#<id>` links to the
 * highlighted figure.
 */
import { toFigureId } from '../article-body.ts';
import { toArticlePath } from '../paths.ts';
import type { Article, Metric } from '../schema.ts';
import { compareDaysDesc, compareText } from '../compare.ts';

/** One metric of one article, with its place on the article page. */
export interface Figure {
  /** The article stating the figure. */
  article: Article;
  /** The figure itself. */
  metric: Metric;
  /** Its `m<n>` element id on the article page. */
  id: string;
}

/**
 * Returns the path (from the site root) of a figure highlighted in its article.
 *
 * @example toFigurePath({ article: { slug: 'a' }, id: 'm3' }) // 'articles/a.html#m3'
 */
export function toFigurePath(figure: { article: Pick<Article, 'slug'>; id: string }): string {
  return `${toArticlePath(figure.article.slug)}#${figure.id}`;
}

/** Returns every figure of every article, in article order then metric order. */
export function listFigures(articles: readonly Article[]): Figure[] {
  return articles.flatMap((article) => article.metrics.map((metric, index) => ({ article, metric, id: toFigureId(index) })));
}

/** Returns the figures about `companyId` (their `subject`), in article order then metric order. */
export function collectFigures(articles: readonly Article[], companyId: string): Figure[] {
  return listFigures(articles).filter((figure) => figure.metric.subject === companyId);
}

/**
 * A key that is equal for the same figure reported by two articles, whatever their language:
 * subject, kind, value and unit. Wording (`quote`, `period`, `segment`) is left out on purpose,
 * since it differs between languages.
 *
 * @example toFigureKey({ subject: 'alibaba', kind: 'price_target', value: 225, unit: 'USD' }) // 'alibaba|price_target|225|USD'
 */
export function toFigureKey(metric: Pick<Metric, 'subject' | 'kind' | 'value' | 'unit'>): string {
  const value = typeof metric.value === 'string' ? metric.value.toLowerCase() : String(metric.value);
  return `${metric.subject}|${metric.kind}|${value}|${metric.unit ?? ''}`;
}

/**
 * Orders figures newest article first; undated last; then by slug and metric order, so the
 * result never depends on input order.
 */
export function compareFiguresNewestFirst(a: Figure, b: Figure): number {
  return compareDaysDesc(a.article.date, b.article.date) || compareText(a.article.slug, b.article.slug) || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
