/**
 * Test helper: runs the metrics stage on one paragraph and returns compact rows.
 * Only imported by `*.test.ts`.
 */
import { extractMetrics } from '../lib/metrics/extract-metrics.ts';
import type { CompanyRef } from '../lib/metrics/types.ts';

/** Companies the family tables name. */
export const testCompanies: CompanyRef[] = [
  { id: 'alibaba', name: 'Alibaba Group' },
  { id: 'siemens', name: 'Siemens' },
  { id: 'tencent', name: 'Tencent Holdings' },
  { id: 'citigroup', name: 'Citigroup' },
  { id: 'meta', name: 'Meta Platforms', aliases: ['Meta'] },
];

/** [kind, value, unit] of each metric, plus the firm where one is named. */
export function extractRows(text: string, lang: 'en' | 'de'): unknown[][] {
  const { metrics } = extractMetrics({ title: '', blocks: [{ type: 'paragraph', text }], lang, primary: 'alibaba', companies: testCompanies });
  return metrics.map((metric) => [metric.kind, metric.value, metric.unit, ...(metric.firm ? [metric.firm] : []), ...(metric.subject !== 'alibaba' ? [metric.subject] : [])]);
}
