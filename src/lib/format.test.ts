import { describe, expect, test } from 'vitest';
import { formatCount, formatDateSource, formatDay, formatDuration, formatLanguage, formatMetricKind, formatMetricValue, formatMonth, undatedLabel } from './format.ts';
import { dateSources } from './schema.ts';
import { metricKinds, type Metric } from './schema.ts';

describe('format', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./format.ts')).sort()).toEqual([
      'formatCount',
      'formatDateSource',
      'formatDay',
      'formatDuration',
      'formatLanguage',
      'formatMetricKind',
      'formatMetricValue',
      'formatMonth',
      'undatedLabel',
    ]);
  });

  test.each([
    ['2025-12-12', '12 December 2025'],
    ['2026-01-04', '4 January 2026'],
    // The first and last days of a year catch a time-zone shift.
    ['2025-01-01', '1 January 2025'],
    ['2025-12-31', '31 December 2025'],
  ])('formats the day %s as %s', (day, expected) => {
    expect(formatDay(day)).toBe(expected);
  });

  test.each([
    ['2025-12', 'long', 'December 2025'],
    ['2025-12-31', 'long', 'December 2025'],
    ['2026-01', 'short', 'Jan 2026'],
    ['2025-01-01', 'short', 'Jan 2025'],
  ] as const)('formats the month of %s (%s) as %s', (month, style, expected) => {
    expect(formatMonth(month, style)).toBe(expected);
  });

  test('says in distinct words how each date was found', () => {
    const words = dateSources.map((source) => formatDateSource(source));
    expect(new Set(words).size).toBe(dateSources.length);
    expect(formatDateSource('none')).toBe('the article does not say');
    expect(formatDateSource('dateline')).toContain('dateline');
  });

  test('says an unknown day is undated', () => {
    expect(formatDay(null)).toBe(undatedLabel);
  });

  test.each([
    ['en', 'English'],
    ['de', 'German'],
  ] as const)('names the language %s %s', (lang, expected) => {
    expect(formatLanguage(lang)).toBe(expected);
  });

  test.each([
    [0, '0 mentions'],
    [1, '1 mention'],
    [2, '2 mentions'],
    [1412, '1,412 mentions'],
  ])('counts %i as %s', (count, expected) => {
    expect(formatCount(count, 'mention')).toBe(expected);
  });

  test('takes an irregular plural', () => {
    expect(formatCount(2, 'company', 'companies')).toBe('2 companies');
    expect(formatCount(1, 'company', 'companies')).toBe('1 company');
  });

  test.each([
    [126.4, '126 ms'],
    [749, '749 ms'],
    [750, '0.8 s'],
    [61234, '61.2 s'],
  ])('formatDuration(%s) is %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  test.each<[Pick<Metric, 'kind' | 'value' | 'unit'>, string]>([
    [{ kind: 'price_target', value: 225, unit: 'USD' }, '$225'],
    [{ kind: 'share_price', value: 155.74, unit: 'USD' }, '$155.74'],
    [{ kind: 'share_price', value: 155.7, unit: 'EUR' }, '€155.70'],
    [{ kind: 'revenue', value: 48_950_000_000, unit: 'CNY' }, 'CNY\u00a048.95bn'],
    [{ kind: 'capex', value: 53_000_000_000, unit: 'EUR' }, '€53bn'],
    [{ kind: 'share_price_change', value: 6.39, unit: '%' }, '+6.39\u00a0%'],
    [{ kind: 'net_income_change', value: -72, unit: '%' }, '-72\u00a0%'],
    [{ kind: 'valuation_multiple', value: 25.3, unit: 'x' }, '25.3x'],
    [{ kind: 'share_price_change', value: -1.3, unit: '%' }, '-1.3\u00a0%'],
    [{ kind: 'user_metric', value: 2_280_000, unit: 'count' }, '2.28m'],
    [{ kind: 'analyst_rating', value: 'Moderate Buy', unit: null }, 'Moderate Buy'],
  ])('formats the metric %j as %s', (metric, expected) => {
    expect(formatMetricValue(metric)).toBe(expected);
  });

  test('names every metric kind, each differently', () => {
    const labels = metricKinds.map(formatMetricKind);
    expect(labels.every((label) => label.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(metricKinds.length);
    expect(formatMetricKind('price_target')).toBe('Price target');
  });
});
