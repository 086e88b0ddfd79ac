/**
 * Reads the built article pages for the search index (Node only).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareText } from '../../lib/compare.ts';
import { mapLimited } from '../map-limited.ts';
import { readArticlePage, type ArticlePage } from './to-index-page.ts';

/** The folder of the article pages, the only pages marked `data-pagefind-body`. */
export const articlesFolder = 'articles';

const readConcurrency = 16;

/**
 * Returns every article page (`articles/*.html` with `data-pagefind-body`) under `siteDir`, sorted
 * by path. Other pages are never indexed: `src/integrations/search-pages.test.ts` keeps the mark
 * on the article page alone, and reading only these writes the index for less time and memory.
 */
export async function readArticlePages(siteDir: string): Promise<ArticlePage[]> {
  const folder = join(siteDir, articlesFolder);
  const names = (await readdir(folder, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => entry.name)
    .sort(compareText);
  const pages = await mapLimited(names, readConcurrency, async (name) => {
    const html = await readFile(join(folder, name), 'utf8');
    return html.includes('data-pagefind-body') ? readArticlePage(`${articlesFolder}/${name}`, html) : null;
  });
  return pages.filter((page) => page !== null);
}
