import { describe, expect, test } from 'vitest';
import { extractMetrics } from './extract-metrics.ts';
import type { Block } from '../types.ts';

const companies = [{ id: 'alibaba', name: 'Alibaba Group' }];

describe('extractMetrics', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./extract-metrics.ts')).sort()).toEqual(['addMetric', 'extractMetrics']);
  });

  test('a figure in headline and body is one entry with the body quote', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'Alibaba shares soared more than 11% in premarket trading.' }];
    const { metrics } = extractMetrics({ title: 'Alibaba Surges 11% as AI Boom Drives Growth', blocks, lang: 'en', primary: 'alibaba', companies });
    expect(metrics).toHaveLength(1);
    expect(metrics[0]).toMatchObject({ kind: 'share_price_change', value: 11, quote: blocks[0]!.type === 'paragraph' ? blocks[0]!.text : '' });
  });

  test('equal figures of one sentence, or of two table rows, are two entries; a repeat elsewhere is one', () => {
    const kinds = (blocks: Block[], lang: 'en' | 'de' = 'en') => extractMetrics({ title: '', blocks, lang, primary: 'alibaba', companies }).metrics.map((metric) => [metric.kind, metric.value]);
    expect(kinds([{ type: 'paragraph', text: 'Revenue was $4 billion, in line with the $4 billion analysts expected. Alibaba said revenue of $4 billion was a record.' }])).toEqual([
      ['revenue', 4000000000],
      ['revenue', 4000000000],
    ]);
    expect(kinds([{ type: 'paragraph', text: 'Ergebnis je Aktie: 2.32 EUR' }, { type: 'paragraph', text: 'Verwäss. Ergebnis je Aktie: 2.32 EUR' }], 'de')).toEqual([
      ['eps', 2.32],
      ['eps', 2.32],
    ]);
  });

  test('a sentence on an earlier year gives its figure as the previous of the one before', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: 'Der Vorstand schlägt eine Dividende von 0,77 Euro je Aktie vor. Für 2022 hatte es noch 0,70 Euro je Anteilsschein gegeben.' }];
    expect(extractMetrics({ title: '', blocks, lang: 'de', primary: 'alibaba', companies }).metrics).toMatchObject([{ kind: 'dividend', value: 0.77, previous: 0.7 }]);
  });

  test('spans mark each metric in its block and list item, plain figures as "figure"', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Results' },
      { type: 'list', items: ['Revenue: 184.5 billion yuan ($25.7 billion), up 15% year on year', 'Operating profit rose 18%.'] },
    ];
    const { metrics, spans } = extractMetrics({ title: '', blocks, lang: 'en', primary: 'alibaba', companies });
    const item = (span: (typeof spans)[number]) => (blocks[1] as { items: string[] }).items[span.item!]!.slice(span.start, span.end);
    expect(spans.map((span) => [span.block, span.item, item(span), span.metric, span.kind])).toEqual([
      [1, 0, '184.5 billion yuan ($25.7 billion)', 0, 'revenue'],
      [1, 0, '15%', 1, 'revenue_growth'],
      [1, 1, '18%', null, 'figure'],
    ]);
    expect(metrics[0]).toMatchObject({ converted: { value: 25700000000, unit: 'USD' } });
  });

  test('every metric passes the schema', async () => {
    const { metricSchema } = await import('../../../src/lib/schema.ts');
    const blocks: Block[] = [{ type: 'paragraph', text: 'Das Rating „Moderate Buy“ (17 Kaufempfehlungen, 2 Halten, 1 Verkaufen) gilt. Citigroup hob das Kursziel auf 225 US-Dollar.' }];
    for (const metric of extractMetrics({ title: '', blocks, lang: 'de', primary: 'alibaba', companies }).metrics) expect(() => metricSchema.parse(metric)).not.toThrow();
  });
});
