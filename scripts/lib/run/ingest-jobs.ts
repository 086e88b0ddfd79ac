/**
 * The two CPU-bound steps of ingest, as per-item jobs that run the same way in the main thread
 * and in a worker (`ingest-worker.ts`), so the output never depends on where they ran.
 */
import { parseCompanyRegistry } from '../../../src/lib/companies.ts';
import type { Article } from '../../../src/lib/schema.ts';
import { analyseArticle, type AnalysisFailure, type AnalysedArticle } from '../analyse-article.ts';
import { toMdx } from '../emit/to-mdx.ts';
import type { Block, FigureSpan, SourceHints } from '../types.ts';

/** A decoded source to analyse (what `analyseArticle` reads). */
export type AnalysisInput = { file: string; sha256: string; text: string; hints: SourceHints | null; warnings: string[] };

/** An article to serialise. */
export type SerialisationInput = { article: Article; blocks: Block[]; spans: FigureSpan[] };

/** The result of one serialisation: the MDX text, or the message of the error `toMdx` threw. */
export type SerialisationResult = { ok: true; content: string } | { ok: false; message: string };

/** The jobs of one run, bound to its company registry. */
export type IngestJobs = {
  analyse: (source: AnalysisInput) => AnalysedArticle | AnalysisFailure;
  serialise: (item: SerialisationInput) => SerialisationResult;
};

/**
 * Binds the jobs to the registry text (parsed once per thread). An exception while analysing one
 * source fails that source only; the run goes on with the others.
 */
export function createIngestJobs(registryText: string): IngestJobs {
  const registry = parseCompanyRegistry(registryText);
  return {
    analyse(source) {
      try {
        return analyseArticle(source, { registry });
      } catch (error) {
        return { ok: false, reason: toCrashReason(error) };
      }
    },
    serialise({ article, blocks, spans }) {
      try {
        return { ok: true, content: toMdx(article, blocks, spans) };
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
    },
  };
}

/** The reason given for a source whose analysis threw (a bug in Dossier, not in the source). */
export function toCrashReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `the analysis stopped with an internal error (${message}); please report it with this file`;
}
