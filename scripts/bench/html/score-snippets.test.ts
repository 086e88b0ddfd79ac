import { describe, expect, test } from 'vitest';
import { addCounts, countSnippets, toScores } from './score-snippets.ts';

describe('countSnippets', () => {
  const page = { with: ['first  part', 'second part'], without: ['Impressum', 'Menu'] };

  test('snippets are found across line breaks and runs of spaces', () => {
    expect(countSnippets(page, 'The first\npart and Impressum')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
  });

  test('a failed reader misses every wanted snippet and finds no unwanted one', () => {
    expect(countSnippets(page, null)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });
});

describe('toScores', () => {
  test('precision, recall and F1 over summed counts', () => {
    const sum = addCounts([{ tp: 3, fp: 1, fn: 0, tn: 1 }, { tp: 1, fp: 0, fn: 4, tn: 1 }]);
    expect(sum).toEqual({ tp: 4, fp: 1, fn: 4, tn: 2 });
    expect(toScores(sum)).toEqual({ precision: 0.8, recall: 0.5, f1: 8 / 13 });
  });

  test('empty counts score zero, not NaN', () => {
    expect(toScores({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
