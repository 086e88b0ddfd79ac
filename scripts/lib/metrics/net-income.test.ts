import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('net income family', () => {
  test.each([
    ['en', "Alibaba's net profit experienced a sharp 72% decline in its second fiscal quarter.", [['net_income_change', -72, '%']]],
    ['en', 'Alibaba posted net income of 48.95 billion yuan ($6.72 billion), surpassing analyst forecasts of 40.6 billion yuan.', [['net_income', 48950000000, 'CNY'], ['net_income', 40600000000, 'CNY']]],
    ['en', 'Net income rose 59% to $26.4 billion, or $1.08 per share, from $16.6 billion a year earlier.', [['net_income_change', 59, '%'], ['net_income', 26400000000, 'USD'], ['eps', 1.08, 'USD']]],
    ['en', 'The company swung to a net loss of $1.2 billion.', [['net_income', -1200000000, 'USD']]],
    ['en', 'Operating profit rose 18% to 69.2 billion yuan.', []],
    ['de', 'Das Konzernergebnis brach um 84 Prozent auf 476 Millionen Euro ein.', [['net_income_change', -84, '%'], ['net_income', 476000000, 'EUR']]],
    ['de', 'Der Nettogewinn stieg um 34 Prozent auf 40,3 Mrd. Yuan.', [['net_income_change', 34, '%'], ['net_income', 40300000000, 'CNY']]],
    ['de', 'Ergebnis je Aktie: 1,59 EUR', [['eps', 1.59, 'EUR']]],
    ['de', 'Das operative Ergebnis stieg um 9,6 Prozent auf 8,6 Milliarden Euro.', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
