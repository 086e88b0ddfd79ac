import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';
import { extractRows, testCompanies } from '../../testing/test-sentence.ts';

describe('analyst rating', () => {
  test.each([
    ['en', 'UBS kept its Sell rating.', [['analyst_rating', 'Sell', null, 'UBS']]],
    ['en', 'Morgan Stanley — Overweight — price target $650 (from $625)', [['analyst_rating', 'Overweight', null, 'Morgan Stanley'], ['price_target', 650, 'USD', 'Morgan Stanley']]],
    ['en', 'The valuation makes it a compelling “buy”.', []], // the author's verdict (metrics guide),
    ['en', 'Alibaba Stock: Buy or Sell?! Should investors sell immediately?', []],
    ['de', 'Warburg bestätigte die Einstufung „Kaufen“.', [['analyst_rating', 'Kaufen', null]]],
    ['de', 'Goldman Sachs: Kaufen, Kursziel 310 EUR', [['analyst_rating', 'Kaufen', null, 'Goldman Sachs'], ['price_target', 310, 'EUR', 'Goldman Sachs']]],
    ['de', 'Alibaba: Kaufen oder verkaufen? Hier weiterlesen...', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });

  test('counts of recommendations', () => {
    const text = 'Das Rating „Moderate Buy“ (17 Kaufempfehlungen, 2 Halten, 1 Verkaufen) spiegelt die Unsicherheit wider: Wann kommt die Wende?';
    const { metrics } = extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang: 'de', primary: 'alibaba', companies: testCompanies });
    expect(metrics).toMatchObject([{ kind: 'analyst_rating', value: 'Moderate Buy', counts: { buy: 17, hold: 2, sell: 1 } }]);
  });
});
