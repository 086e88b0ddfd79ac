import { expect, test } from 'vitest';
import { readArticlePage, readIndexedTexts, toIndexPage } from './to-index-page.ts';

const html =
  '<!doctype html><html lang="en"><head><title>Kursziel</title></head><body><nav>Kursziel</nav>' +
  '<main data-pagefind-body><article lang="de"><h1 data-pagefind-meta="title">Das Kursziel</h1><p>Kursziel &amp; Umsatz</p>' +
  '<div hidden data-pagefind-ignore><span data-pagefind-sort="date:2026-01-04"></span><span data-pagefind-meta="x:Kursziel"></span></div></article></main><footer>Kursziel</footer></body></html>';

test('reads the language and sort key of an article page', () => {
  const page = readArticlePage('articles/a.html', html);
  expect(page).toMatchObject({ lang: 'de', sortKey: '2026-01-04' });
  expect(readIndexedTexts(page)).toEqual(['Das Kursziel', 'Kursziel &amp; Umsatz']);
});

test("gives Pagefind the indexed part alone, under the article's language, its text transformed", () => {
  const indexed = toIndexPage(readArticlePage('articles/a.html', html), (text) => text.replace('Kursziel', 'Kurs|ziel'));
  expect(indexed).toBe(
    '<!doctype html><html lang="de"><head></head><body><main data-pagefind-body><article lang="de"><h1 data-pagefind-meta="title">Das Kurs|ziel</h1><p>Kurs|ziel &amp; Umsatz</p>' +
      '<div hidden data-pagefind-ignore><span data-pagefind-sort="date:2026-01-04"></span><span data-pagefind-meta="x:Kursziel"></span></div></article></main></body></html>',
  );
});

test('says which page cannot be indexed', () => {
  expect(() => readArticlePage('articles/b.html', '<html><body>x</body></html>')).toThrowErrorMatchingInlineSnapshot(`[Error: articles/b.html has no <article lang>, date sort key or data-pagefind-body, so it cannot be indexed for search. Rebuild the site with \`npm run build\`; if it persists, the article page template lost them.]`);
});
