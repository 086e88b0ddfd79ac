import { describe, expect, test } from 'vitest';
import { readBylineDate } from './read-byline-date.ts';

describe('readBylineDate', () => {
  test.each([
    ['Von Petra Lange | 21. April 2020, 16:40 Uhr', '', { stamp: '2020-04-21T16:40:00', updated: false }],
    ['Von: Björn Jahner | 31.10.23', '', { stamp: '2023-10-31', updated: false }],
    ['28.09.19 12:44', '', { stamp: '2019-09-28T12:44:00', updated: false }],
    ['Updated Mar 12, 2020 @ 10:42 am', '', { stamp: '2020-03-12', updated: true }],
    ['Last updated 04 Jun 2020, originally created 17 Jun 2019', '', { stamp: '2019-06-17', updated: false }],
    ['Veröffentlicht am 12.01.2022, aktualisiert am 13.01.2022', '', { stamp: '2022-01-12', updated: false }],
    ['15.10.2021', 'Zuletzt geändert am:', { stamp: '2021-10-15', updated: true }],
    // A German "Stand" is the date news sites print for an article.
    ['Stand: 07.11.2023, 07:30 Uhr', '', { stamp: '2023-11-07T07:30:00', updated: false }],
  ])('%s (label %j)', (line, label, found) => {
    expect(readBylineDate(line, label)).toEqual(found);
  });

  test.each(['Version 4.47.4', 'iOS 13.1.1', 'Am 12. Mai', 'Seit 1985', 'Copyright 1980'])('%s prints no byline day', (line) => {
    expect(readBylineDate(line)).toBeNull();
  });
});
