import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AnalysisFailure, AnalysedArticle } from '../analyse-article.ts';

/** Default cache folder: ignored by git and removed with `node_modules`. */
export const defaultCacheDir = 'node_modules/.cache/dossier';

/** Bump when the shape of a cache entry changes. */
export const cacheFormat = 2;

/** What the analysis of one source produced, as stored in the cache. */
export type CachedAnalysis = AnalysedArticle | AnalysisFailure;

// The code that turns a source into an article: any change to it must miss the cache.
const codeFolders = [join(import.meta.dirname, '..'), join(import.meta.dirname, '../../../src/lib')];
const lockFile = join(import.meta.dirname, '../../../package-lock.json');

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
 * The cache key of one source: its bytes' hash, the format its name gives (which reader turns the
 * bytes into text: the same bytes as `.txt` and as `.html` read differently), the extraction
 * version and the company registry (which changes ids and names). The rest of the path is not
 * part of it: a moved file is reused, a file renamed to another format is analysed again.
 */
export function toCacheKey(parts: { sha256: string; format: string | null; extractor: string; registry: string }): string {
  const registry = createHash('sha256').update(parts.registry).digest('hex');
  return createHash('sha256').update(`${parts.extractor}\n${parts.sha256}\n${parts.format ?? 'none'}\n${registry}`).digest('hex');
}

/**
 * Reads and writes analysed sources under `dir`; with `dir` null it stores nothing.
 *
 * An entry is a header line (`{"key":…,"sha256":…}`) and the analysis as JSON, whose SHA-256 the
 * header holds. The key covers the source, the registry and the code that analysed it (schema
 * included), so an entry that carries its key and its digest is exactly what this code wrote for
 * this source and is taken as it is, without checking its shape field by field: a truncated,
 * damaged or edited entry fails the digest (or the JSON) and is analysed again.
 */
export function createAnalysisCache(dir: string | null): {
  read: (key: string, file: string) => CachedAnalysis | null;
  write: (key: string, result: CachedAnalysis) => void;
} {
  const pathOf = (key: string) => join(dir ?? '', `${key}.json`);
  return {
    read(key, file) {
      if (dir === null) return null;
      let result: CachedAnalysis;
      try {
        const raw = readFileSync(pathOf(key), 'utf8');
        const lineEnd = raw.indexOf('\n');
        const header = JSON.parse(raw.slice(0, lineEnd)) as { key?: unknown; sha256?: unknown } | null;
        const json = raw.slice(lineEnd + 1);
        if (lineEnd === -1 || header?.key !== key || header.sha256 !== createHash('sha256').update(json).digest('hex')) return null;
        result = JSON.parse(json) as CachedAnalysis;
      } catch {
        return null; // missing or corrupt: analyse again
      }
      // The entry may come from an identical file elsewhere; the article names this one.
      return result.ok ? { ...result, article: { ...result.article, source: { ...result.article.source, file } } } : result;
    },
    write(key, result) {
      if (dir === null) return;
      mkdirSync(dir, { recursive: true });
      const json = JSON.stringify(result);
      // Written whole, then renamed: a killed run never leaves a half-written entry.
      const temporary = `${pathOf(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ key, sha256: createHash('sha256').update(json).digest('hex') })}\n${json}`);
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
