import { describe, expect, test } from 'vitest';
import { indexCompanies } from './company-index.ts';
import type { Article } from './schema.ts';
import { makeArticle, makeMetric } from '../testing/test-articles.ts';
import { toArticlesJson, toCompanyJson } from './to-json-export.ts';

function article(slug: string, date: string | null, companies: string[]): Article {
  return makeArticle(slug, {
    date,
    dateSource: date === null ? 'none' : 'dateline',
    primary: companies[0] ?? 'none',
    companies: companies.map((id) => ({ id, name: id.toUpperCase(), mentions: 1 })),
    wordCount: 1,
    metrics: companies.map((id) => makeMetric({ kind: 'revenue', subject: id, value: 1e9, unit: 'USD', quote: `${id} revenue.` })),
  });
}

const articles = [article('new', '2025-12-12', ['alibaba', 'meta']), article('old', '2025-01-02', ['meta']), article('undated', null, ['alibaba'])];

describe('JSON exports', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./to-json-export.ts')).sort()).toEqual(['toArticlesJson', 'toCompanyJson']);
  });

  test('lists every article with its page path, in the order given, front-matter intact', () => {
    const records = JSON.parse(toArticlesJson(articles, { showSourceFiles: true })) as Array<Article & { path: string }>;
    expect(records.map((record) => record.path)).toEqual(['articles/new.html', 'articles/old.html', 'articles/undated.html']);
    expect(records[2]).toEqual({ path: 'articles/undated.html', ...articles[2] });
  });

  test('leaves out the source file names unless the site shows them', () => {
    const text = toArticlesJson(articles, { showSourceFiles: false });
    expect(text).not.toContain(articles[0]!.source.file);
    const { file: _, ...source } = articles[0]!.source;
    expect((JSON.parse(text) as Array<{ source: object }>)[0]!.source).toEqual(source);
    expect(toArticlesJson(articles, { showSourceFiles: true })).toContain(`"file": "${articles[0]!.source.file}"`);
  });

  test("gives a company its articles and only the metrics about it", () => {
    const alibaba = indexCompanies(articles).find((company) => company.id === 'alibaba')!;
    const exported = JSON.parse(toCompanyJson(alibaba, articles));
    expect(exported).toMatchObject({ id: 'alibaba', name: 'ALIBABA', firstDate: '2025-12-12', lastDate: '2025-12-12' });
    expect(exported.articles).toEqual([
      { path: 'articles/new.html', slug: 'new', title: 'Title of new', date: '2025-12-12', lang: 'en', primary: 'alibaba' },
      { path: 'articles/undated.html', slug: 'undated', title: 'Title of undated', date: null, lang: 'en', primary: 'alibaba' },
    ]);
    expect(exported.metrics.map((row: { slug: string; company: string }) => `${row.slug}:${row.company}`)).toEqual(['new:alibaba', 'undated:alibaba']);
  });

  test('is deterministic text ending in a newline', () => {
    expect(toArticlesJson(articles, { showSourceFiles: false })).toBe(toArticlesJson(articles, { showSourceFiles: false }));
    expect(toArticlesJson([], { showSourceFiles: false })).toBe('[]\n');
  });
});
