import { describe, expect, test } from 'vitest';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  test.each([
    ['en', 'Another research firm, Sanford C. Bernstein, maintains its view. It cut the target.', 2],
    ['de', 'Der Umsatz lag bei ca. 3 Mrd. Euro. Der Gewinn sank.', 2],
    ['de', 'Neue Analyse vom 12. Dezember liefert die Antwort: Kaufen?', 1],
    ['en', 'Apple Inc. rose 4%. Microsoft fell.', 2],
    ['en', 'Shares rose in the U.S. market on Monday.', 1],
    ['en', 'Should investors sell? Or is it worth buying Alibaba?', 2],
    ['de', 'Die Aktie stieg um 6,39 Prozent. Sie schloss bei 155,74 US-Dollar.', 2],
    ['en', 'It said: "Revenue rose." Then shares fell.', 2],
  ] as const)('%s: %s → %i sentences', (lang, text, count) => {
    expect(splitSentences(text, lang)).toHaveLength(count);
  });

  test('offsets point into the text', () => {
    const text = 'Erster Satz. Zweiter Satz.';
    for (const sentence of splitSentences(text, 'de')) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
