import { describe, expect, test } from 'vitest';
import { isSameDay, isSameTitle } from './judge-metadata.ts';

describe('isSameTitle', () => {
  test.each([
    ['Laufen im Winter: Von „bäh!“ zu „yeah!“', 'Laufen im Winter – von "bäh!" zu "yeah!"', true],
    ['Elektro-Zapfsäulen.', 'elektro zapfsäulen', true],
    ['Streaming-Modell', 'Streaming-Modell | FAZ', false],
    ['Kicker: Headline', 'Headline', false],
  ])('%s vs %s → %s', (gold, found, same) => {
    expect(isSameTitle(gold, found)).toBe(same);
  });

  test('no title found is never right', () => {
    expect(isSameTitle('Anything', null)).toBe(false);
  });
});

describe('isSameDay', () => {
  test.each([
    ['2020-01-28', '2020-01-28', true],
    ['2020-01-28', '2020-01-28T00:30:00+01:00', true],
    ['2020-01-28', '2020-01-27T23:30:00Z', false],
    ['2020-01-28', null, false],
  ])('%s vs %s → %s', (gold, found, same) => {
    expect(isSameDay(gold, found)).toBe(same);
  });
});
