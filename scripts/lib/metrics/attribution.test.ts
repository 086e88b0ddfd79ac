import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';
import type { Block } from '../types.ts';

const companies = [
  { id: 'pets-at-home', name: 'Pets At Home' },
  { id: 'cranswick', name: 'Cranswick' },
  { id: 'xiaomi', name: 'Xiaomi' },
  { id: 'xpeng', name: 'Xpeng' },
  { id: 'samsung', name: 'Samsung' },
  { id: 'sk-hynix', name: 'SK Hynix' },
  { id: 'microsoft', name: 'Microsoft' },
  { id: 'linkedin', name: 'LinkedIn' },
  { id: 'adidas', name: 'Adidas' },
  { id: 'rwe', name: 'RWE' },
];

/** [kind, subject, value] of each metric of the blocks. */
function read(blocks: Block[], primary: string, lang: 'en' | 'de' = 'en') {
  return extractMetrics({ title: '', blocks, lang, primary, companies }).metrics.map((metric) => [metric.kind, metric.subject, metric.value, ...(metric.segment ? [metric.segment] : [])]);
}
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('subjects', () => {
  test('a company named in the sentence before owns the next sentence’s figures', () => {
    expect(read([paragraph('Staying with the mid-cap index, butcher Cranswick lifted revenue 17.6pc to nearly £1.5bn.'), paragraph('Pre-tax profit jumped 13.5pc to £88m, and the shares climbed 2.3pc, or 72p, to 3236p.')], 'pets-at-home')).toEqual([
      ['revenue_growth', 'cranswick', 17.6],
      ['revenue', 'cranswick', 1500000000],
      ['share_price_change', 'cranswick', 2.3],
      ['share_price', 'cranswick', 32.36],
    ]);
  });

  test('a heading’s company owns its section; a description hands it back', () => {
    const blocks: Block[] = [{ type: 'heading', text: 'Xpeng Q2 Earnings Overview' }, { type: 'list', items: ['Revenue jumped 125.30% YoY to RMB 18.27B ($2.55B).', 'The company said margins were under pressure.', 'Adjusted EPS decreased to RMB -0.20.'] }];
    expect(read(blocks, 'xiaomi')).toEqual([
      ['revenue_growth', 'xpeng', 125.3],
      ['revenue', 'xpeng', 18270000000],
      ['eps', 'xpeng', -0.2],
    ]);
  });

  test('the article’s own company after a description of it', () => {
    expect(read([paragraph('Mit einem Kursplus von rund 60 Prozent führen die Adidas-Papiere die Rangliste an. Auf dem zweiten Platz folgen RWE mit einem Anstieg von lediglich rund 17 Prozent. Nachdem die Aktie des Sportartikelherstellers 2014 um fast 40 Prozent eingebrochen war, hatte sie 2015 ein Comeback hingelegt.')], 'adidas', 'de')).toEqual([
      ['share_price_change', 'adidas', 60],
      ['share_price_change', 'rwe', 17],
      ['share_price_change', 'adidas', -40],
    ]);
  });

  test('a rival in a relative clause owns its figure; a bought company is a unit', () => {
    expect(read([paragraph('Samsung shares rose 1.9% to 83,900 won, lagging rival SK Hynix, which gained 3.4%.')], 'samsung')).toEqual([
      ['share_price_change', 'samsung', 1.9],
      ['share_price', 'samsung', 83900],
      ['share_price_change', 'sk-hynix', 3.4],
    ]);
    expect(read([paragraph('Microsoft also wrapped up its acquisition of LinkedIn during the quarter.'), paragraph("LinkedIn's contribution came to $228 million in revenue and $(100) million in net income.")], 'microsoft')).toEqual([
      ['revenue', 'microsoft', 228000000, 'LinkedIn'],
      ['net_income', 'microsoft', -100000000, 'LinkedIn'],
    ]);
  });

  test('figures of indices, currencies and commodities belong to no company', () => {
    expect(read([paragraph("Der SMI sinkt um 1,24 Prozent auf 12'544,1 Punkte. Der Euro kostete 1,0925 US-Dollar. Brent verteuerte sich um 1,2 Prozent auf 82,90 Dollar. Die Adidas-Aktie gewann im Dax 1,6 Prozent auf 352,40 Euro.")], 'adidas', 'de')).toEqual([
      ['share_price_change', 'adidas', 1.6],
      ['share_price', 'adidas', 352.4],
    ]);
  });
});
