import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';
import { extractRows } from '../../testing/test-sentence.ts';

const companies = [{ id: 'telekom', name: 'Deutsche Telekom' }, { id: 'rheinmetall', name: 'Rheinmetall' }, { id: 'omv', name: 'OMV' }];

function rows(text: string, lang: 'en' | 'de', primary: string) {
  return extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang, primary, companies }).metrics.map((metric) => [metric.kind, metric.value, ...(metric.firm ? [metric.firm] : [])]);
}

describe('figures blocked by the phrase they stand in', () => {
  test('a clause opened by "Beim <blocked noun>" speaks of it to its end; the next "beim" opens another', () => {
    expect(rows('Beim bereinigten operativen Ergebnis (Ebitda) peilt der Konzern für das Gesamtjahr nun rund 41,1 Milliarden Euro an, beim freien Cash-flow mehr als 16,1 Milliarden Euro.', 'de', 'telekom')).toEqual([['free_cash_flow', 16100000000]]);
    expect(rows('Beim operativen Ergebnis vor Zinsen, Steuern und Sondereinflüssen stand ein leichtes Minus von 1 Prozent auf 2,34 Milliarden Euro.', 'de', 'telekom')).toEqual([]);
  });

  test('an upside phrased as a rise is no move of the stock', () => {
    expect(rows('Mittelfristig trauen die Experten der Aktie also ein Plus von mehr als 50 Prozent zu.', 'de', 'telekom')).toEqual([]);
  });

  test('a highest target belongs to the firm the clause names; without one it is no figure', () => {
    expect(rows('Das derzeit höchste Kursziel hat Morningstar mit 2.220 Euro ausgegeben, dahinter folgen Morgan Stanley und MWB Research mit jeweils 2.000 Euro.', 'de', 'rheinmetall')).toEqual([
      ['price_target', 2220, 'Morningstar'],
      ['price_target', 2000, 'Morgan Stanley'],
      ['price_target', 2000, 'MWB Research'],
    ]);
    expect(extractRows('Highest target: $700.', 'en')).toEqual([]);
    expect(rows('Der Mittelwert der Kursziele liegt bei 40,41 Euro, das höchste Ziel von 46 Euro stammt von der Société Générale.', 'de', 'omv')).toEqual([
      ['consensus_price_target', 40.41],
      ['price_target', 46, 'Société Générale'],
    ]);
  });

  test('a lead over another figure and an amount per employee are no figures', () => {
    expect(rows('Die OMV liegt am Donnerstagvormittag um etwa 60 Millionen Euro vorne.', 'de', 'omv')).toEqual([]);
    expect(rows('Der freie Cash-flow soll 0,1 Milliarden Euro über der Planung liegen.', 'de', 'omv')).toEqual([]);
    expect(rows('Umsatz / Mitarbeiter: 241.582,49 EUR', 'de', 'omv')).toEqual([]);
    // "zurück" after a target is the verb of the cut, not a lead.
    expect(rows('Das Kursziel nehmen die Experten von 50,00 Euro auf 43,00 Euro zurück.', 'de', 'omv')).toEqual([['price_target', 43]]);
  });
});
