import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { decodeText } from './decode-text.ts';

/** File endings ingest reads as articles. */
export const sourceExtensions = ['.txt', '.md'] as const;

/** One source file, read and decoded (or the reason it could not be). */
export type SourceFile =
  | { file: string; sha256: string; ok: true; text: string; encoding: string }
  | { file: string; sha256: string; ok: false; reason: string };

/** A file under the sources folder that is not an article. */
export type SkippedFile = { file: string; reason: string };

/**
 * Lists every file below `dir` (sorted, "/"-separated relative paths), reads and decodes the
 * articles, and names the rest as skipped. Throws only when `dir` itself cannot be read.
 */
export async function readSources(dir: string): Promise<{ sources: SourceFile[]; skipped: SkippedFile[] }> {
  const files = await listFiles(dir);
  const sources: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const reason = skipReason(file);
    if (reason) {
      skipped.push({ file, reason });
      continue;
    }
    sources.push(await readSource(dir, file));
  }
  return { sources, skipped };
}

async function readSource(dir: string, file: string): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, file));
  } catch (error) {
    return { file, sha256: '', ok: false, reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the file's permissions` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeText(bytes);
  return decoded.ok ? { file, sha256, ok: true, text: decoded.text, encoding: decoded.encoding } : { file, sha256, ok: false, reason: decoded.reason };
}

function skipReason(file: string): string | null {
  const name = file.split('/').pop() ?? file;
  if (file.split('/').some((part) => part.startsWith('.'))) return 'hidden file';
  const lower = name.toLowerCase();
  if (!sourceExtensions.some((ext) => lower.endsWith(ext))) {
    return `unsupported file type; Dossier reads ${sourceExtensions.join(', ')} files`;
  }
  return null;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareCodeUnits);
}

/** Locale-independent ordering so output never depends on the machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads the company registry; a missing file is an empty registry. */
export async function readRegistryText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new Error(`Could not read the company registry ${file}`, { cause: error });
  }
}
