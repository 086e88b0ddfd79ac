import { expect, test } from 'vitest';
import { isLooseMatch } from './is-loose-match.ts';

test('a fallback to a shorter word is loose', () => {
  expect(isLooseMatch('Umsatzwarnung', [{ lang: 'de', excerpt: 'Die <mark>Umsätze</mark> sinken' }])).toBe(true);
});

test.each([
  // Inflections, compounds (with their marks) and several words match exactly.
  ['Dividenden', 'de', 'Die <mark>Dividende</mark> steigt'],
  ['Ziel', 'de', 'Das <mark>Kurs|ziel</mark> steigt'],
  ['raised', 'en', 'Apple <mark>raises</mark> its dividend'],
  ['price target', 'en', 'a <mark>price</mark> <mark>target</mark> of $225'],
  // No mark at all: a metadata match (ticker, ISIN, key figure).
  ['NVDA', 'en', 'Nvidia reported sales'],
])('%s in %j matches exactly', (query, lang, excerpt) => {
  expect(isLooseMatch(query, [{ lang, excerpt }])).toBe(false);
});

test('one exact result is enough', () => {
  const shown = [
    { lang: 'en', excerpt: '<mark>analysts</mark> said' },
    { lang: 'de', excerpt: 'Die <mark>Analysten</mark> sagen' },
  ];
  expect(isLooseMatch('Analysten', shown)).toBe(false);
  expect(isLooseMatch('Analysten', shown.slice(0, 1))).toBe(true);
});
