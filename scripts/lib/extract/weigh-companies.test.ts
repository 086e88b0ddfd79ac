import { describe, expect, test } from 'vitest';
import { isCompany, type Evidence } from './weigh-companies.ts';

const evidence = (name: string, weight: number, mentions = 1, more: Partial<Evidence> = {}): Evidence => ({ name, weight, mentions, registered: false, aliases: [name], openerOnly: false, ...more });

describe('isCompany', () => {
  test('a listed non-company is none, unless registered', () => {
    expect(isCompany(evidence('Bloomberg', 3), 'Bloomberg reported.')).toBe(false);
    expect(isCompany(evidence('Bloomberg', 0, 1, { registered: true }), 'Bloomberg reported.')).toBe(true);
  });

  test('weak evidence needs repeating', () => {
    expect(isCompany(evidence('Hensoldt', 1), 'Hensoldt Aktien stiegen.')).toBe(false);
    expect(isCompany(evidence('Hensoldt', 1, 3), 'Hensoldt Aktien stiegen. Hensoldt wächst. Bei Hensoldt.')).toBe(true);
  });

  test('a word that only ever opens a sentence, from a slot any opener fills, is none', () => {
    expect(isCompany(evidence('Implied', 2, 1, { openerOnly: true }), 'Implied shares outstanding rose.')).toBe(false);
    expect(isCompany(evidence('Wedbush', 2), 'Wedbush reiterated its rating.')).toBe(true);
  });

  test('a capital word with a lower-case twin is a common word; a legal form outweighs that', () => {
    expect(isCompany(evidence('Next', 2), 'Next rose 6%. Data follow next week.')).toBe(false);
    expect(isCompany(evidence('Next', 3), 'Next plc rose 6%. Data follow next week.')).toBe(true);
  });

  test('a compound is as brand-shaped as its head: an acronym before a common noun is no brand', () => {
    expect(isCompany(evidence('KI-Sparte', 2, 1, { openerOnly: true }), 'KI-Sparte hat zugelegt.')).toBe(false);
    expect(isCompany(evidence('Mercedes-AMG', 2, 1, { openerOnly: true }), 'Mercedes-AMG hat zugelegt.')).toBe(true);
    expect(isCompany(evidence('Rolls-Royce', 2), 'Rolls-Royce rose 2%.')).toBe(true);
  });

  test('a site address is its publisher, unless a legal form vouches for it', () => {
    expect(isCompany(evidence('tratabu.de', 2, 2), 'Quelle: tratabu.de. Mehr auf tratabu.de')).toBe(false);
    expect(isCompany(evidence('Amazon.com', 3), 'Amazon.com Inc. rose 2%.')).toBe(true);
  });

  test('a word only ever named after an accounting preposition is a line item', () => {
    expect(isCompany(evidence('Steuern', 2, 2), 'Das Ergebnis vor Steuern stieg. Nach Steuern blieb mehr.')).toBe(false);
    expect(isCompany(evidence('Hensoldt', 2, 2), 'Hensoldt legte zu. Nach Hensoldt fragten viele.')).toBe(true);
  });
});
