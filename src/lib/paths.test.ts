import { describe, expect, test } from 'vitest';
import { homePath, searchPath, toArticlePath, toCompanyDataPath, toCompanyFeedPath, toCompanyPath, toRelativeHref } from './paths.ts';

describe('paths', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./paths.ts')).sort()).toEqual([
      'articlesJsonPath',
      'companiesPath',
      'feedPath',
      'homePath',
      'metricsCsvPath',
      'notFoundPath',
      'searchBundleFolder',
      'searchPath',
      'timelinePath',
      'toArticlePath',
      'toCompanyDataPath',
      'toCompanyFeedPath',
      'toCompanyPath',
      'toRelativeHref',
    ]);
  });

  test('puts articles under articles/ as .html files', () => {
    expect(toArticlePath('alibaba-q1')).toBe('articles/alibaba-q1.html');
  });

  test('puts company pages, feeds and exports where the site layout says', () => {
    expect(toCompanyPath('alibaba')).toBe('companies/alibaba.html');
    expect(toCompanyFeedPath('alibaba')).toBe('companies/alibaba.xml');
    expect(toCompanyDataPath('alibaba', 'csv')).toBe('data/companies/alibaba.csv');
    expect(toCompanyDataPath('alibaba', 'json')).toBe('data/companies/alibaba.json');
  });

  test.each([
    ['index.html', homePath, 'index.html'],
    ['index.html', searchPath, 'search.html'],
    ['index.html', 'articles/a.html', 'articles/a.html'],
    ['articles/a.html', homePath, '../index.html'],
    ['articles/a.html', searchPath, '../search.html'],
    ['articles/a.html', 'articles/b.html', 'b.html'],
    ['articles/a.html', 'favicon.svg', '../favicon.svg'],
    ['a/b/c.html', 'a/d/e.html', '../d/e.html'],
    ['a/b.html', 'a', '../a'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(toRelativeHref(from, to)).toBe(expected);
  });
});
