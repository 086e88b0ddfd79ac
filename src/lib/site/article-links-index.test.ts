import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article } from '../schema.ts';
import { indexArticleLinks } from './article-links-index.ts';
import { findNeighbours, findOtherLanguage, findRelated } from './article-links.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

// Few companies, days and figures, so that events, shared companies and ties are common.
const companyIds = ['alibaba', 'meta', 'sap', 'tencent'] as const;
const figures = [
  makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' }),
  makeMetric({ kind: 'capex', value: 53e9, unit: 'USD' }),
  makeMetric({ kind: 'revenue_growth', value: 34, unit: '%' }),
];
const articleShape = fc.record({
  primary: fc.constantFrom(...companyIds),
  others: fc.subarray([...companyIds]),
  date: fc.option(fc.constantFrom('2025-12-10', '2025-12-12', '2025-12-13', '2025-12-20', '2026-01-02'), { nil: null }),
  time: fc.option(fc.constantFrom('04:09', '18:00'), { nil: undefined }),
  lang: fc.constantFrom('en' as const, 'de' as const),
  metrics: fc.subarray(figures),
});
const articleSets = fc.array(articleShape, { minLength: 1, maxLength: 40 }).map((shapes) =>
  shapes.map(({ primary, others, date, time, lang, metrics }, index): Article => {
    const ids = [primary, ...others.filter((id) => id !== primary)];
    const article = makeArticle(`a${String(index).padStart(2, '0')}`, { primary, date, lang, metrics, companies: ids.map((id) => ({ id, name: id, mentions: 1 })) });
    return time === undefined ? article : { ...article, time };
  }),
);

// What the article page computed before the index: every finder over the whole list.
function scanLinks(article: Article, all: readonly Article[]) {
  const otherLanguage = findOtherLanguage(article, all);
  return { otherLanguage, related: findRelated(article, all, 5, otherLanguage ? [otherLanguage.slug] : []), ...findNeighbours(article, all) };
}

describe('indexArticleLinks', () => {
  test('gives every article exactly the links a scan of all articles gives', () => {
    fc.assert(
      fc.property(articleSets, (all) => {
        const linksOf = indexArticleLinks(all);
        for (const article of all) expect(linksOf(article)).toEqual(scanLinks(article, all));
      }),
      { numRuns: 300 },
    );
  });

  test('links the neighbours in the primary company timeline and related articles', () => {
    const alibaba = { id: 'alibaba', name: 'Alibaba', mentions: 1 };
    const meta = { id: 'meta', name: 'Meta', mentions: 1 };
    const early = makeArticle('early', { date: '2025-01-01' });
    const middle = makeArticle('middle', { date: '2025-06-01', companies: [alibaba, meta] });
    const late = makeArticle('late', { date: '2025-12-01' });
    const aboutMeta = makeArticle('about-meta', { primary: 'meta', companies: [meta] });
    const links = indexArticleLinks([late, aboutMeta, middle, early])(middle);
    expect(links.previous?.slug).toBe('early');
    expect(links.next?.slug).toBe('late');
    expect(links.related.map((article) => article.slug)).toEqual(['early', 'late', 'about-meta']);
  });
});
