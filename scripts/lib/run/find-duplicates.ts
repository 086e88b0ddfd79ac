import { compareText } from '../../../src/lib/compare.ts';

/** A source whose bytes are identical to another's, and the file it repeats. */
export type Duplicate = { source: string; duplicateOf: string };

/**
 * Splits readable sources into the ones to analyse and exact duplicates (same SHA-256 of the raw
 * bytes). Of identical files the one whose path sorts first is kept, whatever order they come in.
 * Unreadable sources are always kept: each is reported as failed on its own.
 *
 * @example findDuplicates([{ file: 'b.txt', sha256: 'x', ok: true }, { file: 'a.txt', sha256: 'x', ok: true }])
 * // { unique: [a.txt], duplicates: [{ source: 'b.txt', duplicateOf: 'a.txt' }] }
 */
export function findDuplicates<T extends { file: string; sha256: string; ok: boolean }>(sources: T[]): { unique: T[]; duplicates: Duplicate[] } {
  const first = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => compareText(a.file, b.file))) {
    if (source.ok && !first.has(source.sha256)) first.set(source.sha256, source.file);
  }
  const unique: T[] = [];
  const duplicates: Duplicate[] = [];
  for (const source of sources) {
    const kept = source.ok ? first.get(source.sha256) : undefined;
    if (kept === undefined || kept === source.file) unique.push(source);
    else duplicates.push({ source: source.file, duplicateOf: kept });
  }
  return { unique, duplicates };
}
