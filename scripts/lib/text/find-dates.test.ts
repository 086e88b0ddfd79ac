import { describe, expect, test } from 'vitest';
import { findDates, isDateOnly } from './find-dates.ts';
import { inferYear } from './infer-year.ts';

describe('findDates', () => {
  test.each([
    ['12.12.2025 - 04:09:05', { year: 2025, month: 12, day: 12, time: '04:09:05' }],
    ['December 12, 2025 4:09 PM ET', { year: 2025, month: 12, day: 12, time: '16:09' }],
    ['Dec.22 2025', { year: 2025, month: 12, day: 22 }],
    ['3. März 2024 um 16:30 Uhr', { year: 2024, month: 3, day: 3, time: '16:30' }],
    ['2025-06-30T08:00', { year: 2025, month: 6, day: 30, time: '08:00' }],
    ['Neue Analyse vom 12. Dezember', { year: null, month: 12, day: 12 }],
    ['New Analysis from January 4 delivers', { year: null, month: 1, day: 4 }],
    ['AFA0045 2017-11-07/11:15', { year: 2017, month: 11, day: 7, time: '11:15' }],
    ['Economy | Business | 2025.02.13', { year: 2025, month: 2, day: 13 }],
    ['16.10.24 17:47 Uhr', { year: 2024, month: 10, day: 16, time: '17:47', shortYear: true }],
    ['München (8.2.24) –', { year: 2024, month: 2, day: 8, shortYear: true }],
    ['06/06/2022 | 12:55am EDT', { year: 2022, month: 6, day: 6 }],
    ['11/28/2024 4:05 pm ET', { year: 2024, month: 11, day: 28, time: '16:05' }],
    ['28/11/2024', { year: 2024, month: 11, day: 28 }],
    ['05/07/2023 10:15 AM EDT', { year: 2023, month: 5, day: 7 }],
  ])('%s', (text, expected) => {
    expect(findDates(text)[0]).toMatchObject(expected);
  });

  test.each(['31.02.2025', 'Q1 2025', 'up 12% in 2025', '05/07/2023', 'Version 1.2.345', 'Kurs 1.700.000'])('%s is not a day', (text) => {
    expect(findDates(text).filter((d) => d.year !== null)).toEqual([]);
  });

  test.each([
    ['12.12.2025 - 04:09:05', true],
    ['Friday, May 2, 2025', true],
    ['Alibaba rose on May 2, 2025 after results', false],
  ])('isDateOnly(%s) is %s', (line, expected) => expect(isDateOnly(line)).toBe(expected));
});

describe('inferYear', () => {
  test.each([
    [12, 12, 'Meta setzt bei Avocado, das im Frühjahr 2026 starten soll, auf Qwen.', 2025],
    [1, 4, 'Das Papier war bereits im Jahr 2025 um über 70 Prozent gestiegen.', 2026],
    [5, 7, 'Sales in the first quarter of 2024 grew.', 2024],
    [2, 10, 'Revenue for fiscal 2025 rose 5%.', 2026],
    [6, 1, 'No year is named here.', null],
  ])('%i/%i with "%s" → %s', (month, day, text, expected) => {
    expect(inferYear(month, day, text)).toBe(expected);
  });
});
