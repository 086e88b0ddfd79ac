import { describe, expect, test } from 'vitest';
import { scanNumbers } from './scan-numbers.ts';

const read = (text: string, lang: 'en' | 'de', swiss = false) => scanNumbers(text, lang, swiss).map((figure) => [figure.value, figure.unit]);

describe('scanNumbers units', () => {
  test.each([
    ['Shares tumbled 13pc to 137.4p', 'en', false, [[13, '%'], [1.374, 'GBP']]],
    ['a final dividend of 7.5p', 'en', false, [[0.075, 'GBP']]],
    ['or 38 cents a share', 'en', false, [[0.38, 'USD']]],
    ['50 Cent je Aktie', 'de', false, [[0.5, 'EUR']]],
    ['$(100) million in net income and $(0.01) per share', 'en', false, [[-100000000, 'USD'], [-0.01, 'USD']]],
    ['Adjusted EPS decreased to RMB -0.20', 'en', false, [[-0.2, 'CNY']]],
    ["Der SMI steht bei 12'544,1 Punkten", 'de', false, [[12544.1, null]]],
    ['ein Plus von knapp einem Fünftel', 'de', false, [[20, '%']]],
    ['hat sich binnen fünf Jahren vervierfacht', 'de', false, [[300, '%']]],
    ['Bayer (+ 2,85 Prozent auf 28,13 EUR)', 'de', false, [[2.85, '%'], [28.13, 'EUR']]],
    ['net profit of 9.8 trillion won', 'en', false, [[9800000000000, 'KRW']]],
    ['250.400CHF +1.30%', 'de', true, [[250.4, 'CHF'], [1.3, '%']]],
    ['our three hyperscale customers', 'en', false, []],
  ] as const)('%s', (text, lang, swiss, expected) => {
    expect(read(text, lang, swiss)).toEqual(expected);
  });
});
