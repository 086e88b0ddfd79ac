import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('price target family', () => {
  test.each([
    ['en', 'In response, Citigroup has raised its price target for Alibaba to $225 per share.', [['price_target', 225, 'USD', 'Citigroup']]],
    ['en', 'Another research firm, Sanford C. Bernstein, adjusted its target down to $190.', [['price_target', 190, 'USD', 'Sanford C. Bernstein']]],
    ['en', 'Analysts at Wedbush Securities lifted their price target to $600 from $500.', [['price_target', 600, 'USD', 'Wedbush']]],
    ['en', 'The average price target of $629.41 implies 21.7% upside.', [['consensus_price_target', 629.41, 'USD']]],
    ['en', 'Highest target: $700.', []],
    ['de', 'Citigroup hat das Kursziel auf 225 US-Dollar angehoben, Sanford Bernstein dagegen auf 190 US-Dollar gesenkt.', [['price_target', 225, 'USD', 'Citigroup'], ['price_target', 190, 'USD', 'Sanford C. Bernstein']]],
    ['de', 'Der Konsens liegt bei etwa 194 US-Dollar – rund 25 Prozent über dem aktuellen Kurs.', [['consensus_price_target', 194, 'USD']]],
    ['de', 'Analysten rufen ein durchschnittliches Kursziel von rund 205 US-Dollar auf, was ein Aufwärtspotenzial von 30 bis 40 Prozent impliziert.', [['consensus_price_target', 205, 'USD']]],
    ['de', 'Die Analysten von Warburg Research hoben ihr Kursziel von 240 auf 265 Euro an.', [['price_target', 265, 'EUR', 'Warburg Research']]],
    ['de', 'DZ Bank sieht den fairen Wert bei 250 Euro.', [['price_target', 250, 'EUR', 'DZ Bank']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
