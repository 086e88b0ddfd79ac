import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('valuation family', () => {
  test.each([
    ["en", "Alibaba's stock trades at 13x trailing 12-month non-GAAP earnings.", [['valuation_multiple', 13, 'x']]],
    ['en', 'Tesla trades at roughly 180 times forward earnings.', [['valuation_multiple', 180, 'x']]],
    ['en', "The company's market cap now tops $1.5 trillion.", [['market_cap', 1500000000000, 'USD']]],
    ['de', 'Damit ist Siemens an der Börse rund 187 Mrd. Euro wert.', [['market_cap', 187000000000, 'EUR', 'siemens']]],
    ['de', 'Marktkapitalisierung: 281,6 Mrd. EUR', [['market_cap', 281600000000, 'EUR']]],
    ['de', 'Das Kurs-Gewinn-Verhältnis für 2026 liegt bei rund 48.', [['valuation_multiple', 48, 'x']]],
    ['de', 'KGV 2025e: 38,4', [['valuation_multiple', 38.4, 'x']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
