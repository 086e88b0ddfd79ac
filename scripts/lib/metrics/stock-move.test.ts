import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';

const companies = [
  { id: 'porsche', name: 'Porsche' },
  { id: 'zalando', name: 'Zalando' },
  { id: 'bayer', name: 'Bayer' },
  { id: 'nvidia', name: 'Nvidia' },
  { id: 'meituan', name: 'Meituan' },
  { id: 'moderna', name: 'Moderna' },
];

/** [kind, subject, value] of each metric of one paragraph. */
function read(text: string, lang: 'en' | 'de', primary = 'porsche') {
  return extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang, primary, companies }).metrics.map((metric) => [metric.kind, metric.subject, metric.value]);
}

describe('stock moves', () => {
  test.each([
    ['de', 'Gewinner waren Porsche (+3,40 Prozent auf 81,22 EUR) und Zalando mit einem Minus von 4,21 Prozent auf 21,08 Euro.', [['share_price_change', 'porsche', 3.4], ['share_price', 'porsche', 81.22], ['share_price_change', 'zalando', -4.21], ['share_price', 'zalando', 21.08]]],
    ['de', 'Bayer: -6,82 % auf 25,97 EUR', [['share_price_change', 'bayer', -6.82], ['share_price', 'bayer', 25.97]]],
    ['en', 'Nvidia, the biggest winner of the AI craze, has climbed more than 165% this year.', [['share_price_change', 'nvidia', 165]]],
    ['en', '193.90 HKD +7.60%', [['share_price', 'meituan', 193.9], ['share_price_change', 'meituan', 7.6]]],
    ['de', 'Am Donnerstag waren sie nach einer Senkung der Prognose für das Ergebnis je Aktie zeitweise um mehr als 4 Prozent eingebrochen.', [['share_price_change', 'porsche', -4]]],
    ['en', 'Plato Investment Management boosted its holdings in Moderna by 230.4% in the quarter.', []],
    ['en', 'The shares rose 3.1pc, or 14.2p, to 472.6p.', [['share_price_change', 'porsche', 3.1], ['share_price', 'porsche', 4.726]]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(read(text, lang, text.startsWith('193') ? 'meituan' : 'porsche')).toEqual(expected);
  });
});
