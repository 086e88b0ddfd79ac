import { describe, expect, test } from 'vitest';
import { findMatches } from './find-matches.ts';

describe('findMatches', () => {
  test('finds every match once per sentence, behind the pattern’s gate', () => {
    const cache = new Map();
    const pattern = /(?<![\p{L}])(?:Umsatz\w*|\w+umsatz)(?![\p{L}])/gu;
    expect(findMatches(cache, pattern, 'Der Umsatz und der Konzernumsatz stiegen.')).toEqual([
      { start: 4, end: 10, text: 'Umsatz' },
      { start: 19, end: 32, text: 'Konzernumsatz' },
    ]);
    // The cache answers for the same sentence; a sentence without the gate's words finds nothing.
    expect(findMatches(cache, pattern, 'another text')).toHaveLength(2);
    expect(findMatches(new Map(), pattern, 'Der Gewinn stieg.')).toEqual([]);
  });
});
