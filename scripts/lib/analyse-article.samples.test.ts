import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from '../../src/lib/companies.ts';
import { analyseArticle } from './analyse-article.ts';

// The five bundled samples against their hand-checked gold answers (copied from shared/gold).
const fixtures = join(import.meta.dirname, '../fixtures/samples');
const registry = parseCompanyRegistry(readFileSync(join(import.meta.dirname, '../../content/companies.yaml'), 'utf8'));
const golds = readdirSync(join(fixtures, 'gold'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(fixtures, 'gold', name), 'utf8')));

describe.each(golds)('sample $file', (gold) => {
  const text = readFileSync(join(fixtures, 'sources', gold.file), 'utf8');
  const result = analyseArticle({ file: gold.file, sha256: '0'.repeat(64), text }, { registry });
  if (!result.ok) throw new Error(result.reason);
  const { article } = result;

  test('title', () => {
    if (gold.title) expect(article.title).toBe(gold.title);
    else expect(article.titleSource).toBe('derived');
  });
  test('date', () => expect(article.date).toBe(gold.date));
  test('language', () => expect(article.lang).toBe(gold.lang));
  test('primary company', () => expect(article.primary).toBe(gold.primary));
  test('identifiers', () => {
    const key = (i: { type: string; value: string; exchange?: string | undefined }) => `${i.type}:${i.value}:${i.exchange ?? ''}`;
    expect(article.identifiers.map(key).sort()).toEqual(gold.identifiers.map(key).sort());
  });
  test('every gold company is found', () => {
    const ids = article.companies.map((c) => c.id);
    const expected = (gold.companies as string[]).filter((id) => id !== 'chinese-government');
    expect(ids).toEqual(expect.arrayContaining(expected));
  });
  // The first thing a new user sees: a word of a headline ("KI-Projekt", "AI-driven") with a company page of its own
  test('no company the gold does not name', () => {
    expect(article.companies.map((c) => c.id).filter((id) => !gold.companies.includes(id))).toEqual([]);
  });
});
