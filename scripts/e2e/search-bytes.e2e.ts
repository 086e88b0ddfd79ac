/**
 * What a reader's first search downloads from the built sample site, counted the way the
 * benchmark counts it (`scripts/bench/measure/measure-first-search.ts`). Sizes, not times.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/lib/to-json-export.ts';
import { measureFirstSearch } from '../bench/measure/measure-first-search.ts';
import { siteDir } from './site-dir.ts';

test('a first search loads the page, search.js and only the parts of Pagefind a search needs', async () => {
  const articles: ArticleRecord[] = JSON.parse(await readFile(`${siteDir}/data/articles.json`, 'utf8'));
  const company = articles[0]!.companies.find((mention) => mention.id === articles[0]!.primary)!;
  const query = company.name.split(' ')[0]!;
  const first = await measureFirstSearch(siteDir, { query, searchPage: 'search.html', resultSelector: '.search-result' });
  const files = first.files ?? [];
  console.info(
    `first search for "${query}": ${first.requests} requests, ${first.bytes} bytes, ${first.gzipBytes} gzipped\n` +
      files.map((file) => `${String(file.bytes).padStart(7)} ${String(file.gzipBytes).padStart(7)}  ${file.url}`).join('\n'),
  );

  const paths = files.map((file) => file.url.replace(/\?.*$/, ''));
  expect(paths).toEqual(expect.arrayContaining(['search.html', 'search.js', 'pagefind/dossier-search.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind']));
  // One runtime, one entry file and one WebAssembly file for every language.
  for (const once of ['pagefind/dossier-search.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind']) expect(paths.filter((path) => path === once)).toEqual([once]);
  expect(paths.filter((path) => /^pagefind\/pagefind\.(de|en)_\w+\.pf_meta$/.test(path)).length).toBe(2);
  expect(paths.some((path) => path.startsWith('pagefind/index/'))).toBe(true);
  expect(paths.some((path) => path.startsWith('pagefind/fragment/'))).toBe(true);
  // Not Pagefind's stock UIs or its worker, not the offline bundle, no filter data before a filter is opened.
  expect(paths.filter((path) => /pagefind-(ui|component-ui|modular-ui|highlight|worker)|pagefind\.js|wasm\.(de|en)\.|\/offline\/|\/filter\//.test(path))).toEqual([]);
  // At most five results show at first, each one fragment download.
  expect(first.results).toBeGreaterThan(0);
  expect(first.results).toBeLessThanOrEqual(5);
  expect(paths.filter((path) => path.startsWith('pagefind/fragment/')).length).toBeLessThanOrEqual(first.results);
  // Issue #7 asks for 150 KB at 10,000 articles (see docs/performance.md); five
  // articles must stay well below it.
  expect(first.gzipBytes).toBeLessThan(150 * 1024);
});
