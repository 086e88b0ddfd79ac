import { describe, expect, test } from 'vitest';
import { formatCount, formatDay, formatDuration, formatLanguage, undatedLabel } from './format.ts';

describe('format', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./format.ts')).sort()).toEqual([
      'formatCount',
      'formatDay',
      'formatDuration',
      'formatLanguage',
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

  test.each([
    [126.4, '126 ms'],
    [749, '749 ms'],
    [750, '0.8 s'],
    [61234, '61.2 s'],
  ])('formatDuration(%s) is %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
