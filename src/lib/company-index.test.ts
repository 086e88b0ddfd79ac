import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from './companies.ts';
import { indexCompanies } from './company-index.ts';
import { toSearchData } from './search-data.ts';
import type { Article } from './schema.ts';
import { makeArticle } from '../testing/test-articles.ts';

function article(slug: string, date: string | null, primary: string, companies: [string, string][], identifiers: Article['identifiers'] = []): Article {
  return makeArticle(slug, {
    date,
    dateSource: date === null ? 'none' : 'dateline',
    primary,
    companies: companies.map(([id, name]) => ({ id, name, mentions: 1 })),
    identifiers,
  });
}

describe('indexCompanies', () => {
  const articles = [
    article('c', '2025-12-12', 'alibaba', [['alibaba', 'Alibaba'], ['citigroup', 'Citigroup']], [{ type: 'ticker', value: 'BABA', exchange: 'NYSE' }]),
    article('b', null, 'alibaba', [['alibaba', 'Alibaba Group']], [{ type: 'ticker', value: 'BABA', exchange: 'NYSE' }, { type: 'isin', value: 'US01609W1027' }]),
    article('a', '2025-03-01', 'meta', [['meta', 'Meta'], ['alibaba', 'Alibaba']]),
  ];

  test('lists each company once with the articles naming it, most covered first', () => {
    const companies = indexCompanies(articles);
    expect(companies.map((company) => [company.id, company.articleSlugs])).toEqual([
      ['alibaba', ['c', 'b', 'a']],
      ['citigroup', ['c']],
      ['meta', ['a']],
    ]);
  });

  test('takes the most printed name, the date range of dated articles and the primary count', () => {
    const [alibaba, citigroup] = indexCompanies(articles);
    expect(alibaba).toMatchObject({ name: 'Alibaba', firstDate: '2025-03-01', lastDate: '2025-12-12', primaryCount: 2 });
    expect(citigroup).toMatchObject({ firstDate: '2025-12-12', lastDate: '2025-12-12', primaryCount: 0 });
  });

  test('gives identifiers only to the primary company, each once', () => {
    const [alibaba, citigroup] = indexCompanies(articles);
    expect(alibaba?.identifiers).toEqual([
      { type: 'ticker', value: 'BABA', exchange: 'NYSE' },
      { type: 'isin', value: 'US01609W1027' },
    ]);
    expect(citigroup?.identifiers).toEqual([]);
  });

  test('keeps a company whose articles are all undated, with no date range', () => {
    const [company] = indexCompanies([article('x', null, 'x-corp', [['x-corp', 'X Corp']])]);
    expect(company).toMatchObject({ id: 'x-corp', firstDate: null, lastDate: null });
  });

  // A ticker added to content/companies.yaml shows on the company page and finds its articles.
  test('adds the registry tickers, ISINs and WKNs no article printed, and no company of its own', () => {
    const registry = parseCompanyRegistry(
      '- id: citigroup\n  name: Citigroup\n  tickers: [{ exchange: NYSE, value: C }]\n  isins: [US1729674242]\n' +
        '- id: alibaba\n  name: Alibaba Group\n  tickers: [{ exchange: NYSE, value: BABA }, { exchange: HKEX, value: "9988" }]\n  wkns: [A117ME]\n' +
        '- id: apple\n  name: Apple\n  tickers: [{ exchange: NASDAQ, value: AAPL }]\n',
    );
    const companies = indexCompanies(articles, registry);
    expect(companies.map(({ id }) => id)).toEqual(['alibaba', 'citigroup', 'meta']);
    const [alibaba, citigroup] = companies;
    expect(citigroup?.identifiers).toEqual([{ type: 'ticker', value: 'C', exchange: 'NYSE' }, { type: 'isin', value: 'US1729674242' }]);
    expect(alibaba?.identifiers).toEqual([
      { type: 'ticker', value: 'BABA', exchange: 'NYSE' },
      { type: 'isin', value: 'US01609W1027' },
      { type: 'ticker', value: '9988', exchange: 'HKEX' },
      { type: 'wkn', value: 'A117ME' },
    ]);
    expect(toSearchData(articles[0]!, companies).identifiers.split(' ')).toEqual(expect.arrayContaining(['BABA', '9988', 'A117ME']));
  });
});
