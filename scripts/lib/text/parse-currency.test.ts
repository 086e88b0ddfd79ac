import { describe, expect, test } from 'vitest';
import { parseCurrency } from './parse-currency.ts';

describe('parseCurrency', () => {
  test.each([
    ['$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['US-Dollar', 'USD'], ['Dollar', 'USD'],
    ['€', 'EUR'], ['EUR', 'EUR'], ['Euro', 'EUR'],
    ['HK$', 'HKD'], ['HKD', 'HKD'], ['Hongkong-Dollar', 'HKD'],
    ['yuan', 'CNY'], ['RMB', 'CNY'], ['Rmb', 'CNY'], ['CNY', 'CNY'],
    ['£', 'GBP'], ['¥', 'JPY'], ['Franken', 'CHF'],
    ['Prozent', null], ['Aktie', null],
  ])('%s → %s', (text, expected) => {
    expect(parseCurrency(text)).toBe(expected);
  });
});
