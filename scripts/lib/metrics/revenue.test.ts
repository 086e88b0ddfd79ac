import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('revenue family', () => {
  test.each([
    ['en', 'Revenue climbed 8% year-over-year to 280.15 billion yuan ($38.6 billion).', [['revenue_growth', 8, '%'], ['revenue', 280150000000, 'CNY']]],
    ['en', "Alibaba's Cloud Intelligence Group reported a 34.5% revenue increase in the most recent quarter.", [['revenue_growth', 34.5, '%']]],
    ['en', 'Meanwhile, the Local Services Group grew 10% by integrating AI.', [['revenue_growth', 10, '%']]],
    ['en', 'Total net sales decreased 3% to $180.2 billion.', [['revenue_growth', -3, '%'], ['revenue', 180200000000, 'USD']]],
    ['en', "Tencent's revenue rose 15% to 184.5 billion yuan.", [['revenue_growth', 15, '%', 'tencent'], ['revenue', 184500000000, 'CNY', 'tencent']]],
    ['en', 'Cloud revenue could hit 20%+ growth annually.', []],
    ['de', 'Die Cloud-Sparte wächst zwar mit 34,5 Prozent im Jahresvergleich.', [['revenue_growth', 34.5, '%']]],
    ['de', 'Der Umsatz sank um 16 Prozent auf 32,4 Milliarden Euro.', [['revenue_growth', -16, '%'], ['revenue', 32400000000, 'EUR']]],
    ['de', 'Die Kapitalintensität stieg auf 12,7 Prozent des Umsatzes.', []],
    ['de', 'Die operative Marge der Sparte lag bei 17,8 Prozent.', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
