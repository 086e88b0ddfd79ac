import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from '../../src/lib/companies.ts';
import { analyseArticle } from '../lib/analyse-article.ts';
import { scoreArticle, type Tally } from '../lib/eval/score.ts';
import { extractIdentifiers, isValidIsin } from '../lib/extract/extract-identifiers.ts';
import { createRandom } from './create-random.ts';
import { createCompanies, toIsin } from './create-companies.ts';
import { generateCorpus } from './generate-corpus.ts';

describe('generateCorpus', () => {
  test('the same seed gives the same bytes, another seed other bytes', () => {
    const text = (seed: number) => generateCorpus({ articles: 30, seed }).articles.map((a) => `${a.file}\n${a.text}`).join('\0');
    expect(text(7)).toBe(text(7));
    expect(text(8)).not.toBe(text(7));
  });

  test('mixes languages, page shapes and file types like the samples', () => {
    const { articles } = generateCorpus({ articles: 400, seed: 3 });
    const share = (predicate: (a: (typeof articles)[number]) => boolean) => articles.filter(predicate).length / articles.length;
    expect(share((a) => a.lang === 'en')).toBeGreaterThan(0.52);
    expect(share((a) => a.lang === 'en')).toBeLessThan(0.68);
    expect(share((a) => a.file.endsWith('.md'))).toBeGreaterThan(0.1);
    expect(new Set(articles.map((a) => `${a.lang}:${a.format}`)).size).toBe(8);
    expect(new Set(articles.map((a) => a.file.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.company.id)).size).toBeGreaterThan(100);
    const sizes = articles.map((a) => Buffer.byteLength(a.text)).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThan(600);
    expect(sizes.at(-1)).toBeLessThan(9000);
  });

  test('ingest finds the publication date each article is meant to carry', () => {
    const { articles } = generateCorpus({ articles: 60, seed: 5 });
    expect(articles.some((a) => a.date === null)).toBe(true);
    const found = articles.filter((a) => analyse(a.file, a.text)?.article.date === a.date);
    expect(found.length / articles.length).toBeGreaterThanOrEqual(0.95);
  });

  test('the ingest pipeline finds the figures the generator planted', () => {
    const { articles } = generateCorpus({ articles: 80, seed: 11 });
    const tallies: Record<string, Tally> = {};
    for (const article of articles) {
      const predicted = analyse(article.file, article.text)?.article.metrics ?? [];
      for (const [kind, tally] of Object.entries(scoreArticle(article.file, predicted, article.metrics).tallies)) {
        const total = (tallies[kind] ??= { tp: 0, fp: 0, fn: 0 });
        total.tp += tally.tp;
        total.fp += tally.fp;
        total.fn += tally.fn;
      }
    }
    const recall = (kinds: string[]) => {
      const tp = kinds.reduce((sum, kind) => sum + (tallies[kind]?.tp ?? 0), 0);
      const fn = kinds.reduce((sum, kind) => sum + (tallies[kind]?.fn ?? 0), 0);
      return tp / (tp + fn);
    };
    const extras = Object.values(tallies).reduce((sum, tally) => sum + tally.fp, 0);
    const found = Object.values(tallies).reduce((sum, tally) => sum + tally.tp, 0);
    expect(recall(['price_target'])).toBeGreaterThanOrEqual(0.9);
    expect(recall(['share_price', 'share_price_change'])).toBeGreaterThanOrEqual(0.9);
    expect(recall(Object.keys(tallies))).toBeGreaterThanOrEqual(0.9);
    expect(extras / (found + extras)).toBeLessThan(0.05);
  });
});

describe('createCompanies', () => {
  test('gives unique ids and tickers, and ISINs with valid check digits that ingest recognises', () => {
    const companies = createCompanies(createRandom(1), 200);
    expect(new Set(companies.map((c) => c.id)).size).toBe(200);
    expect(new Set(companies.map((c) => `${c.exchange}:${c.ticker}`)).size).toBe(200);
    for (const company of companies) {
      expect(isValidIsin(company.isin), company.isin).toBe(true);
      expect(extractIdentifiers(`${company.name} ${company.isin}`)).toContainEqual({ type: 'isin', value: company.isin });
    }
  });

  test('toIsin appends the one valid check digit', () => {
    expect(toIsin('US01609W102')).toBe('US01609W1027');
    expect(toIsin('DE000716460')).toBe('DE0007164600');
  });
});

const registry = parseCompanyRegistry('');
function analyse(file: string, text: string) {
  const result = analyseArticle({ file, sha256: '0'.repeat(64), text: text.replace(/^\uFEFF/, '') }, { registry });
  return result.ok ? result : null;
}
