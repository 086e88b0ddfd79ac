import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPagefindStems } from '../../testing/read-pagefind-stems.ts';
import { stemEnglish } from './stem-english.ts';
import { stemGerman } from './stem-german.ts';
import { toSearchWords } from './to-search-words.ts';

// Every word of the project's article fixtures, by language: thousands of real word forms.
const folders = ['scripts/fixtures/search/sources', 'scripts/fixtures/extra/sources', 'content/sources'];
function readWords(language: 'de' | 'en'): string[] {
  const words = new Set<string>();
  for (const folder of folders) {
    for (const file of readdirSync(folder)) {
      const text = readFileSync(join(folder, file), 'utf8');
      const german = /\b(der|die|das|und|nicht)\b/i.test(text);
      if (german !== (language === 'de')) continue;
      for (const word of toSearchWords(text)) if (/^\p{L}+$/u.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}

describe.each([
  ['de', stemGerman],
  ['en', stemEnglish],
] as const)('the %s stemmer', (language, stem) => {
  test('stems every word of the fixtures as Pagefind 1.6 indexes it', async () => {
    const words = readWords(language);
    expect(words.length).toBeGreaterThan(1000);
    const pagefind = await readPagefindStems(words, language);
    const differences = words.filter((word) => pagefind.get(word) !== stem(word)).map((word) => `${word}: Pagefind ${pagefind.get(word)}, ours ${stem(word)}`);
    expect(differences).toEqual([]);
  }, 120_000);
});

test.each([
  ['kurszielen', 'kursziel'],
  ['dividenden', 'divid'],
  ['umsatze', 'umsatz'],
  ['aktuellen', 'aktull'],
  ['erwartet', 'erwart'],
  ['handeln', 'handel'],
  ['große', 'gross'],
])('stemGerman(%s) is %s', (word, expected) => {
  expect(stemGerman(word)).toBe(expected);
});

test.each([
  ['targets', 'target'],
  ['raising', 'rais'],
  ['dying', 'die'],
  ['generally', 'general'],
  ['succeed', 'succeed'],
  ['skies', 'sky'],
])('stemEnglish(%s) is %s', (word, expected) => {
  expect(stemEnglish(word)).toBe(expected);
});
