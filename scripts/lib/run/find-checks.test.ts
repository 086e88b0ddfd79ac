import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/lib/schema.ts';
import { makeArticle, makeMetric } from '../../../src/testing/test-articles.ts';
import { findChecks } from './find-checks.ts';

const item = (file: string, article: Article) => ({ file, result: { article } });
const base = { failed: [], registryIds: new Set(['alibaba']), overridesDir: 'content/overrides/' };

describe('findChecks', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./find-checks.ts')).sort()).toEqual(['checkRules', 'findChecks']);
  });

  test('names an undated article and an article without a company, with the override to write', () => {
    const articles = [item('b.txt', makeArticle('b', { date: null, dateSource: 'none' })), item('a/c.txt', makeArticle('c', { primary: 'unassigned', companies: [] }))];
    const checks = findChecks({ ...base, extracted: articles, corrected: articles });
    expect(checks.map(({ rule, source, fix }) => [rule, source, fix])).toEqual([
      ['undated', 'b.txt', 'add `date: YYYY-MM-DD` to content/overrides/b.txt.yaml'],
      ['no-company', 'a/c.txt', 'add `primary: <company id>` to content/overrides/a/c.txt.yaml'],
    ]);
  });

  test('names a company only one article names and the registry does not list, by its role there', () => {
    const zentrafix = { id: 'zentrafix', name: 'Zentrafix', mentions: 2 };
    const tesla = { id: 'tesla', name: 'Tesla', mentions: 1 };
    const isin = { id: 'isin', name: 'ISIN', mentions: 1 };
    const articles = [
      item('z.txt', makeArticle('z', { primary: 'zentrafix', companies: [zentrafix, tesla, isin], metrics: [makeMetric({ kind: 'share_price', value: 41.2, subject: 'isin' })] })),
      item('t.txt', makeArticle('t', { primary: 'alibaba', companies: [{ id: 'alibaba', name: 'Alibaba', mentions: 1 }, tesla] })),
    ];
    const checks = findChecks({ ...base, extracted: articles, corrected: articles });
    expect(checks.map(({ rule, source, message }) => [rule, source, message])).toEqual([
      ['one-off-company', 'z.txt', 'only this article names "Zentrafix" (zentrafix), its main company, and content/companies.yaml does not list it'],
      ['one-off-company', 'z.txt', 'only this article names "ISIN" (isin), the subject of one of its figures, and content/companies.yaml does not list it'],
    ]);
    expect(checks[0]!.fix).toBe('if it is a company, add it to content/companies.yaml; if not, set `primary:` in content/overrides/z.txt.yaml');
    expect(checks[1]!.fix).toMatch(/remove its figures with `metrics: remove` in content\/overrides\/z\.txt\.yaml$/);
  });

  test('names the figures an override removed, not those it only moved to a new primary company', () => {
    const target = makeMetric({ kind: 'price_target', value: 310, subject: 'unassigned', quote: 'Target $310.' });
    const price = makeMetric({ kind: 'share_price', value: 250, subject: 'unassigned', quote: 'At $250.' });
    const extracted = [item('d.txt', makeArticle('d', { metrics: [target, price] }))];
    const corrected = [item('d.txt', makeArticle('d', { metrics: [{ ...price, subject: 'alibaba' }], corrections: { fields: ['primary', 'metrics'] } }))];
    const checks = findChecks({ ...base, extracted, corrected });
    expect(checks).toEqual([{ rule: 'figures-removed', source: 'd.txt', message: 'content/overrides/d.txt.yaml removes 1 extracted figure (price_target 310)', fix: 'check that they are wrong, or narrow `metrics: remove` in the override' }]);
  });

  test('says to pass --overrides when the run reads none', () => {
    const articles = [item('b.txt', makeArticle('b', { date: null, dateSource: 'none' }))];
    expect(findChecks({ ...base, overridesDir: null, extracted: articles, corrected: articles })[0]!.fix).toBe('add `date: YYYY-MM-DD` to an override b.txt.yaml in a folder passed as --overrides');
  });

  test('lists failed files last, with their reason, and nothing for a clean run', () => {
    const articles = [item('ok.txt', makeArticle('ok'))];
    expect(findChecks({ ...base, extracted: articles, corrected: articles })).toEqual([]);
    const failed = [{ source: 'scan.txt', reason: 'the file looks binary, not text; save it as .txt' }];
    expect(findChecks({ ...base, failed, extracted: [item('u.txt', makeArticle('u', { date: null }))], corrected: [item('u.txt', makeArticle('u', { date: null }))] }).map(({ rule }) => rule)).toEqual(['undated', 'failed']);
  });
});
