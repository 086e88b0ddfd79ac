import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from '../../../src/lib/companies.ts';
import { analyseArticle, type AnalysedArticle } from '../analyse-article.ts';
import { computeExtractorVersion, createAnalysisCache, toCacheKey } from './cache.ts';

const file = '000_bd7816fc1dee6379.txt';
const text = readFileSync(join(import.meta.dirname, '../../fixtures/samples/sources', file), 'utf8');
const registry = parseCompanyRegistry(readFileSync(join(import.meta.dirname, '../../../content/companies.yaml'), 'utf8'));
const analysed = analyseArticle({ file, sha256: 'a'.repeat(64), text }, { registry }) as AnalysedArticle;
const key = toCacheKey({ sha256: 'a'.repeat(64), format: 'text', extractor: 'v1', registry: '' });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
});
// Each test's folder goes with it, so runs leave nothing in the temporary folder
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('analysis cache', () => {
  test('the key changes with the source, its format, the extractor version and the registry, not with the path', () => {
    const keys = [
      key,
      toCacheKey({ sha256: 'b'.repeat(64), format: 'text', extractor: 'v1', registry: '' }),
      toCacheKey({ sha256: 'a'.repeat(64), format: 'html', extractor: 'v1', registry: '' }),
      toCacheKey({ sha256: 'a'.repeat(64), format: 'text', extractor: 'v2', registry: '' }),
      toCacheKey({ sha256: 'a'.repeat(64), format: 'text', extractor: 'v1', registry: 'companies: []' }),
    ];
    expect(new Set(keys).size).toBe(5);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the extractor version is a stable hash of the code', () => {
    expect(computeExtractorVersion()).toBe(computeExtractorVersion());
    expect(computeExtractorVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  test('an entry reads back equal to what was analysed; an identical file elsewhere gets its own path', () => {
    const cache = createAnalysisCache(dir);
    expect(cache.read(key, file)).toBeNull();
    cache.write(key, analysed);
    expect(readdirSync(dir)).toEqual([`${key}.json`]);
    expect(cache.read(key, file)).toEqual(analysed);
    const moved = cache.read(key, 'archive/copy.txt');
    expect(moved).toEqual({ ...analysed, article: { ...analysed.article, source: { ...analysed.article.source, file: 'archive/copy.txt' } } });
    cache.write(key, { ok: false, reason: 'no article text left' });
    expect(cache.read(key, file)).toEqual({ ok: false, reason: 'no article text left' });
  });

  // What this code writes for `key`, with the analysis part replaced by `json` and the digest
  // either recomputed (an edit that keeps the envelope) or kept (damage)
  const entry = (json: string, digest: 'recomputed' | 'kept') => {
    const sha256 = digest === 'recomputed' ? createHash('sha256').update(json).digest('hex') : createHash('sha256').update(JSON.stringify(analysed)).digest('hex');
    return `${JSON.stringify({ key, sha256 })}\n${json}`;
  };

  test.each([
    ['not JSON', '{"key": "'],
    ['empty', ''],
    ['null', 'null'],
    ['the old format, one JSON object', () => JSON.stringify({ key, result: analysed })],
    ['another key', () => entry(JSON.stringify(analysed), 'recomputed').replace(key, 'b'.repeat(64))],
    ['a changed article', () => entry(JSON.stringify({ ...analysed, article: { ...analysed.article, date: 'soon' } }), 'kept')],
    ['a truncated analysis', () => entry(JSON.stringify(analysed).slice(0, -40), 'kept')],
    ['an analysis that is not JSON', () => entry('{"ok": tru', 'recomputed')],
  ])('a corrupt entry (%s) is ignored', (_, content) => {
    writeFileSync(join(dir, `${key}.json`), typeof content === 'function' ? content() : content);
    expect(createAnalysisCache(dir).read(key, file)).toBeNull();
  });

  test('an entry is its key and digest, then the analysis as JSON', () => {
    createAnalysisCache(dir).write(key, analysed);
    expect(readFileSync(join(dir, `${key}.json`), 'utf8')).toBe(entry(JSON.stringify(analysed), 'recomputed'));
  });

  test('without a folder (--no-cache) nothing is read or stored', () => {
    const cache = createAnalysisCache(null);
    cache.write(key, analysed);
    expect(cache.read(key, file)).toBeNull();
  });
});
