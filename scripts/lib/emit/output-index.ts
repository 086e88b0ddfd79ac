/**
 * The output index: which MDX each serialisation input gave, so a run can keep an article the
 * previous output already holds without serialising it again. It maps a hash of everything
 * `toMdx` reads (the input itself and the extractor version, which covers the writer's code) to
 * the SHA-256 of the MDX it wrote. An article is reused only when the file in the output folder
 * has exactly those bytes, so a stale, foreign or damaged index costs time, never correctness.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import type { SerialisationInput } from '../run/ingest-jobs.ts';

/** Bump when the shape of the index file changes. */
export const outputIndexFormat = 1;

/** Input hash → SHA-256 of the MDX it gave. */
export type OutputIndex = Map<string, string>;

/**
 * The key of one serialisation input. Given the key of the analysis the input is made of (the
 * analysis cache's key: source bytes, code, registry), the input is that analysis with this
 * path and slug, so those three name it. Otherwise the input itself is hashed; V8's
 * serialisation tells apart what JSON would merge (-0 and 0, NaN and null, a missing field and
 * an undefined one), so two inputs that could give different MDX never share a key.
 */
export function toOutputKey(extractor: string, input: SerialisationInput, analysisKey?: string | undefined): string {
  const hash = createHash('sha256').update(`${extractor}\n`);
  if (analysisKey) return hash.update(`analysis\n${analysisKey}\n${input.article.source.file}\n${input.article.slug}`).digest('hex');
  return hash.update('input\n').update(serialize(input)).digest('hex');
}

/** SHA-256 of an MDX file's bytes. */
export function hashOutput(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Where the index of the output folder `outDir` lives in the cache folder. */
function indexFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, `output-index-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

/** Reads the index of `outDir`; a missing or unreadable one is empty. */
export function readOutputIndex(cacheDir: string, outDir: string): OutputIndex {
  try {
    const raw = JSON.parse(readFileSync(indexFile(cacheDir, outDir), 'utf8')) as { format: number; entries: [string, string][] };
    if (raw.format !== outputIndexFormat || !Array.isArray(raw.entries)) return new Map();
    return new Map(raw.entries.filter((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Replaces the index of `outDir` (written whole, then renamed, so a killed run never leaves half of one). */
export function writeOutputIndex(cacheDir: string, outDir: string, index: OutputIndex): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = indexFile(cacheDir, outDir);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: outputIndexFormat, entries: [...index] }));
  renameSync(temporary, file);
}

/**
 * The bytes of `file` when it is a regular file whose SHA-256 is `sha256`, else null (missing,
 * changed, a link, unreadable): the previous run's output, checked before it is kept.
 */
export function readUnchangedOutput(file: string, sha256: string | undefined): Buffer | null {
  if (sha256 === undefined) return null;
  try {
    if (!lstatSync(file).isFile()) return null;
    const bytes = readFileSync(file);
    return hashOutput(bytes) === sha256 ? bytes : null;
  } catch {
    return null;
  }
}
