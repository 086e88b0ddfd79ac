import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';
import type { Block } from '../types.ts';

const companies = [{ id: 'moderna', name: 'Moderna' }, { id: 'henkel', name: 'Henkel' }, { id: 'deutsche-bank', name: 'Deutsche Bank' }, { id: 'erste', name: 'Erste Group' }];

/** [value, firm, previous] of each rating of the blocks. */
function ratings(blocks: Block[], lang: 'en' | 'de', primary: string) {
  return extractMetrics({ title: '', blocks, lang, primary, companies }).metrics.filter((metric) => metric.kind === 'analyst_rating').map((metric) => [metric.value, metric.firm, metric.previous, metric.subject]);
}
const one = (text: string): Block[] => [{ type: 'paragraph', text }];

describe('ratings', () => {
  test.each([
    ['en', 'On Monday, HSBC upgraded Moderna to "buy" from "hold" and assigned the stock a $58.00 price target.', [['Buy', 'HSBC', 'Hold', 'moderna']]],
    ['en', 'ValuEngine moved Moderna up from "sell" to "hold" on Monday, July 13th.', [['Hold', 'ValuEngine', 'Sell', 'moderna']]],
    ['de', 'Das Investmenthaus Mainfirst hat Henkel von "Neutral" auf "Outperform" hochgestuft.', [['Outperform', 'Mainfirst', 'Neutral', 'henkel']]],
    ['de', 'Barclays hebt Deutsche Bank auf "Overweight" - Ziel 18 Euro', [['Overweight', 'Barclays', null, 'deutsche-bank']]],
    ['de', 'Die Deutsche Bank spricht für die Papiere von Henkel unterdessen eine Kaufempfehlung aus.', [['Kaufen', 'Deutsche Bank', null, 'henkel']]],
    ['de', 'Jefferies rät weiterhin zum Halten.', [['Halten', 'Jefferies', null, 'henkel']]],
    ['en', 'Goldman Sachs, which has a buy recommendation on the shares, raised its target to $240.', [['Buy', 'Goldman Sachs', null, 'henkel']]],
    ['de', 'Die Bank of America hatte ihre Kaufempfehlung gestrichen.', []],
    ['en', 'Goldman Sachs added the stock to its "Conviction Buy" list.', []],
    ['de', 'Gerade in diesem Umfeld ist die Aktie weiterhin nur zum Halten geeignet.', []],
    ['en', 'Morgan Stanley launched coverage of Henkel at equalweight, with a $44 price target.', [['Equalweight', 'Morgan Stanley', null, 'henkel']]],
    ['en', 'The analysts expect Henkel to hold its ground and buy back shares.', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(ratings(one(text), lang, text.includes('Moderna') ? 'moderna' : text.includes('Deutsche Bank auf') ? 'henkel' : 'henkel')).toEqual(expected);
  });

  test('a paragraph’s firm speaks on; its advice in words restates the printed label', () => {
    const blocks = one('Die Analysten der Raiffeisen Centrobank (RCB) haben ihr Votum für die Aktie der Erste Group von "Hold" auf "Buy" angehoben. RCB-Analyst Stefan Maxian rät deshalb nun zum Kauf.');
    expect(ratings(blocks, 'de', 'erste')).toEqual([['Buy', 'Raiffeisen Centrobank', 'Hold', 'erste']]);
  });
});
