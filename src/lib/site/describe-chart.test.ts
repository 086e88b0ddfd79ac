import { describe, expect, test } from 'vitest';
import { toChartDescription, toChartTitle, toSeriesLabel } from './describe-chart.ts';
import { collectFigures } from './figures.ts';
import { toPriceCharts } from './price-series.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

describe('describe-chart', () => {
  test.each([
    [{ kind: 'share_price', firm: null }, 'Share price'],
    [{ kind: 'consensus_price_target', firm: null }, 'Consensus target'],
    [{ kind: 'price_target', firm: 'Citigroup' }, 'Citigroup target'],
    [{ kind: 'price_target', firm: null }, 'Target (firm not named)'],
  ] as const)('labels %o as %s', (series, expected) => {
    expect(toSeriesLabel(series)).toBe(expected);
  });

  test('titles and describes a chart with formatted values, ranges and the latest value', () => {
    const articles = [
      makeArticle('a', { date: '2025-12-12', metrics: [makeMetric({ kind: 'share_price', value: 154, unit: 'USD' }), makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' })] }),
      makeArticle('b', { date: '2026-01-04', metrics: [makeMetric({ kind: 'share_price', value: 155.74, unit: 'USD' })] }),
    ];
    const [chart] = toPriceCharts(collectFigures(articles, 'alibaba')).charts;
    if (!chart) throw new Error('expected a chart');
    expect(toChartTitle('Alibaba Group', chart)).toBe('Alibaba Group: share prices and price targets in USD');
    expect(toChartDescription(chart)).toBe(
      'Figures reported from 12 December 2025 to 4 January 2026. Share price: 2 values, $154 to $155.74, latest $155.74 on 4 January 2026. Citigroup target: $225.',
    );
  });
});
