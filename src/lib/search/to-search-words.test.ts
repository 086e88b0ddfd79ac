import { expect, test } from 'vitest';
import { toSearchWords } from './to-search-words.ts';

test.each([
  ['Umsätze, year-on-year', ['umsatze', 'yearonyear']],
  ['  Kursziel   Siemens ', ['kursziel', 'siemens']],
  ['"Gewinn" (2,25)', ['gewinn', '225']],
  ['$225 US0378331005', ['$225', 'us0378331005']],
])('toSearchWords(%j)', (text, words) => {
  expect(toSearchWords(text)).toEqual(words);
});
