import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';

const companies = [{ id: 'andritz', name: 'Andritz' }, { id: 'hensoldt', name: 'Hensoldt' }, { id: 'portola', name: 'Portola' }];

function targets(text: string, lang: 'en' | 'de', primary: string) {
  return extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang, primary, companies }).metrics.filter((metric) => metric.kind === 'price_target').map((metric) => [metric.value, metric.firm]);
}

describe('firms sharing or pairing figures', () => {
  test('"jeweils" gives each firm the target', () => {
    expect(targets('Die Analysten von Berenberg und der Deutschen Bank hoben ihre Kursziele auf jeweils 45 Euro an.', 'de', 'hensoldt')).toEqual([[45, 'Berenberg'], [45, 'Deutsche Bank']]);
  });
  test('"beziehungsweise" and "respectively" pair firms and figures in order', () => {
    expect(targets('Die Erste Group und Raiffeisen Research sehen für Andritz Kursziele von 68 beziehungsweise 65 Euro.', 'de', 'andritz')).toEqual([[68, 'Erste Group'], [65, 'Raiffeisen Centrobank']]);
    expect(targets('Credit Suisse, Cowen and Morgan Stanley all lifted their price targets on the shares, to $58, $70 and $70, respectively.', 'en', 'portola')).toEqual([[58, 'Credit Suisse'], [70, 'TD Cowen'], [70, 'Morgan Stanley']]);
  });
});
