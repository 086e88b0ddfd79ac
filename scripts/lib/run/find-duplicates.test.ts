import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDuplicates } from './find-duplicates.ts';

const sources = [
  { file: 'b/copy.txt', sha256: 'x', ok: true },
  { file: 'a.txt', sha256: 'x', ok: true },
  { file: 'c.txt', sha256: 'y', ok: true },
  { file: 'empty-1.txt', sha256: 'e', ok: false },
  { file: 'empty-2.txt', sha256: 'e', ok: false },
  { file: 'z.txt', sha256: 'x', ok: true },
];

describe('findDuplicates', () => {
  test('keeps the path that sorts first; names the file each duplicate repeats; unreadable files stay', () => {
    const { unique, duplicates } = findDuplicates(sources);
    expect(unique.map((s) => s.file)).toEqual(['a.txt', 'c.txt', 'empty-1.txt', 'empty-2.txt']);
    expect(duplicates).toEqual([
      { source: 'b/copy.txt', duplicateOf: 'a.txt' },
      { source: 'z.txt', duplicateOf: 'a.txt' },
    ]);
  });

  test('every file is accounted for once, whatever the read order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sources, { minLength: sources.length }), (shuffled) => {
        const { unique, duplicates } = findDuplicates(shuffled);
        expect(new Set(unique.map((s) => s.file))).toEqual(new Set(['a.txt', 'c.txt', 'empty-1.txt', 'empty-2.txt']));
        expect(unique.length + duplicates.length).toBe(sources.length);
        expect(duplicates.every((d) => d.duplicateOf === 'a.txt')).toBe(true);
      }),
    );
  });
});
