import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';

const companies = [{ id: 'omv', name: 'OMV' }, { id: 'erste', name: 'Erste' }, { id: 'verbund', name: 'Verbund' }, { id: 'hensoldt', name: 'Hensoldt' }];

function rows(text: string, primary: string) {
  return extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang: 'de', primary, companies }).metrics.map((metric) => [metric.kind, metric.subject, metric.value, ...(metric.firm ? [metric.firm] : [])]);
}

describe('one figure shared by a group of names', () => {
  test('companies joined right before "jeweils" each get the figure', () => {
    expect(rows('Derzeit bringen OMV und Erste jeweils rund 14,4 Milliarden Euro Börsewert auf die Waage.', 'verbund')).toEqual([
      ['market_cap', 'omv', 14400000000],
      ['market_cap', 'erste', 14400000000],
    ]);
  });

  test('only the firms of the group share it, not a firm named earlier in the sentence', () => {
    expect(rows('Jefferies sieht das Kursziel bei 40 Euro, Berenberg und die Deutsche Bank hoben ihre Kursziele auf jeweils 45 Euro an.', 'hensoldt')).toEqual([
      ['price_target', 'hensoldt', 40, 'Jefferies'],
      ['price_target', 'hensoldt', 45, 'Berenberg'],
      ['price_target', 'hensoldt', 45, 'Deutsche Bank'],
    ]);
  });

  test('without "jeweils" the nearest name keeps the figure', () => {
    expect(rows('OMV und Erste bringen 14,4 Milliarden Euro Börsewert auf die Waage.', 'verbund')).toEqual([['market_cap', 'erste', 14400000000]]);
  });
});
