import { describe, expect, test } from 'vitest';
import { parseDigits, parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  test.each([
    ['1,234.56', 'en', 1234.56],
    ['1.234,56', 'de', 1234.56],
    ['2,28 Millionen', 'de', 2280000],
    ['48.95 billion', 'en', 48950000000],
    ['53 Milliarden', 'de', 53000000000],
    ['3,5 Mrd.', 'de', 3500000000],
    ['12 Mio.', 'de', 12000000],
    ['40 Tsd.', 'de', 40000],
    ['1,2 Billionen', 'de', 1200000000000],
    ['1.2 trillion', 'en', 1200000000000],
    ['6.72bn', 'en', 6720000000],
    ['300M', 'en', 300000000],
    ['eleven', 'en', 11],
    ['elf', 'de', 11],
    ['drei Milliarden', 'de', 3000000000],
    ['-3.2', 'en', -3.2],
    ['minus', 'en', null],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(parseNumber(text, lang)).toBe(expected);
  });
});

describe('parseDigits', () => {
  test.each([
    ['1,234', 'en', 1234],
    ['1,234', 'de', 1.234],
    ['1.234', 'de', 1234],
    ['1.234', 'en', 1.234],
    ['161.60', 'de', 161.6],
    ['155,74', 'de', 155.74],
    ['1,5', 'en', 1.5],
    ['497,099', 'en', 497099],
    ['541.822', 'de', 541822],
    ['1.234.567,8', 'de', 1234567.8],
  ] as const)('%s (%s) → %s', (digits, lang, expected) => {
    expect(parseDigits(digits, lang)).toBe(expected);
  });
});
