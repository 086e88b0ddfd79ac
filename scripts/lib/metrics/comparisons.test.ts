import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';
import { findFigures } from './find-figures.ts';
import type { Block } from '../types.ts';

const read = (text: string, lang: 'en' | 'de') => findFigures(text, lang).map((figure) => [figure.value, figure.unit, figure.previous ?? null]);

describe('previous values', () => {
  test.each([
    ['hebt ihr Kursziel auf 95 von 90 Franken an', 'de', [[95, 'CHF', 90]]],
    ['ein Kursziel von 82 statt 80 Franken', 'de', [[82, 'CHF', 80]]],
    ['setzt das Kursziel aber auf 81 nach zuvor 71 Franken herauf', 'de', [[81, 'CHF', 71]]],
    ['auf rund 378,4 Mio. EUR (Vorjahr 333,2 Mio. EUR)', 'de', [[378400000, 'EUR', 333200000]]],
    ['stieg um 20,9 % auf 21,6 Mio. EUR (17,9 Mio. EUR)', 'de', [[20.9, '%', null], [21600000, 'EUR', 17900000]]],
    ['eine Dividende von 2,20 Euro je Aktie vor (Vorjahr: 1,75 Euro)', 'de', [[2.2, 'EUR', 1.75]]],
    ['net profit of 1.08 trillion yen, up from its earlier projection of 980 billion yen', 'en', [[1080000000000, 'JPY', 980000000000]]],
    ['Earnings per share: $1.01 vs. 83 cents expected', 'en', [[1.01, 'USD', null], [0.83, 'USD', null]]],
    ['Revenue was up +30.5% at RMB 115.96B, from RMB 88.89, against expectations of RMB 114.90.', 'en', [[30.5, '%', null], [115960000000, 'CNY', 88890000000], [114900000000, 'CNY', null]]],
    ['expects revenue of $12.5 billion to $13.5 billion, down from a previous range of $14.0 billion to $14.5 billion', 'en', [[12500000000, 'USD', 14000000000], [13500000000, 'USD', 14500000000]]],
    ['over the past 52 weeks the shares have ranged from $96.20 to $113.19', 'en', [[52, null, null], [96.2, 'USD', null], [113.19, 'USD', null]]],
    ['10 billion euros ($11.1 billion; £8.5 billion) in new plants', 'en', [[10000000000, 'EUR', null]]],
  ] as const)('%s', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  test('a year-ago sentence gives the figures before their previous values and adds none', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'Consensus estimates call for EPS of $1.69 on revenue of $14.08 billion. In the same quarter a year ago, the company reported EPS of $1.50 and revenue of $13.34 billion.' }];
    const { metrics } = extractMetrics({ title: '', blocks, lang: 'en', primary: 'disney', companies: [{ id: 'disney', name: 'Disney' }] });
    expect(metrics.map((metric) => [metric.kind, metric.value, metric.previous])).toEqual([['eps', 1.69, 1.5], ['revenue', 14080000000, 13340000000]]);
  });
});
