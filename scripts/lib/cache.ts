import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../../src/lib/schema.ts';
import type { AnalysisFailure, AnalyzedArticle } from './build-article.ts';

/** Default cache folder: ignored by git and removed with `node_modules`. */
export const defaultCacheDir = 'node_modules/.cache/dossier';

/** Bump when the shape of a cache entry changes. */
export const cacheFormat = 1;

/** What the analysis of one source produced, as stored in the cache. */
export type CachedAnalysis = AnalyzedArticle | AnalysisFailure;

const blockSchema = z.union([
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
]);
const spanSchema = z.object({
  block: z.number().int().nonnegative(),
  item: z.number().int().nonnegative().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  metric: z.number().int().nonnegative().nullable(),
  kind: z.string().min(1),
});
const entrySchema = z.object({
  key: z.string(),
  result: z.union([
    z.object({ ok: z.literal(true), article: articleSchema.omit({ slug: true }), blocks: z.array(blockSchema), spans: z.array(spanSchema), warnings: z.array(z.string()) }),
    z.object({ ok: z.literal(false), reason: z.string().min(1) }),
  ]),
});

// The code that turns a source into an article: any change to it must miss the cache.
const codeFolders = [join(import.meta.dirname), join(import.meta.dirname, '../../src/lib')];
const lockFile = join(import.meta.dirname, '../../package-lock.json');

/**
 * Version of the extraction: a hash of every non-test module of `scripts/lib` and `src/lib`, of
 * `package-lock.json` (dependency versions) and of `cacheFormat`. Editing any extractor changes it,
 * so nobody has to remember to bump a constant.
 */
export function computeExtractorVersion(): string {
  const hash = createHash('sha256').update(`format ${cacheFormat}\n`);
  for (const folder of codeFolders) {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(`${relative(folder, file).split(sep).join('/')}\n`).update(readFileSync(file));
  }
  hash.update(readOptional(lockFile));
  return hash.digest('hex');
}

/**
 * The cache key of one source: its bytes' hash, the extraction version and the company registry
 * (which changes ids and names). The path is not part of it: a moved file is reused.
 */
export function toCacheKey(parts: { sha256: string; extractor: string; registry: string }): string {
  return createHash('sha256').update(`${parts.extractor}\n${parts.sha256}\n${createHash('sha256').update(parts.registry).digest('hex')}`).digest('hex');
}

/** Reads and writes analysed sources under `dir`; with `dir` null it stores nothing. */
export function createAnalysisCache(dir: string | null): {
  read: (key: string, file: string) => CachedAnalysis | null;
  write: (key: string, result: CachedAnalysis) => void;
} {
  const pathOf = (key: string) => join(dir ?? '', `${key}.json`);
  return {
    read(key, file) {
      if (dir === null) return null;
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(pathOf(key), 'utf8'));
      } catch {
        return null; // missing or corrupt: analyse again
      }
      if (!entrySchema.safeParse(raw).success || (raw as { key: string }).key !== key) return null;
      const result = (raw as { result: CachedAnalysis }).result;
      // The entry may come from an identical file elsewhere; the article names this one.
      return result.ok ? { ...result, article: { ...result.article, source: { ...result.article.source, file } } } : result;
    },
    write(key, result) {
      if (dir === null) return;
      mkdirSync(dir, { recursive: true });
      // Written whole, then renamed: a killed run never leaves a half-written entry.
      const temporary = `${pathOf(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ key, result }));
      renameSync(temporary, pathOf(key));
    },
  };
}

function readOptional(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return '';
  }
}
