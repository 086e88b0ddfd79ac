import { expect, test } from 'vitest';
import { toSearchTerm } from './to-search-term.ts';

test.each([
  ['Kursziele Siemens', 'de', 'kursziel siem'],
  ['Kurszielen', 'de', 'kursziel'],
  ['Umsätze', 'de', 'umsatz'],
  ['price targets', 'en', 'price target'],
  ['"price targets"', 'en', '"price target"'],
  ['year-on-year', 'en', 'yearonyear'],
  ['US0378331005', 'en', 'us0378331005'],
  ['Kursziel', 'fr', 'kursziel'],
])('toSearchTerm(%j, %s) is %j', (query, lang, term) => {
  expect(toSearchTerm(query, lang)).toBe(term);
});
