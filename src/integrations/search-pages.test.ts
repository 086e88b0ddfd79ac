import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { toArticlePath } from '../lib/paths.ts';
import { articlesFolder } from '../node/search-index/read-article-pages.ts';

// The index reads only the article pages (`articlesFolder`); a page elsewhere marked `data-pagefind-body` would silently
// be left out of search. The mark must stay on the article page, which the glob covers.
test('only the article page is marked as a search result, and the indexed pages are the articles', async () => {
  const source = new URL('../', import.meta.url);
  const entries = await readdir(source, { recursive: true, withFileTypes: true });
  const marked: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path, 'utf8')).includes('data-pagefind-body')) marked.push(path.slice(source.pathname.length));
  }
  expect(marked).toEqual(['pages/articles/[slug].astro']);
  expect(toArticlePath('*')).toBe(`${articlesFolder}/*.html`);
});
