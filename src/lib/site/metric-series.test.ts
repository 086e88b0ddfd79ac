import { describe, expect, test } from 'vitest';
import { collectFigures } from './figures.ts';
import { toMetricSeries } from './metric-series.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

describe('toMetricSeries', () => {
  const articles = [
    makeArticle('en-q1', { date: '2025-05-15', metrics: [makeMetric({ kind: 'revenue_growth', value: 18, unit: '%', segment: 'cloud', period: 'Q1 2025' }), makeMetric({ kind: 'share_price', value: 100, unit: 'USD' })] }),
    makeArticle('de-q2', {
      lang: 'de',
      date: '2025-12-12',
      metrics: [
        makeMetric({ kind: 'capex', value: 53e9, unit: 'USD' }),
        makeMetric({ kind: 'revenue_growth', value: 34.5, unit: '%', segment: 'Cloud-Sparte', period: 'Quartal' }),
        makeMetric({ kind: 'analyst_rating', value: 'Kaufen' }),
      ],
    }),
    makeArticle('undated', { date: null, metrics: [makeMetric({ kind: 'revenue_growth', value: 12, unit: '%' }), makeMetric({ kind: 'net_income', value: 1e9, unit: 'CNY', subject: 'tencent' })] }),
  ];
  const series = toMetricSeries(collectFigures(articles, 'alibaba'));

  test('groups figures by kind in the contract order, leaving prices and ratings to the chart and table', () => {
    expect(series.map((entry) => entry.kind)).toEqual(['revenue_growth', 'capex']);
  });

  test('lists a series across languages, newest first, undated last, with segment and period', () => {
    const growth = series[0];
    expect(growth?.figures.map((figure) => [figure.article.slug, figure.metric.segment, figure.metric.period])).toEqual([
      ['de-q2', 'Cloud-Sparte', 'Quartal'],
      ['en-q1', 'cloud', 'Q1 2025'],
      ['undated', null, null],
    ]);
    expect(growth?.languages).toBe(2);
  });

  test('is empty for a company with no figures', () => {
    expect(toMetricSeries(collectFigures(articles, 'nobody'))).toEqual([]);
  });
});
