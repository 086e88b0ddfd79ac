import { describe, expect, test } from 'vitest';
import { collectFigures } from './figures.ts';
import { isChartFigure, limitChartPoints, listChartRows, pickSharePrices, toPriceCharts } from './price-series.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

const en = makeArticle('en', {
  date: '2025-12-12',
  metrics: [
    makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' }),
    makeMetric({ kind: 'price_target', value: 190, unit: 'USD', firm: 'Sanford C. Bernstein' }),
    makeMetric({ kind: 'share_price', value: 155, unit: 'USD' }),
    makeMetric({ kind: 'share_price_change', value: 2, unit: '%' }),
  ],
});
const de = makeArticle('de', {
  lang: 'de',
  date: '2025-12-12',
  metrics: [
    makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' }),
    makeMetric({ kind: 'price_target', value: 190, unit: 'USD', firm: 'Sanford Bernstein' }),
    makeMetric({ kind: 'consensus_price_target', value: 194, unit: 'USD' }),
  ],
});
const later = makeArticle('later', {
  date: '2026-01-04',
  metrics: [makeMetric({ kind: 'share_price', value: 160, unit: 'USD' }), makeMetric({ kind: 'share_price', value: 1200, unit: 'HKD' })],
});
const undated = makeArticle('undated', { date: null, metrics: [makeMetric({ kind: 'price_target', value: 200, unit: 'USD', firm: 'Citigroup' })] });

describe('toPriceCharts', () => {
  const result = toPriceCharts(collectFigures([later, en, de, undated], 'alibaba'));

  test('gives each currency its own chart, the one with most figures first', () => {
    expect(result.charts.map((chart) => [chart.currency, chart.count])).toEqual([
      ['USD', 7],
      ['HKD', 1],
    ]);
    expect(result.charts[0]).toMatchObject({ firstDate: '2025-12-12', lastDate: '2026-01-04' });
  });

  test('orders series share price, consensus, then one per firm, with firm spellings merged', () => {
    const usd = result.charts[0];
    expect(usd?.series.map((series) => [series.kind, series.firm])).toEqual([
      ['share_price', null],
      ['consensus_price_target', null],
      ['price_target', 'Citigroup'],
      ['price_target', 'Sanford C. Bernstein'],
    ]);
    expect(usd?.series[0]?.points.map((point) => [point.date, point.value])).toEqual([
      ['2025-12-12', 155],
      ['2026-01-04', 160],
    ]);
  });

  test('makes one mark of the same value reported in two languages on a day, linking both', () => {
    const citi = result.charts[0]?.series.find((series) => series.firm === 'Citigroup');
    expect(citi?.points).toHaveLength(1);
    expect(citi?.points[0]?.figures.map((figure) => `${figure.article.slug}#${figure.id}`)).toEqual(['en#m1', 'de#m1']);
  });

  test('keeps undated figures apart, for the table, and leaves percentages out', () => {
    expect(result.undated.map((figure) => figure.article.slug)).toEqual(['undated']);
    const rows = listChartRows(result);
    expect(rows.at(-1)).toMatchObject({ date: null, kind: 'price_target', value: 200, currency: 'USD' });
    expect(rows.map((row) => row.date)).toEqual(['2026-01-04', '2026-01-04', '2025-12-12', '2025-12-12', '2025-12-12', '2025-12-12', null]);
    expect(rows.some((row) => row.currency === '%')).toBe(false);
  });

  test('gives a company with no prices no chart and no rows', () => {
    const noPrices = makeArticle('np', { metrics: [makeMetric({ kind: 'revenue', value: 1e9, unit: 'EUR' }), makeMetric({ kind: 'analyst_rating', value: 'Buy' })] });
    const empty = toPriceCharts(collectFigures([noPrices], 'alibaba'));
    expect(empty).toEqual({ charts: [], undated: [] });
    expect(listChartRows(empty)).toEqual([]);
  });

  test('picks the share prices of the currency with most of them, for the sparkline', () => {
    const hkd = makeArticle('hk', { date: '2026-01-05', metrics: [makeMetric({ kind: 'share_price', value: 1210, unit: 'HKD' }), makeMetric({ kind: 'share_price', value: 1190, unit: 'HKD' })] });
    const picked = pickSharePrices(toPriceCharts(collectFigures([later, en, hkd], 'alibaba')));
    expect(picked?.currency).toBe('HKD');
    expect(picked?.points.map((point) => point.value)).toEqual([1200, 1190, 1210]);
    expect(pickSharePrices(toPriceCharts(collectFigures([de], 'alibaba')))).toBeNull();
  });

  test.each([
    [makeMetric({ kind: 'share_price', value: 10, unit: 'EUR' }), true],
    [makeMetric({ kind: 'share_price_change', value: 10, unit: '%' }), false],
    [makeMetric({ kind: 'price_target', value: 10, unit: '%' }), false],
    [makeMetric({ kind: 'price_target', value: 'n/a', unit: 'USD' }), false],
    [makeMetric({ kind: 'revenue', value: 10, unit: 'USD' }), false],
  ])('isChartFigure(%o) is %s', (metric, expected) => {
    expect(isChartFigure({ article: en, metric, id: 'm1' })).toBe(expected);
  });
});

describe('limitChartPoints', () => {
  const days = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-03-01', '2025-04-01'];
  const chart = toPriceCharts(
    collectFigures(
      days.map((date, index) =>
        makeArticle(`a${index}`, {
          date,
          metrics: [makeMetric({ kind: index === 0 ? 'price_target' : 'share_price', value: 100 + index, unit: 'USD', firm: index === 0 ? 'Citigroup' : null })],
        }),
      ),
      'alibaba',
    ),
  ).charts[0]!;

  test('keeps the latest points, whole days, and drops series left empty', () => {
    const limited = limitChartPoints(chart, 2);
    expect(limited.series.map((line) => [line.key, line.points.map((point) => point.date)])).toEqual([['share_price', ['2025-03-01', '2025-03-01', '2025-04-01']]]);
    expect(limited).toMatchObject({ firstDate: '2025-03-01', lastDate: '2025-04-01', count: 3, currency: 'USD' });
  });

  test('returns a chart within the bound as it is', () => {
    expect(limitChartPoints(chart, 5)).toBe(chart);
    expect(chart.series.map((line) => line.key)).toEqual(['share_price', 'price_target:citigroup']);
  });
});
