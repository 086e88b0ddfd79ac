import { describe, expect, test } from 'vitest';
import { compareOldestFirst, findNeighbours, findOtherLanguage, findRelated } from './article-links.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

const target = makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' });
const capex = makeMetric({ kind: 'capex', value: 53e9, unit: 'USD' });
const meta = { id: 'meta', name: 'Meta', mentions: 1 };
const alibaba = { id: 'alibaba', name: 'Alibaba', mentions: 4 };

const en = makeArticle('en', { date: '2025-12-12', time: '04:09', metrics: [target, capex], companies: [alibaba, meta] });
const de = makeArticle('de', { lang: 'de', date: '2025-12-12', metrics: [target, capex] });
const deWeaker = makeArticle('de-weaker', { lang: 'de', date: '2025-12-12', metrics: [target] });
const deOtherCompany = makeArticle('de-meta', { lang: 'de', date: '2025-12-12', primary: 'meta', metrics: [target, capex], companies: [meta, alibaba] });
const early = makeArticle('early', { date: '2025-01-01' });
const late = makeArticle('late', { date: '2026-01-04' });
const undated = makeArticle('undated', { date: null });
const unrelated = makeArticle('unrelated', { primary: 'sap', companies: [{ id: 'sap', name: 'SAP', mentions: 2 }] });
const all = [late, deWeaker, undated, de, unrelated, en, early, deOtherCompany];

describe('findOtherLanguage', () => {
  test('finds the report of the same event in the other language, the one sharing most figures', () => {
    expect(findOtherLanguage(en, all)?.slug).toBe('de');
    expect(findOtherLanguage(de, all)?.slug).toBe('en');
  });

  test('needs the same primary company, a date and another language', () => {
    expect(findOtherLanguage(deOtherCompany, all)).toBeNull();
    expect(findOtherLanguage(undated, all)).toBeNull();
    expect(findOtherLanguage(en, [en, { ...de, lang: 'en' }])).toBeNull();
  });
});

describe('findRelated', () => {
  test('puts the same primary company first, then shared companies, nearest in date', () => {
    expect(findRelated(en, all, 10).map((article) => article.slug)).toEqual(['de', 'de-weaker', 'late', 'early', 'undated', 'de-meta']);
  });

  test('bounds the list, leaves out the excluded and articles sharing no company', () => {
    expect(findRelated(en, all, 2, ['de']).map((article) => article.slug)).toEqual(['de-weaker', 'late']);
    expect(findRelated(unrelated, all)).toEqual([]);
  });
});

describe('findNeighbours', () => {
  test.each([
    ['early', null, 'de'],
    ['de', 'early', 'de-weaker'],
    ['en', 'de-weaker', 'late'],
    ['late', 'en', 'undated'],
    ['undated', 'late', null],
  ])('around %s: previous %s, next %s', (slug, previous, next) => {
    const article = all.find((candidate) => candidate.slug === slug);
    if (!article) throw new Error(`no article ${slug}`);
    const neighbours = findNeighbours(article, all);
    expect([neighbours.previous?.slug ?? null, neighbours.next?.slug ?? null]).toEqual([previous, next]);
  });

  test('orders by day, then time, then slug, undated last', () => {
    expect([undated, en, early, de].sort(compareOldestFirst).map((article) => article.slug)).toEqual(['early', 'de', 'en', 'undated']);
  });
});
