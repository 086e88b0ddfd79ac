import { describe, expect, test } from 'vitest';
import { extractFirms } from './extract-firms.ts';
import { findFirmAliases } from './find-firm-aliases.ts';
import { toHouseName } from './houses.ts';

describe('extractFirms', () => {
  test.each([
    ['Analysts at Wedbush Securities lifted the target.', ['Wedbush']],
    ['Citi analyst Jane Doe cut her target to $5.', ['Citigroup']],
    ['Jean Dupont of Exane BNP Paribas raised his target to 50 euros.', ['Exane BNP Paribas']],
    ['So hält Adrian Rott (Deutsche Bank) die Kursgewinne für gerechtfertigt, sein Kursziel liegt bei 200 Euro.', ['Deutsche Bank']],
    ['Das Investmenthaus Mainfirst hat Henkel von "Neutral" auf "Outperform" hochgestuft.', ['Mainfirst']],
    ['Finally, Zacks Investment Research upgraded the stock from "sell" to "hold".', ['Zacks Investment Research']],
    ['ValuEngine moved Toyota Motor up from "sell" to "hold" on Monday, July 13th.', ['ValuEngine']],
    ['Needham & Company LLC restated a "hold" rating on Moderna shares.', ['Needham']],
    ['Pivotal Research: Hold, target price $93.', ['Pivotal Research']],
    ['DA Davidson — Neutral — price target $550', ['DA Davidson']],
    ['Barclays hebt Deutsche Bank auf "Overweight" - Ziel 12 Euro', ['Barclays']],
    ['Die britische Barclays erhöht das Kursziel auf 90 von 86 Franken.', ['Barclays']],
    ['The Ministry of Industry and Information Technology (MIIT) convened a meeting.', []],
    ['Toyota Motor raised its full-year forecast.', []],
  ])('%s', (text, expected) => {
    expect(extractFirms(text).map((firm) => firm.name)).toEqual(expected);
  });

  test('an abbreviation the article defines names the firm', () => {
    const aliases = findFirmAliases('Die Analysten der Raiffeisen Centrobank (RCB) haben ihr Votum auf "Buy" angehoben.');
    expect([...aliases]).toEqual([['RCB', 'Raiffeisen Centrobank']]);
    expect(extractFirms('RCB-Analyst Stefan Maxian rät zum Kauf.', aliases).map((firm) => firm.name)).toEqual(['Raiffeisen Centrobank']);
  });
});

describe('toHouseName', () => {
  test.each([
    ['Citi', 'Citigroup'],
    ['BofA Securities', 'Bank of America'],
    ['Bernstein', 'Sanford C. Bernstein'],
    ['Hauck & Aufhäuser', 'Hauck Aufhäuser Lampe'],
    ['Deutsche Bank Aktiengesellschaft', 'Deutsche Bank'],
    ['Needham & Company LLC', 'Needham'],
    ['Some Boutique Research', 'Some Boutique Research'],
  ])('%s → %s', (printed, house) => {
    expect(toHouseName(printed)).toBe(house);
  });
});
