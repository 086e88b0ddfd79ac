import { describe, expect, test } from 'vitest';
import { createLinearScale, layoutPriceChart, priceChartFrame, thinPoints, toDayNumber, toMonthTicks, toNiceTicks, toSparklinePath } from './chart-geometry.ts';
import { collectFigures } from './figures.ts';
import { toPriceCharts } from './price-series.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

describe('chart geometry', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2025-01-01', 20089],
  ])('day %s is day number %i', (day, number) => {
    expect(toDayNumber(day)).toBe(number);
  });

  test('maps linearly, rounds to one decimal, and centres an empty domain', () => {
    expect(createLinearScale([0, 3], [0, 10])(1)).toBe(3.3);
    expect(createLinearScale([0, 10], [100, 0])(2.5)).toBe(75);
    expect(createLinearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  test.each([
    [154, 225, 4, [140, 160, 180, 200, 220, 240]],
    [0.1, 0.3, 2, [0.1, 0.2, 0.3]],
    [1842, 2400, 5, [1800, 2000, 2200, 2400]],
    // One value: 10 % either side.
    [100, 100, 5, [90, 95, 100, 105, 110]],
    [0, 0, 5, [-1, -0.5, 0, 0.5, 1]],
  ])('nice ticks for %d…%d (about %i) are %j', (min, max, count, expected) => {
    expect(toNiceTicks(min, max, count)).toEqual(expected);
  });

  test.each([
    ['2025-11-20', '2026-01-04', 6, ['2025-12-01', '2026-01-01']],
    ['2025-01-15', '2025-12-20', 6, ['2025-03-01', '2025-05-01', '2025-07-01', '2025-09-01', '2025-11-01']],
    ['2020-02-01', '2025-06-30', 6, ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']],
    ['2025-12-02', '2025-12-20', 6, []],
  ])('month ticks from %s to %s (at most %i) are %j', (first, last, max, expected) => {
    expect(toMonthTicks(first, last, max)).toEqual(expected);
  });

  test('places marks inside the plot, later days to the right, higher values up', () => {
    const articles = [
      makeArticle('a', { date: '2025-12-12', metrics: [makeMetric({ kind: 'share_price', value: 154, unit: 'USD' }), makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citi' })] }),
      makeArticle('b', { date: '2026-01-04', metrics: [makeMetric({ kind: 'share_price', value: 155.74, unit: 'USD' })] }),
    ];
    const [chart] = toPriceCharts(collectFigures(articles, 'alibaba')).charts;
    if (!chart) throw new Error('expected a chart');
    const layout = layoutPriceChart(chart);
    const [prices, targets] = layout.series;
    const [first, second] = prices?.marks ?? [];
    expect(first && second && second.x > first.x).toBe(true);
    expect(targets?.marks[0]?.y).toBeLessThan(first?.y ?? 0);
    for (const mark of layout.series.flatMap((series) => series.marks)) {
      expect(mark.x).toBeGreaterThanOrEqual(priceChartFrame.left);
      expect(mark.x).toBeLessThanOrEqual(priceChartFrame.width - priceChartFrame.right);
      expect(mark.y).toBeGreaterThanOrEqual(priceChartFrame.top);
      expect(mark.y).toBeLessThanOrEqual(priceChartFrame.height - priceChartFrame.bottom);
    }
    expect(prices?.path).toBe(`M${first?.x} ${first?.y}L${second?.x} ${second?.y}`);
    expect(layout.xTicks.map((tick) => tick.day)).toEqual(['2026-01-01']);
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([140, 160, 180, 200, 220, 240]);
    // Deterministic: laying out again gives the same coordinates.
    expect(layoutPriceChart(chart)).toEqual(layout);
  });

  test('widens a single day to a month so its marks sit in the middle', () => {
    const [chart] = toPriceCharts(collectFigures([makeArticle('a', { metrics: [makeMetric({ kind: 'share_price', value: 10, unit: 'EUR' })] })], 'alibaba')).charts;
    if (!chart) throw new Error('expected a chart');
    const mark = layoutPriceChart(chart).series[0]?.marks[0];
    const middle = (priceChartFrame.left + priceChartFrame.width - priceChartFrame.right) / 2;
    expect(mark?.x).toBeCloseTo(middle, 0);
  });

  test('draws a sparkline across its box, and nothing for a single day', () => {
    expect(toSparklinePath([{ date: '2025-01-01', value: 1 }, { date: '2025-01-03', value: 3 }], 100, 20)).toBe('M1 19L99 1');
    expect(toSparklinePath([{ date: '2025-01-01', value: 1 }, { date: '2025-01-01', value: 3 }], 100, 20)).toBe('');
    expect(toSparklinePath([], 100, 20)).toBe('');
  });
});

describe('thinPoints', () => {
  test('keeps the first and the last, evenly spread, and leaves short lists alone', () => {
    expect(thinPoints([1, 2, 3, 4, 5], 3)).toEqual([1, 3, 5]);
    expect(thinPoints([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4)).toEqual([1, 4, 7, 10]);
    const short = [1, 2];
    expect(thinPoints(short, 3)).toBe(short);
  });

  test('bounds a sparkline to one point per 4 units of width', () => {
    const points = Array.from({ length: 500 }, (_, i) => ({ date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10), value: i % 7 }));
    expect(toSparklinePath(points, 96, 24).split('L').length).toBe(24);
  });
});
