import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from './browser-session.ts';
import { siteDir } from './site-dir.ts';
import { toArticlePath } from '../../src/lib/paths.ts';
import type { Article } from '../../src/lib/schema.ts';

// Served below a sub-path on purpose: every link and asset must be relative to work there.
const mount = '/research/dossier/';

const session = useBrowserSession({ mount });


/** The longest word of a title: distinctive enough to find its article. */
function pickSearchWord(title: string): string {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** Searches with the header box of the current page and opens the result titled `title`. */
async function searchAndOpen(word: string, title: string): Promise<void> {
  await session.page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
  await session.page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
  await session.page.waitForURL(/search\.html\?q=/);
  await expect.poll(() => session.page.getByLabel('Words, company, ticker or ISIN').inputValue()).toBe(word);
  const result = session.page.locator('.search-result-title a', { hasText: title }).first();
  await result.waitFor({ timeout: 15_000 });
  await result.click();
  await session.page.waitForURL(/\/articles\/[^/]+\.html$/);
  expect(await session.page.locator('h1').innerText()).toBe(title);
}

describe('the built site', () => {
  test('leads from the home page to an article and finds it again through search', async () => {
    await session.page.goto(`${session.server.url}index.html`);
    const link = session.page.locator('.article-list h2 a').first();
    const title = (await link.innerText()).trim();
    expect(title).not.toBe('');

    await link.click();
    await session.page.waitForURL(/\/articles\/[^/]+\.html$/);
    expect(session.page.url().startsWith(session.server.url)).toBe(true);
    expect(await session.page.locator('h1').innerText()).toBe(title);
    expect(await session.page.title()).toContain(title);

    await searchAndOpen(pickSearchWord(title), title);
  });

  // One index for every language: a search made from an English page finds German articles too.
  test('finds articles in every language from the same search', async () => {
    await session.page.goto(`${session.server.url}index.html`);
    const headings = session.page.locator('.article-list h2');
    const byLanguage = new Map<string, string>();
    for (const heading of await headings.all()) {
      const lang = await heading.getAttribute('lang');
      if (lang !== null && !byLanguage.has(lang)) byLanguage.set(lang, (await heading.innerText()).trim());
    }
    expect(byLanguage.size).toBeGreaterThan(0);

    for (const [lang, title] of byLanguage) {
      await session.page.goto(`${session.server.url}index.html`);
      await searchAndOpen(pickSearchWord(title), title);
      expect(await session.page.locator('article').getAttribute('lang')).toBe(lang);
    }
  });

  // Reading from disk; search from disk is proven in hosting.e2e.ts.
  test('can be read from disk without a server', async () => {
    await session.page.goto(pathToFileURL(`${siteDir}/index.html`).href);
    const link = session.page.locator('.article-list h2 a').first();
    const title = (await link.innerText()).trim();
    await link.click();
    await session.page.waitForURL(/\/articles\/[^/]+\.html$/);
    expect(await session.page.locator('h1').innerText()).toBe(title);
    await session.page.getByRole('link', { name: 'Dossier', exact: true }).click();
    await session.page.waitForURL(/\/index\.html$/);
    expect(await session.page.locator('h1').innerText()).toBe('Articles');
  });

  // content/overrides/ ships one correction (a sample page without a headline): it must show.
  test('says on an article page which fields were corrected by hand', async () => {
    const articles = JSON.parse(await readFile(`${siteDir}/data/articles.json`, 'utf8')) as Article[];
    const corrected = articles.filter((article) => article.corrections !== undefined);
    expect(corrected.length).toBeGreaterThan(0);
    for (const article of corrected) {
      await session.page.goto(`${session.server.url}${toArticlePath(article.slug)}`);
      expect(await session.page.locator('h1').innerText()).toBe(article.title);
      const note = await session.page.locator('.corrections').innerText();
      expect(note).toContain('Corrected by hand:');
      if (article.corrections?.fields.includes('title')) expect(note).toContain('title');
      if (article.corrections?.note) expect(note).toContain(article.corrections.note);
    }
  });

  test('serves the 404 page for a missing address', async () => {
    const response = await session.page.goto(`${session.server.url}no-such-session.page.html`);
    expect(response?.status()).toBe(404);
    expect(await session.page.locator('h1').innerText()).toBe('Page not found');
    // The browser reports the 404 status itself; that is the point of this session.page.
    session.problems = session.problems.filter((problem) => !problem.includes('404'));
  });
});
