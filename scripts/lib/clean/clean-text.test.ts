import { describe, expect, test } from 'vitest';
import { cleanText } from './clean-text.ts';

describe('cleanText', () => {
  test('splits a glued dateline into the header', () => {
    const cleaned = cleanText('Siemens Energy zieht an\n03.02.2026 - 17:45:10Siemens Energy DE000ENER6Y0\nDie Aktie stieg deutlich.');
    expect(cleaned.header).toEqual(['03.02.2026 - 17:45:10', 'Siemens Energy DE000ENER6Y0']);
    expect(cleaned.body).toEqual(['Siemens Energy zieht an', 'Die Aktie stieg deutlich.']);
  });

  test('drops promos but keeps their dates as evidence', () => {
    const cleaned = cleanText(
      'Nvidia rallies\nShares rose 4%.\nShould investors sell immediately? Or is it worth buying Nvidia?\nMore text here.\nAd\nNvidia Stock: Buy or Sell?! New Nvidia Analysis from March 3 delivers the answer:\nNvidia: Buy or sell? Read more here...',
    );
    expect(cleaned.body).toEqual(['Nvidia rallies', 'Shares rose 4%.', 'More text here.']);
    expect(cleaned.evidence.promoDates).toMatchObject([{ year: null, month: 3, day: 3 }]);
  });

  test('German promo lines and "Hier weiterlesen"', () => {
    const cleaned = cleanText('SAP im Fokus\nDie Aktie fiel.\nSAP-Aktie: Kaufen oder verkaufen?! Neue SAP-Analyse vom 7. Mai liefert die Antwort:\nSAP: Kaufen oder verkaufen? Hier weiterlesen...');
    expect(cleaned.body).toEqual(['SAP im Fokus', 'Die Aktie fiel.']);
    expect(cleaned.evidence.promoDates).toMatchObject([{ month: 5, day: 7 }]);
  });

  test('newsletter header names the publisher; repeated footer dates and comments are chrome', () => {
    const cleaned = cleanText(
      'MarketWire Newsletter\nDaily stocks & crypto headlines, free to your inbox\nTesla delivered more cars.\nDelivering real-time insights and analysis on markets.\nMay.2 2025\n\nMay.2 2025\nComments\nGreat article!',
    );
    expect(cleaned.body).toEqual(['Tesla delivered more cars.']);
    expect(cleaned.evidence.publisher).toBe('MarketWire');
    expect(cleaned.evidence.repeatedDates).toEqual(['May.2 2025']);
    expect(cleaned.evidence.footerDates).toEqual([]);
  });

  test('a single closing date line is the article footer date', () => {
    const cleaned = cleanText('Headline here\nThe body text of the article.\nMarch 4, 2025');
    expect(cleaned.body).toEqual(['Headline here', 'The body text of the article.']);
    expect(cleaned.evidence.footerDates).toMatchObject([{ year: 2025, month: 3, day: 4 }]);
  });

  test('repeated short lines are chrome, but repeated list items stay', () => {
    const cleaned = cleanText('Zitronenkuchen\nFür den Teig:\n- 100 g Zucker\n- 1 Prise Salz\nFür den Guss:\n- 100 g Zucker\n1. Teig rühren.\n2. Backen.\nTeilen\nTeilen');
    expect(cleaned.body).toEqual(['Zitronenkuchen', 'Für den Teig:', '- 100 g Zucker', '- 1 Prise Salz', 'Für den Guss:', '- 100 g Zucker', '1. Teig rühren.', '2. Backen.']);
  });

  test('a column header of periods printed over two tables stays', () => {
    const cleaned = cleanText('Brenntag: Schätzungen\n2024e 2025e 2026e\nUmsatz 16.512 16.975 17.688\n2024e 2025e 2026e\nKGV 13,6 12,4 11,3');
    expect(cleaned.body.filter((line) => line === '2024e 2025e 2026e')).toHaveLength(2);
  });
});

describe('cleanText footer dates', () => {
  test('a wire footer among the closing lines is the footer date; a date in the prose above is not', () => {
    const cleaned = cleanText('Headline here\nThe meeting on 12.11.2017 was the first of the year, the bank said in its statement.\n(Schluss) mik/dkm\nAFA0045 2017-11-07/11:15\nISIN: AT0000652011');
    expect(cleaned.evidence.footerDates).toMatchObject([{ year: 2017, month: 11, day: 7 }]);
    expect(cleaned.body).not.toContain('AFA0045 2017-11-07/11:15');
  });
});
