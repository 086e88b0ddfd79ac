import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNumber, roundScaled, type NumberLanguage } from './parse-number.ts';

// A non-negative number with up to three decimals, as its integer part and decimal digits.
const amount = fc.record({ whole: fc.integer({ min: 0, max: 999_999_999 }), decimals: fc.stringMatching(/^\d{0,3}$/) });

/** Writes a number the way an English or German article does, with or without thousands separators. */
function formatAmount({ whole, decimals }: { whole: number; decimals: string }, lang: NumberLanguage, grouped: boolean): string {
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const digits = grouped ? String(whole).replace(/\B(?=(\d{3})+$)/g, group) : String(whole);
  return decimals === '' ? digits : `${digits}${decimal}${decimals}`;
}

// Text made of the characters numbers are written with, so most runs reach the digit parser.
const numberish = fc.stringMatching(/^[\d.,\s+\-−a-zäöüßMBk]{0,30}$/);

describe('parseNumber (properties)', () => {
  test('a number written in English or German conventions parses back to itself', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(amount, fc.constantFrom<NumberLanguage>('en', 'de'), fc.boolean(), (value, lang, grouped) => {
        const text = formatAmount(value, lang, grouped);
        expect(parseNumber(text, lang)).toBe(Number(`${value.whole}.${value.decimals || '0'}`));
      }),
    );
  });

  test('a scale word multiplies at full scale; a sign is kept', { timeout: 30_000 }, () => {
    const scaled = fc.constantFrom(['en', 'billion', 1e9], ['en', 'bn', 1e9], ['en', 'million', 1e6], ['de', 'Milliarden', 1e9], ['de', 'Mio.', 1e6], ['de', 'Billionen', 1e12]);
    fc.assert(
      fc.property(amount, scaled, fc.boolean(), (value, [lang, word, factor], negative) => {
        const text = `${negative ? '-' : ''}${formatAmount(value, lang as NumberLanguage, true)} ${word}`;
        const expected = roundScaled(Number(`${value.whole}.${value.decimals || '0'}`) * (factor as number));
        expect(parseNumber(text, lang as NumberLanguage)).toBe(negative ? -expected : expected);
      }),
    );
  });

  test('never throws on arbitrary text; returns a finite number or null', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), numberish), fc.constantFrom<NumberLanguage>('en', 'de'), (text, lang) => {
        const value = parseNumber(text, lang);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
