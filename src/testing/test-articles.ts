/**
 * Small builders of plain `Article` and `Metric` data for the site modules' tests.
 */
import type { Article, Metric } from '../lib/schema.ts';

/** A metric with every optional field empty; `overrides` sets the rest. */
export function makeMetric(overrides: Partial<Metric> & Pick<Metric, 'kind' | 'value'>): Metric {
  return { subject: 'alibaba', unit: null, firm: null, previous: null, segment: null, period: null, quote: 'A sentence.', ...overrides };
}

/** An English article about alibaba, dated by its dateline; `overrides` sets the rest. */
export function makeArticle(slug: string, overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    title: `Title of ${slug}`,
    titleSource: 'headline',
    slug,
    date: '2025-12-12',
    dateSource: 'dateline',
    lang: 'en',
    source: { file: `${slug}.txt`, sha256: '0'.repeat(64), publisher: null },
    primary: 'alibaba',
    companies: [{ id: 'alibaba', name: 'Alibaba Group', mentions: 3 }],
    identifiers: [],
    summary: '',
    wordCount: 100,
    metrics: [],
    ...overrides,
  };
}
