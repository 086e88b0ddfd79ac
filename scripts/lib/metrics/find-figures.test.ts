import { describe, expect, test } from 'vitest';
import { findFigures } from './find-figures.ts';

const read = (text: string, lang: 'en' | 'de') =>
  findFigures(text, lang).map((figure) => [figure.value, figure.unit, figure.previous ?? null, figure.converted?.value ?? null]);

describe('findFigures', () => {
  test.each([
    ['Die Aktie verliert 1,3 bis 2,5 Prozent.', 'de', [[1.3, '%', null, null], [2.5, '%', null, null]]],
    ['shares lost 1.3 to 2.5%', 'en', [[1.3, '%', null, null], [2.5, '%', null, null]]],
    ['a range of $153–$155', 'en', [[153, 'USD', null, null], [155, 'USD', null, null]]],
    ['zwischen 154 und 157 US-Dollar', 'de', [[154, 'USD', null, null], [157, 'USD', null, null]]],
    ['1,3 bis 2,5 Milliarden Euro', 'de', [[1300000000, 'EUR', null, null], [2500000000, 'EUR', null, null]]],
    ['raised its target from $77 to $102', 'en', [[102, 'USD', 77, null]]],
    ['hob das Kursziel von 77 auf 102 Euro', 'de', [[102, 'EUR', 77, null]]],
    ['48.95 billion yuan ($6.72 billion)', 'en', [[48950000000, 'CNY', null, 6720000000]]],
    ['777,1 Milliarden Yuan (rund 102 Mrd. Euro)', 'de', [[777100000000, 'CNY', null, 102000000000]]],
    ['Umsatz: 9,08 Mrd. EUR (Vorjahr: 8,47 Mrd. EUR)', 'de', [[9080000000, 'EUR', 8470000000, null]]],
    ['2,9 Mrd. Euro (Q1 2023: 2,1 Mrd. Euro)', 'de', [[2900000000, 'EUR', 2100000000, null]]],
    ['$26.4 billion, or $1.08 per share, from $16.6 billion a year earlier', 'en', [[26400000000, 'USD', 16600000000, null], [1.08, 'USD', null, null]]],
    ['RMB3.74 billion and US$11.9 billion', 'en', [[3740000000, 'CNY', null, null], [11900000000, 'USD', null, null]]],
    ['HK$587.00 and 550 HK$', 'en', [[587, 'HKD', null, null], [550, 'HKD', null, null]]],
    ['trading at 13x earnings, KGV von 18,5', 'de', [[13, 'x', null, null], [18.5, 'x', null, null]]],
    ['roughly 180 times forward earnings', 'en', [[180, 'x', null, null]]],
    ['downloaded over 300 million times', 'en', [[300000000, 'count', null, null]]],
    ['mehr als fünf Billionen US-Dollar', 'de', [[5000000000000, 'USD', null, null]]],
    ['eleven percent', 'en', [[11, '%', null, null]]],
    ['minus 5 Prozent', 'de', [[-5, '%', null, null]]],
    ['the 235-billion-parameter Qwen3 model and 88VIP', 'en', [[235000000000, null, null, null], [88, null, null, null]]],
    ['im Jahr 2025', 'de', [[2025, null, null, null]]],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});
