import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { createNameScanner, type NameScannerOptions } from './scan-names.ts';

// Characters where case folding, code points and boundaries are tricky: long s, Kelvin sign,
// sharp s, final sigma, dotted I, the combining ypogegrammeni (a letter only under `i`), an
// emoji (a surrogate pair), a lone surrogate, apostrophes, digits and separators.
const alphabet = ['a', 'A', 'b', 's', 'S', 'ſ', 'k', 'K', '\u212A', 'ß', 'ẞ', 'σ', 'ς', 'Σ', 'İ', 'i', 'ı', '\u0345', 'ι', 'é', 'É', "'", '’', '-', ' ', '\n', '1', '😀', '\uD800', '.'];
const chars = fc.constantFrom(...alphabet);
const word = fc.array(chars, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const text = fc.array(fc.oneof(chars, word), { maxLength: 30 }).map((parts) => parts.join(''));

const configurations: Omit<NameScannerOptions, 'forms'>[] = [
  { suffixes: ['s', "'s", '’s', "'"], boundary: /^[\p{L}\p{N}]$/u, ignoreCase: false },
  { suffixes: ["'s", '’s', 's', "'", '’'], boundary: /^[\p{L}\d]$/iu, ignoreCase: true },
];

function viaRegExp(options: NameScannerOptions, value: string) {
  const inner = options.boundary.source.slice(1, -1);
  const flags = options.ignoreCase ? 'giu' : 'gu';
  const pattern = new RegExp(`(?<!${inner})(${options.forms.map(escapeRegExp).join('|')})(?:${options.suffixes.map(escapeRegExp).join('|')})?(?!${inner})`, flags);
  return [...value.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length, name: m[1]! }));
}

describe('createNameScanner', () => {
  test.each(configurations.map((options, index) => [index, options] as const))('finds what the regular expression finds (configuration %i)', (_, options) => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: word, weight: 20 }, { arbitrary: fc.constant(''), weight: 1 }), { minLength: 1, maxLength: 5 }), text, (forms, value) => {
        const scannerOptions = { ...options, forms };
        expect(createNameScanner(scannerOptions)(value)).toEqual(viaRegExp(scannerOptions, value));
      }),
      { numRuns: 1500 },
    );
  });

  test('matches names with endings, case-insensitively when asked, never inside a word', () => {
    const scan = createNameScanner({ forms: ['tesla motors', 'tesla'], ...configurations[1]! });
    expect(scan("Tesla Motors' plant; TESLA's cars; Teslas; Teslamania")).toEqual([
      { index: 0, end: 13, name: 'Tesla Motors' },
      { index: 21, end: 28, name: 'TESLA' },
      { index: 35, end: 41, name: 'Tesla' },
    ]);
    expect(createNameScanner({ forms: ['Tesla'], ...configurations[0]! })('tesla Tesla')).toEqual([{ index: 6, end: 11, name: 'Tesla' }]);
  });
});
