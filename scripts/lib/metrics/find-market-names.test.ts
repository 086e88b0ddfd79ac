import { describe, expect, test } from 'vitest';
import { findMarketNames } from './find-market-names.ts';

describe('findMarketNames', () => {
  test.each([
    ["Der SMI sinkt um 1,24 Prozent auf 12'544,1 Punkte.", ['SMI']],
    ['The blue-chip FTSE 100 climbed 0.9pc, while the Nasdaq is up 34%.', ['FTSE 100', 'Nasdaq']],
    ['Der Euro kostete am Abend 1,0925 US-Dollar, Brent verteuerte sich.', ['Der Euro', 'Brent']],
    ['Microsoft Corp. (NASDAQ: MSFT) shares rose; the Nasdaq-listed chipmaker', []],
    ['Die Erlöse der Franken legten zu.', []],
  ])('%s', (text, expected) => {
    expect(findMarketNames(text).map((name) => name.name)).toEqual(expected);
  });
});
