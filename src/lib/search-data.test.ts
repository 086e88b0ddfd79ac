import { describe, expect, test } from 'vitest';
import { indexCompanies } from './company-index.ts';
import type { Article, Metric } from './schema.ts';
import { pickKeyFigures, toSearchData, undatedSortKey } from './search-data.ts';

function metric(kind: Metric['kind'], value: Metric['value'], unit: string | null, extra: Partial<Metric> = {}): Metric {
  return { kind, subject: 'alibaba', value, unit, firm: null, previous: null, segment: null, period: null, quote: `${kind} sentence.`, ...extra };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    title: 'Alibaba Aktie',
    titleSource: 'headline',
    slug: 'alibaba-aktie',
    date: '2026-01-04',
    dateSource: 'promo',
    lang: 'de',
    source: { file: 'a.txt', sha256: '0'.repeat(64), publisher: null },
    primary: 'alibaba',
    companies: [
      { id: 'alibaba', name: 'Alibaba', mentions: 5 },
      { id: 'meta', name: 'Meta Platforms', mentions: 1 },
    ],
    identifiers: [],
    summary: '',
    wordCount: 300,
    metrics: [
      metric('share_price', 155.74, 'USD'),
      metric('price_target', 225, 'USD', { firm: 'Citigroup' }),
      metric('price_target', 200, 'USD', { firm: 'Citigroup' }),
      metric('revenue_growth', 34, '%', { firm: 'AT&T <Research>' }),
    ],
    ...overrides,
  };
}

// The same company printed under another name elsewhere, and its ticker and ISIN printed only there.
const other = article({
  slug: 'other',
  lang: 'en',
  companies: [{ id: 'alibaba', name: 'Alibaba Group', mentions: 9 }],
  identifiers: [
    { type: 'ticker', value: 'BABA', exchange: 'NYSE' },
    { type: 'isin', value: 'US01609W1027' },
  ],
  metrics: [],
});

describe('toSearchData', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./search-data.ts')).sort()).toEqual([
      'dateSortKey',
      'identifierMetaKey',
      'keyFigureCount',
      'pickKeyFigures',
      'searchFilters',
      'toSearchData',
      'undatedSortKey',
    ]);
  });

  test('filters by readable names and labels, each once', () => {
    const companies = indexCompanies([article(), other]);
    expect(toSearchData(article(), companies).filters).toEqual([
      ['company', 'Alibaba'],
      ['company', 'Meta Platforms'],
      ['language', 'German'],
      ['year', '2026'],
      ['metric', 'Share price'],
      ['metric', 'Price target'],
      ['metric', 'Revenue growth'],
      ['analyst firm', 'Citigroup'],
      // The search page shows filter values as text, so they stay as printed.
      ['analyst firm', 'AT&T <Research>'],
    ]);
    // One company, one filter value, whatever name an article prints.
    expect(toSearchData(other, companies).filters[0]).toEqual(['company', 'Alibaba']);
  });

  test('shows the date, the main company and key figures, formatted', () => {
    const data = toSearchData(article(), indexCompanies([article()]));
    expect(data.meta).toEqual([
      ['date', '4 January 2026'],
      ['company', 'Alibaba'],
      ['language', 'German'],
      ['figures', 'Price target $225 · Revenue growth +34\u00a0% · Share price $155.74'],
    ]);
    expect(data.sortDate).toBe('2026-01-04');
  });

  test('sorts a timed article before the untimed ones of its day', () => {
    const timed = toSearchData(article({ time: '04:09:05' }), []).sortDate;
    expect(timed).toBe('2026-01-04T04:09:05');
    expect(timed > toSearchData(article(), []).sortDate).toBe(true);
    expect(timed < toSearchData(article({ date: '2026-01-05' }), []).sortDate).toBe(true);
  });

  test('sorts an undated article last without showing a date', () => {
    const data = toSearchData(article({ date: null, dateSource: 'none' }), []);
    expect(data.sortDate).toBe(undatedSortKey);
    expect(undatedSortKey < '1900-01-01').toBe(true);
    expect(data.meta.map(([name]) => name)).toEqual(['company', 'language', 'figures']);
    expect(data.filters).toContainEqual(['year', 'Undated']);
  });

  test("indexes the article's identifiers and those of its main company", () => {
    const companies = indexCompanies([article(), other]);
    expect(toSearchData(article(), companies).identifiers).toBe('BABA US01609W1027');
    expect(toSearchData(other, companies).identifiers).toBe('BABA US01609W1027');
    expect(toSearchData(article(), []).identifiers).toBe('');
  });
});

describe('pickKeyFigures', () => {
  test('takes one figure per kind, telling kinds and the main company first', () => {
    const picked = pickKeyFigures(
      [
        metric('user_metric', 5, 'count'),
        metric('price_target', 90, 'USD', { subject: 'meta' }),
        metric('dividend', 1, 'USD'),
        metric('revenue', 1e9, 'USD'),
        metric('capex', 2e9, 'USD'),
      ],
      'alibaba',
    );
    expect(picked.map((m) => `${m.subject}:${m.kind}`)).toEqual(['alibaba:revenue', 'alibaba:user_metric', 'alibaba:dividend']);
  });
});
