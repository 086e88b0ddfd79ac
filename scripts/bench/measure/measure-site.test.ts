import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { measureSite } from './measure-site.ts';

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'dossier-measure-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

describe('measureSite', () => {
  test('sums the folder, the index and the article pages of a site with many files', async () => {
    // More pages than files it opens at once, each a different size
    const pages = Array.from({ length: 150 }, (_, i) => `<p>${'word '.repeat(i + 1)}</p>`);
    pages.forEach((text, i) => write(`articles/a${i}.html`, text));
    write('index.html', 'x'.repeat(5000));
    write('pagefind/pagefind.js', 'y'.repeat(300));
    const sizes = await measureSite(dist, { indexFolder: 'pagefind', isArticle: (path) => path.startsWith('articles/') });
    const gzipped = pages.map((text) => gzipSync(text).length).sort((a, b) => a - b);
    expect(sizes.files).toBe(152);
    expect(sizes.htmlPages).toBe(151);
    expect(sizes.articlePages).toBe(150);
    expect(sizes.indexBytes).toBe(300);
    expect(sizes.distBytes).toBe(5300 + pages.reduce((sum, text) => sum + text.length, 0));
    expect(sizes.articleGzipMaxBytes).toBe(gzipped.at(-1));
    expect(sizes.articleGzipMedianBytes).toBe((gzipped[74]! + gzipped[75]!) / 2);
    expect(sizes.largestPage).toEqual({ path: 'index.html', bytes: 5000 });
  });
});
