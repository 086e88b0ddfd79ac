/**
 * The analysis step of ingest: each readable source is taken from the cache when its bytes, its
 * format, the code and the registry are unchanged, and analysed otherwise (`analyseArticle` in
 * `../analyse-article.ts`), on every core (`worker-pool.ts`).
 */
import type { AnalysedArticle } from '../analyse-article.ts';
import type { createAnalysisCache } from './cache.ts';
import { toCacheKey } from './cache.ts';
import type { AnalysisInput } from './ingest-jobs.ts';
import type { SourceFile } from '../read/read-sources.ts';
import { toFormat } from '../read/to-source-text.ts';
import type { IngestPool } from './worker-pool.ts';

/**
 * What the analysis gave, in source order. Each article carries its cache key, which with its
 * path names its analysis exactly (the key covers the bytes, the code and the registry).
 */
export type AnalysedSources = { analysed: { file: string; key: string; result: AnalysedArticle }[]; failed: { source: string; reason: string }[]; reused: number };

/**
 * Analyses `sources` (cache first, then the pool) and lists articles and failures in the order
 * of `sources`, whatever order the workers finish in. New results are written to the cache.
 */
export async function analyseSources(
  sources: SourceFile[],
  options: { cache: ReturnType<typeof createAnalysisCache>; extractor: string; registryText: string; pool: IngestPool; onProgress?: (done: number, total: number) => void },
): Promise<AnalysedSources> {
  const { cache } = options;
  const keys = sources.map((source) =>
    source.ok ? toCacheKey({ sha256: source.sha256, format: toFormat(source.file), extractor: options.extractor, registry: options.registryText }) : '',
  );
  const results = sources.map((source, index) => (source.ok ? cache.read(keys[index]!, source.file) : null));
  const reused = results.filter((result) => result !== null).length;
  const missing = sources.flatMap((source, index) => (source.ok && results[index] === null ? [index] : []));
  const inputs = missing.map((index) => {
    const { file, sha256, text, hints, warnings } = sources[index] as Extract<SourceFile, { ok: true }>;
    return { file, sha256, text, hints, warnings } satisfies AnalysisInput;
  });
  const fresh = await options.pool.analyse(inputs, (done) => options.onProgress?.(reused + done, reused + missing.length));
  missing.forEach((index, position) => {
    results[index] = fresh[position]!;
    cache.write(keys[index]!, fresh[position]!);
  });
  const analysed: AnalysedSources = { analysed: [], failed: [], reused };
  sources.forEach((source, index) => {
    const result = results[index];
    if (!source.ok) analysed.failed.push({ source: source.file, reason: source.reason });
    else if (result?.ok) analysed.analysed.push({ file: source.file, key: keys[index]!, result });
    else analysed.failed.push({ source: source.file, reason: result!.reason });
  });
  return analysed;
}
