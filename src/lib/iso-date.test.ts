import { describe, expect, test } from 'vitest';
import { isCalendarDay } from './iso-date.ts';

describe('isCalendarDay', () => {
  test.each([
    ['2024-02-29', true],
    ['2025-12-31', true],
    ['0001-01-01', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['9999-99-99', false],
    ['2025-1-01', false],
    ['12.12.2025', false],
  ])('%s: %s', (day, expected) => {
    expect(isCalendarDay(day)).toBe(expected);
  });
});
