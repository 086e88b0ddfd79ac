import { describe, expect, test } from 'vitest';
import { findEvalSet, isInHalf } from './eval-sets.ts';
import { formatSetReport } from './format-report.ts';
import { evaluateFolder } from './evaluate-folder.ts';
import { isMatch, isSameFirm, normaliseName, scoreArticle, summarise, toRates } from './score.ts';

describe('normaliseName', () => {
  test.each([
    ['Sanford C. Bernstein', 'sanford bernstein'],
    ['Sanford Bernstein', 'sanford bernstein'],
    ['sanford-c-bernstein', 'sanford bernstein'],
    ['analysts at Citigroup Inc.', 'citigroup'],
    ['Alibaba Group', 'alibaba'],
    ['Siemens AG', 'siemens'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe('isMatch', () => {
  const gold = { kind: 'price_target', subject: 'alibaba', value: 190, unit: 'USD', firm: 'Sanford C. Bernstein' };
  test.each([
    [{ ...gold }, true],
    [{ ...gold, value: 190.9 }, true],
    [{ ...gold, value: 191 }, false],
    [{ ...gold, firm: 'Sanford Bernstein' }, true],
    [{ ...gold, firm: null }, false],
    [{ ...gold, subject: 'Alibaba Group' }, true],
    [{ ...gold, unit: 'EUR' }, false],
    [{ ...gold, kind: 'consensus_price_target' }, false],
  ])('%o → %s', (predicted, expected) => {
    expect(isMatch(predicted, gold)).toBe(expected);
  });

  test('firms compare by house', () => {
    expect(isSameFirm('Citi', 'Citigroup')).toBe(true);
    expect(isSameFirm('Goldman', 'Goldman Sachs')).toBe(true);
    expect(isSameFirm('Merrill Lynch', 'Bank of America')).toBe(false);
  });
  test('labels compare ignoring case; a gold without firm accepts any firm', () => {
    expect(isMatch({ kind: 'analyst_rating', subject: 'a', value: 'Buy', unit: null, firm: 'UBS' }, { kind: 'analyst_rating', subject: 'a', value: 'buy', unit: null, firm: null })).toBe(true);
  });
});

describe('scoreArticle', () => {
  test('counts matches, extras and misses per kind', () => {
    const gold = [{ kind: 'revenue', subject: 'a', value: 100, unit: 'USD' }, { kind: 'eps', subject: 'a', value: 1, unit: 'USD' }];
    const predicted = [{ kind: 'revenue', subject: 'a', value: 100.2, unit: 'USD' }, { kind: 'dividend', subject: 'a', value: 1, unit: 'USD' }];
    const score = scoreArticle('x.txt', predicted, gold);
    expect(score.tallies).toEqual({ revenue: { tp: 1, fp: 0, fn: 0 }, eps: { tp: 0, fp: 0, fn: 1 }, dividend: { tp: 0, fp: 1, fn: 0 } });
    expect(toRates({ tp: 1, fp: 1, fn: 1 }).f1).toBeCloseTo(0.5);
  });
});

// The acceptance bars (scripts/lib/eval/eval-sets.ts): through the real ingest pipeline (what
// `npm run eval` prints), and on the naive split, which measures metric extraction alone.
describe('extraction quality', () => {
  test.each([
    ['samples', false],
    ['extra', false],
    ['samples', true],
    ['extra', true],
  ])('%s: overall F1 reaches the set\'s bar (naive split: %s)', async (name, naive) => {
    const set = findEvalSet(name);
    const result = await evaluateFolder({ gold: `${set.folder}/gold`, sources: `${set.folder}/sources`, naive });
    expect(result.f1).toBeGreaterThanOrEqual(naive ? set.bar - 0.05 : set.bar);
    expect(Object.keys(result.modes)).toEqual([naive ? 'naive' : 'pipeline']);
  });

  // The dev set (issue 14), our shapes and the unseen dev2: each set and half at its bar, or at its
  // floor while the bar is not reached (docs/metrics.md says which).
  test.each(['dev', 'shapes', 'dev2'])('%s: overall F1 and each half reach their bar or floor', async (name) => {
    const set = findEvalSet(name);
    const result = await evaluateFolder({ gold: `${set.folder}/gold`, sources: `${set.folder}/sources` });
    expect(result.f1).toBeGreaterThanOrEqual(set.floor ?? set.bar);
    for (const half of set.halves ?? []) {
      const tally = summarise(result.articles.filter((article) => isInHalf(article.file, half))).overall;
      expect(toRates(tally).f1, half.name).toBeGreaterThanOrEqual(half.floor ?? half.bar);
    }
  });
});

describe('formatSetReport', () => {
  test('prints each half with its bar and whether the set reaches its own', async () => {
    const set = findEvalSet('dev');
    const report = formatSetReport(set, await evaluateFolder({ gold: `${set.folder}/gold`, sources: `${set.folder}/sources` }), { quiet: true, files: true });
    expect(report).toMatch(/^== dev: /);
    expect(report).toMatch(/half tune \(01-07\) .* bar 0\.88 reached/);
    expect(report).toMatch(/^set F1 0\.\d{3}, bar 0\.92 /m);
    expect(report).toMatch(/^e01\.txt /m);
  });
});
