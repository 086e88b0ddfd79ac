import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage } from './browser.ts';
import { startStaticServer, type StaticServer } from './serve.ts';
import { siteDir } from './site-dir.ts';
import { toArticlePath } from '../../src/lib/paths.ts';
import type { Article } from '../../src/lib/schema.ts';

// Served below a sub-path on purpose: every link and asset must be relative to work there.
const mount = '/research/dossier/';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  server = await startStaticServer(siteDir, { mount });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  problems = await watchPage(page, new URL(server.url).origin);
});

afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

/** The longest word of a title: distinctive enough to find its article. */
function pickSearchWord(title: string): string {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** Searches with the header box of the current page and opens the result titled `title`. */
async function searchAndOpen(word: string, title: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
  await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
  await page.waitForURL(/search\.html\?q=/);
  await expect.poll(() => page.getByLabel('Words, company, ticker or ISIN').inputValue()).toBe(word);
  const result = page.locator('.search-result-title a', { hasText: title }).first();
  await result.waitFor({ timeout: 15_000 });
  await result.click();
  await page.waitForURL(/\/articles\/[^/]+\.html$/);
  expect(await page.locator('h1').innerText()).toBe(title);
}

describe('the built site', () => {
  test('leads from the home page to an article and finds it again through search', async () => {
    await page.goto(`${server.url}index.html`);
    const link = page.locator('.article-list h2 a').first();
    const title = (await link.innerText()).trim();
    expect(title).not.toBe('');

    await link.click();
    await page.waitForURL(/\/articles\/[^/]+\.html$/);
    expect(page.url().startsWith(server.url)).toBe(true);
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.title()).toContain(title);

    await searchAndOpen(pickSearchWord(title), title);
  });

  // One index for every language: a search made from an English page finds German articles too.
  test('finds articles in every language from the same search', async () => {
    await page.goto(`${server.url}index.html`);
    const headings = page.locator('.article-list h2');
    const byLanguage = new Map<string, string>();
    for (const heading of await headings.all()) {
      const lang = await heading.getAttribute('lang');
      if (lang !== null && !byLanguage.has(lang)) byLanguage.set(lang, (await heading.innerText()).trim());
    }
    expect(byLanguage.size).toBeGreaterThan(0);

    for (const [lang, title] of byLanguage) {
      await page.goto(`${server.url}index.html`);
      await searchAndOpen(pickSearchWord(title), title);
      expect(await page.locator('article').getAttribute('lang')).toBe(lang);
    }
  });

  // Reading from disk; search from disk is proven in hosting.e2e.ts.
  test('can be read from disk without a server', async () => {
    await page.goto(pathToFileURL(`${siteDir}/index.html`).href);
    const link = page.locator('.article-list h2 a').first();
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/articles\/[^/]+\.html$/);
    expect(await page.locator('h1').innerText()).toBe(title);
    await page.getByRole('link', { name: 'Dossier', exact: true }).click();
    await page.waitForURL(/\/index\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Articles');
  });

  // content/overrides/ ships one correction (a sample page without a headline): it must show.
  test('says on an article page which fields were corrected by hand', async () => {
    const articles = JSON.parse(await readFile(`${siteDir}/data/articles.json`, 'utf8')) as Article[];
    const corrected = articles.filter((article) => article.corrections !== undefined);
    expect(corrected.length).toBeGreaterThan(0);
    for (const article of corrected) {
      await page.goto(`${server.url}${toArticlePath(article.slug)}`);
      expect(await page.locator('h1').innerText()).toBe(article.title);
      const note = await page.locator('.corrections').innerText();
      expect(note).toContain('Corrected by hand:');
      if (article.corrections?.fields.includes('title')) expect(note).toContain('title');
      if (article.corrections?.note) expect(note).toContain(article.corrections.note);
    }
  });

  test('serves the 404 page for a missing address', async () => {
    const response = await page.goto(`${server.url}no-such-page.html`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    // The browser reports the 404 status itself; that is the point of this page.
    problems = problems.filter((problem) => !problem.includes('404'));
  });
});
