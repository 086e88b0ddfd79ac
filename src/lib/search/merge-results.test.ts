import { describe, expect, test } from 'vitest';
import { mergeAnswers, toGlobalRanks } from './merge-results.ts';

const answer = (ids: [string, number][], filters = {}) => ({
  results: ids.map(([id, score]) => ({ id, score })),
  unfilteredResultCount: ids.length,
  filters,
  totalFilters: filters,
});

describe('mergeAnswers', () => {
  // The decision: Pagefind's scores from the two indexes are compared as they are.
  test('by best match, the higher Pagefind score wins whichever index it came from', () => {
    const german = answer([['de-a', 9.5], ['de-b', 2.0]]);
    const english = answer([['en-a', 4.1], ['en-b', 3.9]]);
    expect(mergeAnswers([german, english]).results.map((result) => result.id)).toEqual(['de-a', 'en-a', 'en-b', 'de-b']);
  });

  test('equal scores keep the order of the languages', () => {
    const merged = mergeAnswers([answer([['de-a', 1]]), answer([['en-a', 1]])]).results;
    expect(merged.map((result) => [result.id, result.language])).toEqual([['de-a', 0], ['en-a', 1]]);
  });

  test('by date, places in each language become places among all articles, newest first', () => {
    // Oldest first: de, en, en, de, en (bits 01101, base64 'aA=='). A date-sorted score is the place in its own language.
    const ranks = toGlobalRanks('aA==', 5, 2);
    expect(ranks).toEqual([[0, 3], [1, 2, 4]]);
    const german = answer([['de-newer', 1], ['de-older', 0]]);
    const english = answer([['en-newest', 2], ['en-old', 0]]);
    expect(mergeAnswers([german, english], ranks).results.map((result) => result.id)).toEqual(['en-newest', 'de-newer', 'en-old', 'de-older']);
  });

  test('adds up result counts and filter counts', () => {
    const merged = mergeAnswers([answer([['a', 1]], { language: { German: 1 }, year: { 2026: 1 } }), answer([['b', 1]], { language: { English: 1 }, year: { 2026: 1 } })]);
    expect(merged.unfilteredResultCount).toBe(2);
    expect(merged.filters).toEqual({ language: { German: 1, English: 1 }, year: { 2026: 2 } });
  });
});
