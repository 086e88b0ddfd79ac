import { describe, expect, test } from 'vitest';
import { applyFrame } from './apply-frame.ts';
import { findFigures } from './find-figures.ts';
import { readRecords } from './read-records.ts';

/** Each line's figures through its frame: [value, unit, previous, period]. */
function readLines(lines: string[], lang: 'en' | 'de' = 'en') {
  const frames = readRecords(lines);
  return lines.map((line, index) => {
    const figures = findFigures(line, lang);
    const frame = frames[index];
    return (frame ? applyFrame(figures, frame) : figures).map((figure) => [figure.value, figure.unit, figure.previous ?? null, figure.period ?? null]);
  });
}

describe('readRecords', () => {
  test('a screener row: values after the pipe, the header currency for bare amounts, "x" for multiples', () => {
    expect(readLines(['All numbers in USD unless otherwise noted.', 'Market cap (intra-day) | 27.06B |', '52-week high 3 | 150.68 |', 'PEG ratio (5-yr expected) | 3.26 |', 'Avg vol (3-month) 3 | 955.77k |'])).toEqual([
      [],
      [[27060000000, 'USD', null, '(intra-day)']],
      [[150.68, 'USD', null, null]],
      [[3.26, 'x', null, '(5-yr expected)']],
      [[955770, 'count', null, '(3-month)']],
    ]);
  });

  test('a current / last-year header makes the second column the previous; a label scale applies', () => {
    expect(readLines(['Q3 2022 Q3 2021', 'Revenue (in billions) $4.9 $4.7', 'Y/Y Growth CC(1) 5.6 % 11.0 %']).slice(1)).toEqual([
      [[4900000000, 'USD', 4700000000, null]],
      [[5.6, '%', 11, null]],
    ]);
    expect(readLines(['Aktuell Letztes GJ', 'KGV 12.5 14.1'], 'de')[1]).toEqual([[12.5, 'x', 14.1, null]]);
  });

  test('estimate columns give each value its period; a block header scale applies to amounts, not per-share rows', () => {
    expect(readLines(['2024e 2025e', 'KGV 13,4 11,9'], 'de')[1]).toEqual([[13.4, 'x', null, '2024e'], [11.9, 'x', null, '2025e']]);
    expect(readLines(['Absolut in Mio. EUR', 'Umsatz: 482,2', 'Ergebnis je Aktie: 2,32'], 'de').slice(1)).toEqual([[[482200000, 'EUR', null, null]], [[2.32, 'EUR', null, null]]]);
  });

  test('colon rows under a current / last-year header pair their columns, across a label line inside the table', () => {
    expect(readLines(['Aktuell Letztes GJ*', 'KGV: 17.24 23.71', 'Marktkapitalisierung', 'Marktkapitalisierung: 559.08 Mio. EUR 768.74 Mio. EUR'], 'de').slice(1)).toEqual([
      [[17.24, 'x', 23.71, null]],
      [],
      [[559080000, 'EUR', 768740000, null]],
    ]);
    // Prose ends the table: a colon row after it stands on its own.
    expect(readLines(['Aktuell Letztes GJ', 'Die Bewertung ist gestiegen, sagt der Analyst.', 'KGV: 17.24 23.71'], 'de')[2]).toEqual([[17.24, 'x', null, null], [23.71, 'x', null, null]]);
  });

  test('prose and dates are no records', () => {
    expect(readRecords(['Revenue rose 5% to $3 billion.', 'Dividend date 3 | 04 Sept 2024 |', 'Key figures: revenue climbed 8% in the quarter.'])).toEqual([null, null, null]);
  });
});
