import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from './analyse-article.ts';

// Market reports written for this test (top/flop lists, index and currency levels, glued ads and
// link text, two-digit-year date lines), with no registry: every company page must be a company.
// Written after the rules they test, so they show the rules run, not that they generalise.
const root = join(import.meta.dirname, '../fixtures/market-reports');
const cases = readdirSync(root).sort();
const key = (i: { type: string; value: string; exchange?: string | undefined }) => `${i.type}:${i.value}:${i.exchange ?? ''}`;

function analyse(name: string) {
  const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
  const result = analyseArticle({ file: 'input.txt', sha256: '0'.repeat(64), text }, { registry: [] });
  if (!result.ok) throw new Error(result.reason);
  return { article: result.article, expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) };
}

describe.each(cases)('market report %s', (name) => {
  const { article, expected } = analyse(name);

  test('title, date, language, primary', () => {
    expect({ title: article.title, date: article.date, lang: article.lang, primary: article.primary }).toEqual({
      title: expected.title,
      date: expected.date,
      lang: expected.lang,
      primary: expected.primary,
    });
  });

  test('no company page is a non-company', () => {
    expect(article.companies.map((c) => c.id).filter((id) => !expected.companies.includes(id))).toEqual([]);
  });

  test('identifiers, none from an ad', () => {
    expect(article.identifiers.map(key).sort()).toEqual(expected.identifiers.map(key).sort());
  });
});

test('the corpus has at least 20 reports and most of their companies are found', () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
  const counts = cases.map(analyse).map(({ article, expected }) => ({ found: expected.companies.filter((id: string) => article.companies.some((c) => c.id === id)).length, total: expected.companies.length }));
  const recall = counts.reduce((sum, c) => sum + c.found, 0) / counts.reduce((sum, c) => sum + c.total, 0);
  expect(recall).toBeGreaterThanOrEqual(0.85);
});
