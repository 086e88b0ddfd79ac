import { describe, expect, test } from 'vitest';
import { companiesPath, homePath, searchPath, toArticleListPath, toArticlePath, toCompanyDataPath, toCompanyFeedPath, toCompanyListPath, toCompanyPath, toRelativeHref, toTimelineMonthPath } from './paths.ts';

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
      'searchScriptPath',
      'timelinePath',
      'toArticleListPath',
      'toArticlePath',
      'toCompanyDataPath',
      'toCompanyFeedPath',
      'toCompanyListPath',
      'toCompanyPath',
      'toRelativeHref',
      'toTimelineMonthPath',
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

  test('puts list pages where no article slug or company id can collide with them', () => {
    expect(toArticleListPath(1)).toBe('articles/page/1.html');
    expect(toArticleListPath(12)).toBe('articles/page/12.html');
    expect(toCompanyListPath(1)).toBe(companiesPath);
    expect(toCompanyListPath(2)).toBe('companies/page/2.html');
    expect(toTimelineMonthPath('2025-12')).toBe('timeline/2025-12.html');
    expect(toTimelineMonthPath('2025-12', 3)).toBe('timeline/2025-12-3.html');
    expect(toTimelineMonthPath(null)).toBe('timeline/undated.html');
    expect(toTimelineMonthPath(null, 2)).toBe('timeline/undated-2.html');
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
