import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTree } from '../../scripts/fixtures/tree.ts';
import { replaceFile } from './replace-file.ts';
import { fillKeptPages, stageKeptPages } from './stage-kept-pages.ts';

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// The previous site and an empty folder the next build renders into.
function folders(): { previous: string; next: string } {
  const work = mkdtempSync(join(tmpdir(), 'dossier-stage-'));
  const previous = join(work, 'dist');
  for (const page of ['index.html', 'articles/a.html', 'articles/b.html', 'data/companies/x.csv']) put(join(previous, page), `old ${page}`);
  symlinkSync('/etc/hostname', join(previous, 'articles/link.html'));
  mkdirSync(join(work, 'next'));
  return { previous, next: join(work, 'next') };
}

describe('carrying kept pages into the new folder', () => {
  test('placeholders first; after Astro, skipped pages are the previous files, rendered ones stay, unwritten ones go', async () => {
    const { previous, next } = folders();
    const before = readTree(previous);
    const kept = new Set(['articles/a.html', 'articles/b.html', 'data/companies/x.csv', 'articles/link.html', 'articles/missing.html']);
    const placed = stageKeptPages(next, previous, kept);
    // Only regular files of the previous site: never a link, never a page it lacks.
    expect([...placed].sort()).toEqual(['articles/a.html', 'articles/b.html', 'data/companies/x.csv']);
    expect(statSync(join(next, 'articles/a.html')).size).toBe(0);

    // Astro renders b (its data changed) into its placeholder, skips a, and no longer outputs x.csv.
    writeFileSync(join(next, 'articles/b.html'), 'new b');
    const written = new Set([join(next, 'articles/a.html'), join(next, 'articles/b.html')]);
    expect(fillKeptPages(next, previous, placed, written)).toEqual({ linked: 1, removed: 1 });
    expect(readFileSync(join(next, 'articles/a.html'), 'utf8')).toBe('old articles/a.html');
    expect(statSync(join(next, 'articles/a.html')).ino).toBe(statSync(join(previous, 'articles/a.html')).ino);
    expect(readFileSync(join(next, 'articles/b.html'), 'utf8')).toBe('new b');
    expect(existsSync(join(next, 'data'))).toBe(false);
    // The previous site is as it was, whatever was rendered into the new folder.
    expect(readTree(previous)).toEqual(before);
  });

  test('a linked page rewritten after Astro is replaced, so the previous site keeps its bytes', async () => {
    const { previous, next } = folders();
    const placed = stageKeptPages(next, previous, new Set(['articles/a.html']));
    fillKeptPages(next, previous, placed, new Set([join(next, 'articles/a.html')]));
    await replaceFile(join(next, 'articles/a.html'), 'rewritten');
    expect(readFileSync(join(next, 'articles/a.html'), 'utf8')).toBe('rewritten');
    expect(readFileSync(join(previous, 'articles/a.html'), 'utf8')).toBe('old articles/a.html');
  });
});
