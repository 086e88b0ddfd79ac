import { describe, expect, test } from 'vitest';
import { toAnalystRows } from './analyst-table.ts';
import { collectFigures } from './figures.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

const older = makeArticle('older', {
  date: '2025-11-01',
  metrics: [makeMetric({ kind: 'price_target', value: 200, unit: 'USD', firm: 'Citigroup' }), makeMetric({ kind: 'analyst_rating', value: 'Neutral', firm: 'Citigroup' })],
});
const newer = makeArticle('newer', {
  date: '2025-12-12',
  metrics: [
    makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' }),
    makeMetric({ kind: 'price_target', value: 190, unit: 'USD', firm: 'Sanford C. Bernstein' }),
    makeMetric({ kind: 'analyst_rating', value: 'Buy', firm: 'Citigroup' }),
    makeMetric({ kind: 'price_target', value: 550, unit: 'USD', firm: null }),
  ],
});
const german = makeArticle('german', {
  lang: 'de',
  date: '2025-12-12',
  metrics: [makeMetric({ kind: 'price_target', value: 190, unit: 'USD', firm: 'Sanford Bernstein', previous: 180 })],
});
const undated = makeArticle('undated', { date: null, metrics: [makeMetric({ kind: 'analyst_rating', value: 'Outperform', firm: 'Jefferies' })] });

describe('toAnalystRows', () => {
  const rows = toAnalystRows(collectFigures([undated, older, german, newer], 'alibaba'));

  test('gives one row per firm, spellings merged, newest first, undated last', () => {
    expect(rows.map((row) => [row.firm, row.latest.article.date])).toEqual([
      ['Citigroup', '2025-12-12'],
      ['Sanford Bernstein', '2025-12-12'],
      [null, '2025-12-12'],
      ['Jefferies', null],
    ]);
  });

  test("takes the firm's latest target and the rating stated with it", () => {
    const citi = rows[0];
    expect(citi?.target?.metric.value).toBe(225);
    expect(citi?.rating?.metric.value).toBe('Buy');
    expect(citi?.target?.article.slug).toBe('newer');
  });

  test("takes the previous target from an older article when the article states none", () => {
    expect(rows[0]?.previous).toMatchObject({ value: 200, unit: 'USD', source: 'earlier' });
    expect(rows[0]?.previous?.figure?.article.slug).toBe('older');
  });

  test('prefers the previous value the article states', () => {
    const bernstein = rows[1];
    expect(bernstein?.previous).toEqual({ value: 180, unit: 'USD', source: 'stated', figure: null });
  });

  test('does not call the same target repeated in another article a revision', () => {
    const first = makeArticle('de', { lang: 'de', date: '2025-12-12', metrics: [makeMetric({ kind: 'price_target', value: 190, unit: 'USD', firm: 'Sanford Bernstein' })] });
    const again = makeArticle('en', { date: '2025-12-13', metrics: [makeMetric({ kind: 'price_target', value: 190, unit: 'USD', firm: 'Sanford C. Bernstein' })] });
    const repeated = toAnalystRows(collectFigures([first, again], 'alibaba'));
    expect(repeated.map((row) => [row.firm, row.target?.article.slug, row.previous])).toEqual([['Sanford C. Bernstein', 'en', null]]);
  });

  test('keeps a rating without a target, and an unnamed firm apart from named ones', () => {
    expect(rows[3]).toMatchObject({ firm: 'Jefferies', target: null, previous: null });
    expect(rows[3]?.rating?.metric.value).toBe('Outperform');
    expect(rows[2]?.target?.metric.value).toBe(550);
  });

  test('has no rows for a company without analyst figures', () => {
    expect(toAnalystRows(collectFigures([makeArticle('x', { metrics: [makeMetric({ kind: 'share_price', value: 1, unit: 'EUR' })] })], 'alibaba'))).toEqual([]);
  });
});
