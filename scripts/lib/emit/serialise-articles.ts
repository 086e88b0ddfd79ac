/**
 * The serialisation step of ingest: each article becomes MDX, on every core for a large run,
 * except an article whose input is unchanged since the previous run and whose file in the output
 * folder still holds what that input gave (`output-index.ts`): that file is kept as it is.
 */
import { join } from 'node:path';
import type { SerialisationInput } from '../run/ingest-jobs.ts';
import { hashOutput, readOutputIndex, readUnchangedOutput, toOutputKey, writeOutputIndex } from './output-index.ts';
import type { OutputFile } from './write-content.ts';
import type { IngestPool } from '../run/worker-pool.ts';

/** The MDX of every article, in input order, and how to remember it for the next run. */
export type SerialisedArticles = {
  /** One file per input; `unchanged` ones are the previous output's own bytes. */
  files: OutputFile[];
  /** How many were kept from the previous output. */
  kept: number;
  /** Records these files in the output index; call it once they are swapped in. */
  remember: () => void;
};

/**
 * Serialises `items` (`name` is the file name in `outDir`). An item whose input is its cached
 * analysis as it stands (no override changed it) may give its `analysisKey`: the input is then
 * named by that key, its path and slug instead of by hashing all of it. With `cacheDir` null
 * (`--no-cache`) every article is serialised and nothing is remembered. Throws the writer's message when an
 * article cannot be serialised (a bug in an earlier stage).
 */
export async function serialiseArticles(
  items: { name: string; input: SerialisationInput; analysisKey?: string | undefined }[],
  options: { outDir: string; cacheDir: string | null; extractor: string; pool: IngestPool },
): Promise<SerialisedArticles> {
  const { cacheDir, outDir } = options;
  const index = cacheDir === null ? null : readOutputIndex(cacheDir, outDir);
  const keys = index === null ? [] : items.map(({ input, analysisKey }) => toOutputKey(options.extractor, input, analysisKey));
  const previous = items.map(({ name }, position) => (index === null ? null : readUnchangedOutput(join(outDir, name), index.get(keys[position]!))));
  const missing = items.flatMap((_, position) => (previous[position] === null ? [position] : []));
  const serialised = await options.pool.serialise(missing.map((position) => items[position]!.input));
  const files: OutputFile[] = items.map(({ name }, position) => {
    const bytes = previous[position];
    return bytes ? { name, content: bytes, unchanged: true } : { name, content: '' };
  });
  missing.forEach((position, at) => {
    const result = serialised[at]!;
    if (!result.ok) throw new Error(result.message);
    files[position]!.content = result.content;
  });
  return {
    files,
    kept: items.length - missing.length,
    remember() {
      if (cacheDir === null) return;
      // Only this run's articles: the index never grows past one entry per article.
      writeOutputIndex(cacheDir, outDir, new Map(files.map((file, position) => [keys[position]!, file.unchanged ? index!.get(keys[position]!)! : hashOutput(file.content)])));
    },
  };
}
