import { describe, expect, test } from 'vitest';
import { countSharedFigures, groupEvents, sharesEvent } from './events.ts';
import { makeArticle, makeMetric } from '../../testing/test-articles.ts';

const target = makeMetric({ kind: 'price_target', value: 225, unit: 'USD', firm: 'Citigroup' });
const capex = makeMetric({ kind: 'capex', value: 53e9, unit: 'USD' });
const growth = makeMetric({ kind: 'revenue_growth', value: 34.5, unit: '%' });

const en = makeArticle('en', { date: '2025-12-12', metrics: [target, capex, growth] });
const de = makeArticle('de', { lang: 'de', date: '2025-12-13', metrics: [{ ...growth, quote: 'Cloud-Sparte wuchs' }, { ...target, firm: 'Citi' }] });

describe('sharesEvent', () => {
  test.each([
    ['translation a day later', en, de, true],
    ['same language', en, { ...de, lang: 'en' as const }, false],
    ['four days apart', en, { ...de, date: '2025-12-16' }, false],
    ['three days apart', en, { ...de, date: '2025-12-15' }, true],
    ['one undated', en, { ...de, date: null }, false],
    ['only one of several figures shared', en, { ...de, metrics: [growth, makeMetric({ kind: 'share_price', value: 1, unit: 'USD' })] }, false],
    ['the single figure of the shorter one shared', en, { ...de, metrics: [target] }, true],
    ['no figures at all', makeArticle('a'), makeArticle('b', { lang: 'de' }), false],
    ['same value, other unit', en, { ...de, metrics: [{ ...target, unit: 'EUR' }, { ...capex, unit: 'EUR' }] }, false],
  ])('%s: %s', (_, a, b, expected) => {
    expect(sharesEvent(a, b)).toBe(expected);
    expect(sharesEvent(b, a)).toBe(expected);
  });

  test('counts shared figures once each', () => {
    expect(countSharedFigures(en, de)).toBe(2);
  });
});

describe('groupEvents', () => {
  const other = makeArticle('other-news', { date: '2025-12-13', metrics: [makeMetric({ kind: 'share_price', value: 155, unit: 'USD' })] });
  const january = makeArticle('january', { date: '2026-01-04', metrics: [makeMetric({ kind: 'share_price', value: 160, unit: 'USD' }), makeMetric({ kind: 'share_price', value: 1, unit: 'USD', subject: 'meta' })] });
  const undatedB = makeArticle('undated-b', { date: null });
  const undatedA = makeArticle('undated-a', { date: null, lang: 'de', metrics: [target, capex] });
  const timeline = groupEvents([undatedB, january, de, other, undatedA, en], 'alibaba');

  test('merges the English and German reports of one event into one entry listing both', () => {
    const december = timeline.months.find((month) => month.month === '2025-12');
    expect(december?.events.map((event) => event.articles.map((article) => article.slug))).toEqual([['other-news'], ['en', 'de']]);
    expect(december?.events[1]?.date).toBe('2025-12-12');
  });

  test('groups events by month, newest month first', () => {
    expect(timeline.months.map((month) => month.month)).toEqual(['2026-01', '2025-12']);
  });

  test("gives the key figures about the company as chips, each once, price targets first", () => {
    const merged = timeline.months[1]?.events[1];
    expect(merged?.figures.map((figure) => [figure.metric.kind, figure.article.slug, figure.id])).toEqual([
      ['price_target', 'en', 'm1'],
      ['revenue_growth', 'en', 'm3'],
      ['capex', 'en', 'm2'],
    ]);
    // Figures about another company are not this company's chips.
    expect(timeline.months[0]?.events[0]?.figures.map((figure) => figure.metric.value)).toEqual([160]);
  });

  test('lists undated articles apart, each on its own, never merged or dropped', () => {
    expect(timeline.undated.map((event) => [event.date, event.articles.map((article) => article.slug)])).toEqual([
      [null, ['undated-a']],
      [null, ['undated-b']],
    ]);
    const all = [...timeline.months.flatMap((month) => month.events), ...timeline.undated].flatMap((event) => event.articles);
    expect(all).toHaveLength(6);
  });

  test('bounds the chips per event', () => {
    const bounded = groupEvents([en], 'alibaba', { windowDays: 3, chips: 1 });
    expect(bounded.months[0]?.events[0]?.figures).toHaveLength(1);
  });

  test('joins a chain of reports into one event', () => {
    const de2 = makeArticle('de2', { lang: 'de', date: '2025-12-14', metrics: [target, capex] });
    const en2 = makeArticle('en2', { date: '2025-12-16', metrics: [target, capex] });
    const result = groupEvents([en, de2, en2], 'alibaba');
    expect(result.months[0]?.events.map((event) => event.articles.map((article) => article.slug))).toEqual([['en', 'de2', 'en2']]);
  });
});
