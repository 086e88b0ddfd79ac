import { describe, expect, test } from 'vitest';
import { findHeadline, isProse } from './find-headline.ts';

const lead = 'Sony Group Corp. on Thursday lifted its earnings forecasts for the fiscal year, thanks to a stronger gaming business.';

describe('findHeadline', () => {
  test.each([
    ['the first line', ['Sony Group Raises Forecasts to Record Highs', lead], 0],
    ['after a site name and a section/date line', ['News from Japan', 'Economy | Business | 2025.02.13', 'Sony Group Raises Forecasts to Record Highs', lead], 2],
    ['after a site and date line', ['Business News | Tue Apr 11, 2017', 'Sony Group raises forecasts to record highs', lead], 1],
    ['above its date line, after breadcrumbs', ['Log in', '1. Homepage', 'Aktien › Japan', 'Sony Group Raises Forecasts', '10.10.2023', lead], 3],
    ['ending in a legal form', ['Sony Group Corp. (NYSE:SONY) Shares Acquired by Citigroup Inc.', lead], 0],
    ['written with a lower-case brand', ['dpa-AFX-Überblick: Sony Group hebt Prognosen an', lead], 0],
    ['not a label or a section word', ['Publish date:', 'Author:', 'Technology', 'Sony Group Raises Forecasts to Record Highs', lead], 3],
    ['not a news-list row with its time', ['12:55a Sony Group Raises Forecasts to Record Highs', 'Sony Group Raises Forecasts to Record Highs', '06/06/2022 | 12:55am EDT', lead], 1],
    ['not an identifier row', ['Sony Group Corp. | ISIN: JP3435000009', 'Sony hebt Prognosen an', lead], 1],
    ['not a row of figures', ['Börse – Kennzahlen', 'Sony Group Corp. (SONY)', 'Umsatz: 11.238', 'Gewinn je Aktie (unverwässert): 7.21', 'Dividende: 3.30'], 1],
    ['the first line, over the entries a wire lead introduces', ['dpa-AFX-Überblick: Die wichtigsten Einstufungen vom Donnerstag', 'Donnerstag, 18.04.2024', 'FRANKFURT (dpa-AFX Analyser) - Die Analysten-Einstufungen im Überblick:', 'Barclays hebt Deutsche Bank auf Overweight - Ziel 18 Euro', 'JPMorgan senkt Ziel für BASF auf 48 Euro'], 0],
  ])('finds the headline %s', (_, lines, index) => {
    expect(findHeadline(lines).headline).toBe(index);
  });

  test('a page that opens with prose has no headline', () => {
    expect(findHeadline([lead, 'Sony Raises Forecasts']).headline).toBeNull();
  });

  test('a page of chrome words has none either', () => {
    expect(findHeadline(['Media', 'Log in', lead]).headline).toBeNull();
  });
});

describe('isProse', () => {
  test.each([
    [lead, true],
    ['Sony Group Raises Forecasts to Record Highs', false],
    ['Moderna, Inc. (NASDAQ:MRNA) Shares Acquired by Citigroup Inc.', false],
    ['BASF hebt Prognosen an: Das winkt 2022!', false],
  ])('%s → %s', (line, expected) => expect(isProse(line)).toBe(expected));
});

describe('findHeadline on quote pages', () => {
  test('the last step of a breadcrumb trail, ending in initials', () => {
    expect(findHeadline(['baha – Die Welt der Finanzen', 'Aktien › Deutschland › WashTec AG O.N.', 'WashTec AG O.N.', 'Übersicht | Chart | News', '24.05.2024 19:30:57 Diff. +0.200']).headline).toBe(2);
  });
});

describe('findHeadline never takes an ad line, a legend or a kicker', () => {
  const prose = 'Die Investmentbank hat das Kursziel für den Konzern nach Zahlen von 112 auf 110 Euro gesenkt und die Einstufung belassen.';
  test('an ad line before the header', () => {
    expect(findHeadline(['Anzeige: Wie Sie mit Dividendenaktien ein zweites Einkommen aufbauen. Jetzt lesen -w-', 'Updates zu Konzern, Bank und Versicherer', prose]).headline).toBe(1);
  });
  test('a table legend on a page of rows', () => {
    expect(findHeadline(['Beispiel AG: Fundamentaldaten', '| Umsatz | 1,70 Mrd. |', 'Angaben in EUR und ohne Gewähr, * = Erwartete, geschätzte Werte', prose]).headline).toBe(0);
  });
  test('a kicker that only names an exchange', () => {
    expect(findHeadline(['Wiener Börse', 'ATX schließt nach starkem Handelstag mit Gewinnen', prose]).headline).toBe(1);
  });
  test('a deck with a full date loses to the headline above it', () => {
    expect(findHeadline(['Updates zu Konzern, Bank und Versicherer', 'Ausgewählte Analysten-Einstufungen im Nachrichtendienst vom 03.08.2015', prose]).headline).toBe(0);
  });
});
