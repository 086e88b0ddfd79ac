import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';

function read(text: string, lang: 'en' | 'de') {
  return extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang, primary: 'hugo-boss', companies: [{ id: 'hugo-boss', name: 'Hugo Boss' }] }).metrics.map((metric) => [metric.kind, metric.value, metric.firm]);
}

describe('kinds echoed from the sentence before', () => {
  test('a sentence of the same shape speaks of the same kinds', () => {
    expect(read('Am Markt werden bislang 4,24 Milliarden Euro Umsatz und 357 Millionen Euro EBIT erwartet. Die Analysten der DZ Bank kalkulieren mit 4,26 Milliarden Euro beziehungsweise 362 Millionen Euro.', 'de')).toEqual([
      ['revenue', 4240000000, null],
      ['revenue', 4260000000, 'DZ Bank'],
    ]);
  });
  test('a bare "Plus" after an amount is its growth; a sentence naming a kind-less figure echoes nothing', () => {
    expect(read('Den Quartalsumsatz bezifferte Hugo Boss auf 1.231,20 Mio. EUR. Das entspricht einem Plus von 15,98 Prozent.', 'de')).toEqual([
      ['revenue', 1231200000, null],
      ['revenue_growth', 15.98, null],
    ]);
    expect(read('Der Umsatz stieg auf 4,2 Milliarden Euro. Beim EBIT ist die Spanne breit: 350 Millionen Euro bis 430 Millionen Euro.', 'de')).toEqual([['revenue', 4200000000, null]]);
  });
});
