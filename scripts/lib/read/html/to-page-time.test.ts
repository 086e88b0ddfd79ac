import { describe, expect, test } from 'vitest';
import { findTimeZone, toPageTime } from './to-page-time.ts';

describe('findTimeZone', () => {
  test.each([
    ['de', undefined, 'Europe/Berlin'],
    ['de-AT', undefined, 'Europe/Berlin'],
    ['en-GB', undefined, 'Europe/London'],
    ['en', 'https://www.example.co.uk/a', 'Europe/London'],
    ['en', 'https://www.example.com/a', null],
    [undefined, 'https://example.de/a', 'Europe/Berlin'],
  ])('lang %s, address %s → %s', (lang, url, zone) => {
    expect(findTimeZone(lang, url)).toBe(zone);
  });
});

describe('toPageTime', () => {
  test.each([
    // UTC late in the evening is the next day in Berlin, in winter and in summer time.
    ['2020-01-27T23:30:00Z', 'Europe/Berlin', '2020-01-28T00:30:00+01:00'],
    ['2020-07-27T22:30:00+00:00', 'Europe/Berlin', '2020-07-28T00:30:00+02:00'],
    ['2020-02-25T03:10:00Z', 'America/New_York', '2020-02-24T22:10:00-05:00'],
    // A local offset, a day, or no known zone: as given.
    ['2020-01-27T23:30:00+01:00', 'Europe/Berlin', '2020-01-27T23:30:00+01:00'],
    ['2020-01-27', 'Europe/Berlin', '2020-01-27'],
    ['2020-01-27T23:30:00Z', null, '2020-01-27T23:30:00Z'],
    // Midnight UTC to the second is a day written as a stamp: the day it names, anywhere.
    ['2020-01-10T00:00:00+00:00', 'America/New_York', '2020-01-10'],
  ])('%s in %s → %s', (stamp, zone, local) => {
    expect(toPageTime(stamp, zone)).toBe(local);
  });
});
