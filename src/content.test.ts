import { describe, expect, test, vi } from 'vitest';
import type { Article } from './lib/schema.ts';
import { getPrimaryCompany, sortNewestFirst, type ArticleEntry } from './content.ts';

// `astro:content` exists only inside Astro; these tests cover the pure views.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }));

function entry(slug: string, date: string | null, time?: string): ArticleEntry {
  const data = { slug, date, primary: 'alibaba', companies: [{ id: 'alibaba', name: 'Alibaba', mentions: 3 }] };
  return { id: slug, collection: 'articles', data: time === undefined ? data : { ...data, time } } as unknown as ArticleEntry;
}

describe('content', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./content.ts')).sort()).toEqual(['getArticleLinks', 'getArticles', 'getArticlesNaming', 'getArticlesWithFiguresAbout', 'getCompanies', 'getCompanyNotes', 'getPrimaryCompany', 'getSharePrices', 'getSiteConfig', 'sortNewestFirst']);
  });

  test('sorts newest first, by time within a day, undated last, ties by slug', () => {
    const sorted = sortNewestFirst([
      entry('undated-b', null),
      entry('old', '2024-05-01'),
      entry('undated-a', null),
      entry('new-morning', '2025-12-12', '04:09:05'),
      entry('new-untimed', '2025-12-12'),
      entry('new-evening', '2025-12-12', '18:00'),
    ]);
    expect(sorted.map((item) => item.data.slug)).toEqual([
      'new-evening',
      'new-morning',
      'new-untimed',
      'old',
      'undated-a',
      'undated-b',
    ]);
  });

  test('finds the primary company among the mentions', () => {
    expect(getPrimaryCompany(entry('a', null))?.name).toBe('Alibaba');
    const orphan = entry('b', null);
    (orphan.data as Article).primary = 'tencent';
    expect(getPrimaryCompany(orphan)).toBeUndefined();
  });
});
