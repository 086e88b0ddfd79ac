import { describe, expect, test } from 'vitest';
import { groupByMonth, paginateMonth } from './group-by-month.ts';
import { makeArticle } from '../../testing/test-articles.ts';

const sap = { id: 'sap', name: 'SAP', mentions: 1 };

describe('groupByMonth', () => {
  const months = groupByMonth([
    makeArticle('a', { date: '2025-12-12' }),
    makeArticle('u', { date: null }),
    makeArticle('b', { date: '2025-12-01', primary: 'sap', companies: [sap] }),
    makeArticle('c', { date: '2026-01-04' }),
    makeArticle('d', { date: '2025-12-30' }),
    makeArticle('n', { date: '2025-12-02', primary: 'unassigned', companies: [] }),
  ], new Set(['alibaba', 'sap']));

  test('groups articles by month, newest first, undated last', () => {
    expect(months.map((month) => [month.month, month.count])).toEqual([
      ['2026-01', 1],
      ['2025-12', 4],
      [null, 1],
    ]);
  });

  test('groups a month by primary company, most articles first, articles newest first', () => {
    expect(months[1]?.companies.map((company) => [company.name, company.articles.map((article) => article.slug)])).toEqual([
      ['Alibaba Group', ['d', 'a']],
      ['SAP', ['b']],
      ['unassigned', ['n']],
    ]);
  });

  test('says which primary companies have a page: an article about no known company has none to link to', () => {
    expect(months[1]?.companies.map((company) => [company.id, company.hasPage])).toEqual([
      ['alibaba', true],
      ['sap', true],
      ['unassigned', false],
    ]);
  });
});

describe('paginateMonth', () => {
  test('splits a long month and repeats a company that runs over a page', () => {
    const [month] = groupByMonth([
      ...['a1', 'a2', 'a3'].map((slug) => makeArticle(slug)),
      makeArticle('s1', { primary: 'sap', companies: [sap] }),
    ], new Set(['alibaba', 'sap']));
    if (!month) throw new Error('expected a month');
    const pages = paginateMonth(month, 2);
    expect(pages.map((page) => page.map((company) => [company.id, company.articles.map((article) => article.slug)]))).toEqual([
      [['alibaba', ['a1', 'a2']]],
      [['alibaba', ['a3']], ['sap', ['s1']]],
    ]);
  });
});
