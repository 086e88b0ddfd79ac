import { describe, expect, test } from 'vitest';
import { findMisses, recallAt10, reciprocalRank, scoreRelevance, type AnsweredQuery } from './score-relevance.ts';

const answer = (expected: string[], found: string[], lang: 'de' | 'en' = 'de'): AnsweredQuery => ({ query: expected.join(' '), lang, kind: 'word', expected, found });

describe('recallAt10', () => {
  test.each([
    [['a', 'b'], ['a', 'x'], 0.5],
    [['a'], [], 0],
    [['a', 'b'], ['b', 'a'], 1],
    // Only the first ten count.
    [['k'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'], 0],
  ])('expected %j, found %j: %d', (expected, found, recall) => {
    expect(recallAt10({ expected, found })).toBe(recall);
  });

  test('scores a query of more than ten articles against ten', () => {
    const expected = Array.from({ length: 12 }, (_, i) => `a${i}`);
    expect(recallAt10({ expected, found: expected.slice(0, 10) })).toBe(1);
  });
});

test('reciprocalRank is 1 / the rank of the first article of the query', () => {
  expect(reciprocalRank({ expected: ['b'], found: ['a', 'b'] })).toBe(0.5);
  expect(reciprocalRank({ expected: ['b'], found: ['a'] })).toBe(0);
  expect(reciprocalRank({ expected: ['a', 'b'], found: ['b'] })).toBe(1);
});

test('scoreRelevance averages per group', () => {
  const scores = scoreRelevance([answer(['a'], ['a']), answer(['b'], ['x', 'b']), answer(['c'], [], 'en')], (a) => a.lang);
  expect([...scores]).toEqual([
    ['de', { queries: 2, recallAt10: 1, mrr: 0.75 }],
    ['en', { queries: 1, recallAt10: 0, mrr: 0 }],
  ]);
});

test('findMisses lists the articles a query did not return in its first ten', () => {
  expect(findMisses([answer(['a', 'b'], ['a']), answer(['c'], ['c'])])).toEqual([{ query: 'a b', missed: ['b'] }]);
});
