import { describe, expect, test } from 'vitest';
import type { EvalPage } from './read-eval-set.ts';
import { formatBenchTable, summariseGroup, toMedian } from './summarise-html-bench.ts';

const page = (fields: Partial<EvalPage>): EvalPage => ({
  url: 'https://example.com/', file: 'x.html', bytes: new Uint8Array(), with: ['wanted text'], without: ['menu'],
  title: null, date: null, lang: 'de', news: false, half: 'tune', ...fields,
});

describe('summariseGroup', () => {
  test('snippets, failed pages, titles and days of a group', () => {
    const summary = summariseGroup([
      { page: page({ title: 'A title', date: '2020-01-28' }), result: { text: 'wanted text', title: 'A Title.', date: '2020-01-28T00:30+01:00', ms: 2 } },
      { page: page({ title: 'Other', date: '2020-01-01' }), result: { text: 'menu', title: 'Site | Other', date: '2019-12-31', ms: 4 } },
      { page: page({}), result: { text: null, title: null, date: null, ms: 9 } },
    ]);
    expect(summary).toMatchObject({ pages: 3, failed: 1, titles: { right: 1, of: 2 }, dates: { right: 1, of: 2 }, medianMs: 4 });
    expect(summary.precision).toBe(0.5);
    expect(summary.recall).toBeCloseTo(1 / 3);
  });
});

describe('toMedian', () => {
  test.each([[[], 0], [[5], 5], [[3, 1, 2], 2], [[3, 1, 2, 10], 2.5]])('%j → %d', (values, median) => {
    expect(toMedian(values)).toBe(median);
  });
});

test('the table has one row per reader and group', () => {
  const summary = summariseGroup([{ page: page({}), result: { text: 'wanted text', title: null, date: null, ms: 1 } }]);
  const table = formatBenchTable([{ reader: 'dossier', group: 'all pages', summary }]);
  expect(table.split('\n')).toHaveLength(3);
  expect(table).toContain('| dossier, all pages | 1 | 1.000 (1.000 / 1.000) | 0 | – | – | 1.00 |');
});
