import { describe, expect, test } from 'vitest';
import { parseDateLine } from './parse-date-line.ts';

describe('parseDateLine', () => {
  test.each([
    ['Freitag, 17. Oktober 2025', 'date', '2025-10-17'],
    ['Tipps der Analysten 03.08.2015 21:34:42', 'chrome', '2015-08-03'],
    ['16.10.24 17:47 Uhr', 'date', '2024-10-16'],
    ['03.10.24, 12:25', 'date', '2024-10-03'],
    ['November 21, 2024 23:17 ET', 'date', '2024-11-21'],
    ['06/06/2022 | 12:55am EDT', 'date', '2022-06-06'],
    ['Stand: 27.07.2022', 'cue', '2022-07-27'],
    ['Published 28 October 2021 | More on:', 'cue', '2021-10-28'],
    ['Veröffentlicht am 14.03.2025 um 08:12 Uhr', 'cue', '2025-03-14'],
    ['Posted on 2 May 2024 by TechInvestor', 'cue', '2024-05-02'],
    ['Posted by Staff Writer on Oct 6th, 2025', 'cue', '2025-10-06'],
    ['Business News | Tue Apr 11, 2017', 'chrome', '2017-04-11'],
    ['Daily Mail · 23 May 2018 · by Paul Thomas', 'chrome', '2018-05-23'],
    ['MarketBeat Instant Alerts | November 25, 2024', 'chrome', '2024-11-25'],
    ['Economy | Business | 2025.02.13', 'chrome', '2025-02-13'],
    ['Site | August 1, 2024', 'chrome', '2024-08-01'],
    ['AFA0045 2017-11-07/11:15', 'wire-code', '2017-11-07'],
    ['Neutraubling, 26. März 2024', 'place', '2024-03-26'],
    ['Hong Kong, 26 August 2024', 'place', '2024-08-26'],
    ['April 3, 2017 by Jon C. Ogg', 'cue', '2017-04-03'],
  ])('%s is a %s line of %s', (line, kind, day) => {
    const read = parseDateLine(line);
    expect(read?.kind).toBe(kind);
    const date = read!.date;
    expect(`${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`).toBe(day);
  });

  test.each([
    '17.08.2018 | Mainfirst hebt Henkel auf Outperform - Ziel 125 Euro',
    'Dividend date 3 | 04 Sept 2024 |',
    'Delayed Hong Kong Stock Exchange - 06/06/2022 01:31:35 am EDT',
    'Kurs vom 24.05.2024 19:30:57',
    '39.900EUR +0.50% 24.05.2024 19:30:57',
    'Die Dividende wird am 26. Mai 2024 gezahlt, teilte der Konzern mit.',
    'Neue Analyse vom 12. Dezember',
    'Quartalszahlen am 25.07.2023: Was Anleger erwarten',
    '11 October 2021:',
    'Umsatz plus 3 Prozent 03.08.2015 21:34:42',
  ])('%s is no date line', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});
