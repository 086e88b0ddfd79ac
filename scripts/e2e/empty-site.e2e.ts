/**
 * A site built from a folder with no sources: the build succeeds, every link works, and the search
 * page says there is nothing to search instead of offering a search that can only fail (with no
 * article page, Pagefind writes an index without a language, and its script cannot start).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchPage } from './browser.ts';
import { crawlSite } from './crawl.ts';
import { startStaticServer, type StaticServer } from './serve.ts';

const mount = '/empty/';

let work: string;
let server: StaticServer;
let browser: Browser;
let build: { status: number | null; output: string };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-empty-site-'));
  await mkdir(join(work, 'sources'));
  const args = ['run', 'build', '--', '--sources', join(work, 'sources'), '--out', join(work, 'articles'), '--dist', join(work, 'dist'), '--quiet'];
  const result = spawnSync('npm', args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  build = { status: result.status, output: `${result.stdout}${result.stderr}` };
  server = await startStaticServer(join(work, 'dist'), { mount });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('a folder without sources builds a site whose links all work', async () => {
  expect(build.status, build.output).toBe(0);
  const entry = JSON.parse(await readFile(join(work, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
  expect(Object.keys(entry.languages)).toEqual([]);
  const root = new URL(server.url);
  const crawl = await crawlSite(new URL('index.html', root), root, async (url) => {
    const response = await fetch(url);
    return response.ok ? response.text() : null;
  });
  expect(crawl.broken).toEqual([]);
  expect(crawl.pages.some((page) => page.endsWith('/search.html'))).toBe(true);
});

test('the search page of an empty site says there is nothing to search, without an error', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, new URL(server.url).origin);
  await page.goto(new URL('search.html?q=Apple', server.url).href);
  await expect.poll(() => page.locator('#search-empty').innerText()).toMatch(/no articles to search yet/);
  expect(await page.locator('#search-form').count()).toBe(0);
  expect(await page.locator('#search-status').count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
