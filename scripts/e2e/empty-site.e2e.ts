/**
 * A site built from a folder with no sources: the build succeeds, every link works, and the search
 * page says there is nothing to search instead of offering a search that can only fail (with no
 * article page, Pagefind writes an index without a language, and its script cannot start).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { watchPage } from '../browser/browser.ts';
import { crawlSite } from './crawl.ts';
import { useThrowawaySite } from './throwaway-site.ts';

const site = useThrowawaySite({
  name: 'empty-site',
  mount: '/empty/',
  prepare: (work) => mkdir(join(work, 'sources')).then(() => undefined),
  buildFlags: (work) => ['--sources', join(work, 'sources')],
});

test('a folder without sources builds a site whose links all work', async () => {
  expect(site.build.status, site.build.output).toBe(0);
  const entry = JSON.parse(await readFile(join(site.work, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
  expect(Object.keys(entry.languages)).toEqual([]);
  const root = new URL(site.server.url);
  const crawl = await crawlSite(new URL('index.html', root), root, async (url) => {
    const response = await fetch(url);
    return response.ok ? response.text() : null;
  });
  expect(crawl.broken).toEqual([]);
  expect(crawl.pages.some((page) => page.endsWith('/search.html'))).toBe(true);
});

test('the search page of an empty site says there is nothing to search, without an error', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL('search.html?q=Apple', site.server.url).href);
  await expect.poll(() => page.locator('#search-empty').innerText()).toMatch(/no articles to search yet/);
  expect(await page.locator('#search-form').count()).toBe(0);
  expect(await page.locator('#search-status').count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('the home page and the build say where to put the articles', async () => {
  expect(site.build.stdout).toMatch(/\[dossier\] No articles yet: put your clippings \(\.txt, \.md or \.html files, one article each\) into .*\/sources\/ and run `npm run build` again\./);
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('index.html', site.server.url).href);
  expect(await page.getByRole('heading', { name: 'No articles yet' }).count()).toBe(1);
  expect(await page.locator('.empty-site').innerText()).toContain('content/sources/');
  await context.close();
});
