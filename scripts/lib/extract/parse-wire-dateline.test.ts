import { describe, expect, test } from 'vitest';
import { parseWireDateline } from './parse-wire-dateline.ts';

describe('parseWireDateline', () => {
  test.each([
    ['PARIS, April 11 (Reuters) - Shares in LVMH rose.', { year: null, month: 4, day: 11 }, 'Reuters'],
    ['Tokyo, Feb. 13 (Jiji Press)--Sony Group Corp. on Thursday lifted', { year: null, month: 2, day: 13 }, 'Jiji Press'],
    ['TEANECK, N.J., Nov. 2, 2022 /PRNewswire/ -- Cognizant reported', { year: 2022, month: 11, day: 2 }, 'PRNewswire'],
    ['Wuppertal, 26. Mai 2009 - Die GESCO AG hat', { year: 2009, month: 5, day: 26 }, null],
    ['München (8.2.24) – Die Aktie stieg.', { year: 2024, month: 2, day: 8 }, null],
    ['SEOUL, July 31, 2024 (Reuters) -', { year: 2024, month: 7, day: 31 }, 'Reuters'],
  ])('%s', (paragraph, date, agency) => {
    const read = parseWireDateline(paragraph);
    expect(read?.date).toMatchObject(date);
    expect(read?.agency).toBe(agency);
  });

  test.each([
    'FRANKFURT (dpa-AFX Broker) - Positive Analystenstimmen',
    'Am 12. Mai 2024 - so der Konzern - stieg der Umsatz.',
    'Shares rose 5% on April 11 - the best day in a year.',
  ])('%s has no dated dateline', (paragraph) => {
    expect(parseWireDateline(paragraph)).toBeNull();
  });
});
