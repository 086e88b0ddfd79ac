import { describe, expect, test } from 'vitest';
import { collectFigures, compareFiguresNewestFirst, listFigures, toFigureKey, toFigurePath } from './figures.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

describe('figures', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./figures.ts')).sort()).toEqual([
      'collectFigures', 'compareFiguresNewestFirst', 'listFigures', 'toFigureKey', 'toFigurePath',
    ]);
  });

  test('links a figure to its highlighted place in the article page', () => {
    expect(toFigurePath({ article: { slug: 'a-story' }, id: 'm3' })).toBe('articles/a-story.html#m3');
  });

  test('collects only the figures about a company, each with its own id', () => {
    const article = makeArticle('a', {
      metrics: [
        makeMetric({ kind: 'share_price', value: 10, unit: 'USD' }),
        makeMetric({ kind: 'share_price', value: 20, unit: 'USD', subject: 'meta' }),
        makeMetric({ kind: 'capex', value: 5, unit: 'USD' }),
      ],
    });
    expect(collectFigures([article], 'alibaba').map((figure) => figure.id)).toEqual(['m1', 'm3']);
    expect(collectFigures([article], 'meta').map((figure) => figure.id)).toEqual(['m2']);
    expect(listFigures([article])).toHaveLength(3);
  });

  test('keys the same figure alike in any language, and different values apart', () => {
    const en = makeMetric({ kind: 'analyst_rating', value: 'Buy', quote: 'rated Buy', period: 'Q1' });
    const de = makeMetric({ kind: 'analyst_rating', value: 'buy', quote: 'Kaufempfehlung', period: 'erstes Quartal' });
    expect(toFigureKey(en)).toBe(toFigureKey(de));
    expect(toFigureKey(makeMetric({ kind: 'price_target', value: 225, unit: 'USD' }))).not.toBe(toFigureKey(makeMetric({ kind: 'price_target', value: 225, unit: 'EUR' })));
  });

  test('orders figures newest first, undated last, whatever the input order', () => {
    const figures = listFigures([
      makeArticle('undated', { date: null, metrics: [makeMetric({ kind: 'capex', value: 1 })] }),
      makeArticle('old', { date: '2024-01-01', metrics: [makeMetric({ kind: 'capex', value: 1 })] }),
      makeArticle('new', { date: '2025-01-01', metrics: Array.from({ length: 10 }, () => makeMetric({ kind: 'capex', value: 1 })) }),
    ]);
    const sorted = [...figures].reverse().sort(compareFiguresNewestFirst).map((figure) => `${figure.article.slug}#${figure.id}`);
    expect(sorted.slice(0, 3)).toEqual(['new#m1', 'new#m2', 'new#m3']);
    expect(sorted.slice(-3)).toEqual(['new#m10', 'old#m1', 'undated#m1']);
  });
});
