import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs, toSlug } from './assign-slugs.ts';

describe('assignSlugs', () => {
  test('ASCII slugs with transliterated umlauts', () => {
    expect(assignSlugs([{ file: 'a.txt', title: 'Die Aktie fällt: Münchener Rück' }]).get('a.txt')).toBe('die-aktie-faellt-muenchener-rueck');
  });

  test('collisions are resolved the same way whatever the input order', () => {
    const items = [
      { file: 'b/2.txt', title: 'Same Title' },
      { file: 'a/1.txt', title: 'Same Title' },
      { file: 'c.txt', title: 'Other' },
    ];
    const forward = assignSlugs(items);
    const backward = assignSlugs([...items].reverse());
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort());
    expect(forward.get('a/1.txt')).toBe('same-title');
    expect(forward.get('b/2.txt')).toMatch(/^same-title-[0-9a-f]{8}$/);
    expect(new Set(forward.values()).size).toBe(3);
  });

  test('a title with no letters falls back to the file name', () => {
    expect(assignSlugs([{ file: 'notes/Q1 Zahlen.txt', title: '–' }]).get('notes/Q1 Zahlen.txt')).toBe('notes-q1-zahlen');
  });

  test('long slugs are cut at a word boundary', () => {
    const slug = toSlug('word '.repeat(50));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  test('any read order gives the same unique slugs (property)', () => {
    // Few distinct titles, so collisions are common.
    const item = fc.record({ file: fc.string({ minLength: 1, maxLength: 12 }), title: fc.constantFrom('Same Title', 'Gleicher Titel', 'Other', '', '???') });
    const items = fc.uniqueArray(item, { selector: (entry) => entry.file, maxLength: 12 });
    fc.assert(
      fc.property(items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), ([list, shuffled]) => {
        const slugs = assignSlugs(list);
        expect(assignSlugs(shuffled)).toEqual(slugs);
        expect(new Set(slugs.values()).size).toBe(list.length);
      }),
    );
  });
});
