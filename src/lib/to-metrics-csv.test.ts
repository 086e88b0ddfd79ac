import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { Article, Metric } from './schema.ts';
import { makeArticle, makeMetric } from '../testing/test-articles.ts';
import { metricColumns, toMetricRows, toMetricsCsv } from './to-metrics-csv.ts';

function metric(overrides: Partial<Metric>): Metric {
  return makeMetric({ kind: 'price_target', value: 225, unit: 'USD', quote: 'A quote.', ...overrides });
}

function article(slug: string, date: string | null, metrics: Metric[]): Article {
  return makeArticle(slug, {
    title: slug,
    date,
    dateSource: date === null ? 'none' : 'dateline',
    companies: [{ id: 'alibaba', name: 'Alibaba', mentions: 1 }],
    wordCount: 1,
    metrics,
  });
}

const articles = [
  article('new', '2025-12-12', [
    metric({ firm: 'Citigroup', previous: 200, quote: 'Citi raised its target, "strongly", to $225\nfrom $200.' }),
    metric({ kind: 'net_income_change', value: -72, unit: '%', subject: 'meta', period: 'Q1 2025' }),
  ]),
  article('undated', null, [metric({ kind: 'analyst_rating', value: 'Buy', unit: null, quote: '=HYPERLINK("http://evil","Buy")' })]),
];

describe('toMetricsCsv', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./to-metrics-csv.ts')).sort()).toEqual(['metricColumns', 'toMetricRows', 'toMetricsCsv']);
  });

  test('flattens one row per metric with its article, in order', () => {
    const rows = toMetricRows(articles);
    expect(rows.map((row) => [row.slug, row.url, row.date, row.company, row.kind, row.value])).toEqual([
      ['new', 'articles/new.html', '2025-12-12', 'alibaba', 'price_target', 225],
      ['new', 'articles/new.html', '2025-12-12', 'meta', 'net_income_change', -72],
      ['undated', 'articles/undated.html', null, 'alibaba', 'analyst_rating', 'Buy'],
    ]);
    expect(toMetricRows(articles, 'meta').map((row) => row.kind)).toEqual(['net_income_change']);
  });

  test('round-trips through an RFC 4180 parser: commas, quotes and line breaks intact', () => {
    const csv = toMetricsCsv(toMetricRows(articles));
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0] ?? {})).toEqual([...metricColumns]);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ firm: 'Citigroup', previous: '200', value: '225', quote: 'Citi raised its target, "strongly", to $225\nfrom $200.' });
    expect(records[2]).toMatchObject({ date: '', unit: '', firm: '' });
    expect(csv.startsWith(`${metricColumns.join(',')}\r\n`)).toBe(true);
  });

  test('defuses formulas in text cells and keeps negative numbers', () => {
    const records = parse(toMetricsCsv(toMetricRows(articles)), { columns: true }) as Record<string, string>[];
    expect(records[2]?.quote).toBe(`'=HYPERLINK("http://evil","Buy")`);
    expect(records[1]?.value).toBe('-72');
    for (const lead of ['+', '-', '@', '\t']) {
      const [record] = parse(toMetricsCsv(toMetricRows([article('x', null, [metric({ segment: `${lead}cmd` })])])), { columns: true }) as Record<string, string>[];
      expect(record?.segment).toBe(`'${lead}cmd`);
    }
  });

  test('quotes every field holding a CR or an LF, so no reader splits the row and no line starts with a bare cell', () => {
    const broken = [article('x', null, [metric({ quote: 'line one\nline two', firm: 'Citi\rgroup', segment: 'cloud\n=cmd' })])];
    const csv = toMetricsCsv(toMetricRows(broken));
    // A reader that ends a record at any line break, as spreadsheets do with a bare LF.
    const records = parse(csv, { columns: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ quote: 'line one\nline two', firm: 'Citi\rgroup', segment: 'cloud\n=cmd' });
    expect(csv.split('\r\n').slice(1, -1)).toHaveLength(1);
  });

  test('writes only the header for no metrics', () => {
    expect(toMetricsCsv([])).toBe(`${metricColumns.join(',')}\r\n`);
  });
});
