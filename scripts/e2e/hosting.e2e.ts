/**
 * One dist/ in three homes: served at the web root, served under a sub-path by a server that
 * knows nothing of the site, and opened from disk in a folder with spaces and umlauts. Served
 * homes send the Content-Security-Policy of docs/hosting.md.
 */
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { formatLanguage } from '../../src/lib/format.ts';
import { languages, type Language } from '../../src/lib/schema.ts';
import { launchBrowser, watchPage } from '../browser/browser.ts';
import { crawlSite, type CrawlResult, type ReadUrl } from './crawl.ts';
import { startServerWithHeaders } from './serve-with-headers.ts';
import type { StaticServer } from '../browser/serve.ts';
import { siteDir } from './site-dir.ts';

type Home = { name: string; root: URL; read: ReadUrl; origin: string; crawl?: CrawlResult };

const subPath = '/deep/sub path/research/';
const headers = { 'content-security-policy': contentSecurityPolicy };

let browser: Browser;
let servers: StaticServer[] = [];
let diskCopy: string;
const homes: Home[] = [];

const readServed: ReadUrl = async (url) => {
  const response = await fetch(url);
  return response.status === 200 ? response.text() : null;
};

// A folder URL shows a listing from file://, so only a file counts.
const readDisk: ReadUrl = async (url) => {
  const path = fileURLToPath(url);
  const found = await stat(path).catch(() => null);
  return found?.isFile() ? readFile(path, 'utf8') : null;
};

beforeAll(async () => {
  servers = [
    await startServerWithHeaders(siteDir, { mount: '/', headers }),
    await startServerWithHeaders(siteDir, { mount: subPath, headers }),
  ];
  diskCopy = await mkdtemp(join(tmpdir(), 'dossier-hosting-'));
  const folder = join(diskCopy, 'Ordner mit Leerzeichen äöü', 'dossier');
  await cp(siteDir, folder, { recursive: true });
  homes.push(
    { name: homeNames[0], root: new URL(servers[0]!.url), read: readServed, origin: new URL(servers[0]!.url).origin },
    { name: homeNames[1], root: new URL(servers[1]!.url), read: readServed, origin: new URL(servers[1]!.url).origin },
    { name: homeNames[2], root: pathToFileURL(`${folder}/`), read: readDisk, origin: 'file://' },
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  if (diskCopy) await rm(diskCopy, { recursive: true, force: true });
});

/** Opens a fresh page that reports console errors, outside requests and CSP violations. */
async function openPage(home: Home): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, home.origin);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return { page, problems, close: () => context.close() };
}

/** The crawl of a home, made once and shared by its tests. */
async function crawlOf(home: Home): Promise<CrawlResult> {
  home.crawl ??= await crawlSite(new URL('index.html', home.root), home.root, home.read);
  return home.crawl;
}

/** The first article page in each language, with its title: read from the pages themselves. */
async function articlesByLanguage(home: Home): Promise<Map<Language, { url: string; title: string }>> {
  const byLanguage = new Map<Language, { url: string; title: string }>();
  for (const url of (await crawlOf(home)).pages.filter((page) => /\/articles\/[^/]+\.html$/.test(page))) {
    const html = (await home.read(new URL(url))) ?? '';
    const article = findElement(parse(html), (element) => element.tagName === 'article' && hasAttribute(element, 'lang'));
    const heading = findElement(parse(html), (element) => element.tagName === 'h1');
    const lang = article?.attrs.find((attribute) => attribute.name === 'lang')?.value;
    if (isLanguage(lang) && heading && !byLanguage.has(lang)) byLanguage.set(lang, { url, title: textOf(heading).trim() });
  }
  return byLanguage;
}

const isLanguage = (value: string | undefined): value is Language => (languages as readonly (string | undefined)[]).includes(value);

type Element = DefaultTreeAdapterTypes.Element;
const hasAttribute = (element: Element, name: string) => element.attrs.some((attribute) => attribute.name === name);
function findElement(node: DefaultTreeAdapterTypes.ParentNode, match: (element: Element) => boolean): Element | undefined {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (match(child)) return child;
    const found = findElement(child, match);
    if (found) return found;
  }
  return undefined;
}
function textOf(node: DefaultTreeAdapterTypes.ChildNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The longest word of a title: distinctive enough to find its article. */
function pickSearchWord(title: string): string {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

const homeNames = ['served at the web root', `served under ${subPath}`, 'opened from disk'] as const;

describe.each(homeNames.map((name, index) => [name, index] as const))('the site %s', (_name, index) => {
  const home = () => homes[index]!;

  test('every link and asset reachable from the home page loads, and none leaves the site', async () => {
    const { pages, files, broken, external } = await crawlOf(home());
    expect(broken, home().name).toEqual([]);
    expect(external, home().name).toEqual([]);
    expect(pages).toContain(new URL('search.html', home().root).href);
    expect(pages.some((page) => page.includes('/articles/'))).toBe(true);
    expect(files).toContain(new URL('favicon.svg', home().root).href);
  });

  test('opens its pages in the browser with no console error, outside request or CSP violation', async () => {
    const { pages } = await crawlOf(home());
    // Every page once under the sub-path (with the CSP); the other homes a page per folder.
    const sample = index === 1 ? pages : [...new Map(pages.map((page) => [page.slice(0, page.lastIndexOf('/')), page])).values()];
    const { page, problems, close } = await openPage(home());
    for (const url of sample) {
      const response = await page.goto(url);
      if (home().origin !== 'file://') expect(response?.headers()['content-security-policy'], url).toBe(contentSecurityPolicy);
      expect(await page.locator('h1').count(), url).toBeGreaterThan(0);
    }
    await close();
    expect(problems, home().name).toEqual([]);
  });

  test('finds German and English articles through search, with a filter, and their results open', async () => {
    const articles = await articlesByLanguage(home());
    expect([...articles.keys()].sort()).toEqual(['de', 'en']);
    const { page, problems, close } = await openPage(home());
    const loads: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      const { responseBodySize } = await request.sizes().catch(() => ({ responseBodySize: 0 }));
      loads.push({ url: request.url(), bytes: responseBodySize });
    });
    let firstSearch: typeof loads = [];

    for (const [lang, { url, title }] of articles) {
      const word = pickSearchWord(title);
      await page.goto(`${new URL('search.html', home().root).href}?q=${encodeURIComponent(word)}`);
      const result = page.locator('.search-result-title a', { hasText: title }).first();
      await result.waitFor({ timeout: 15_000 });

      // Every result, sections included, points at a page of this home that exists.
      const hrefs = await page.locator('.search-result a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs) {
        expect(href.startsWith(home().root.href), href).toBe(true);
        expect(await home().read(new URL(href.replace(/#.*$/, ''))), href).not.toBeNull();
      }

      // The language filter keeps the article; its values are what readers see, the language's name.
      const filter = page.locator('details[data-filter="language"]');
      await filter.locator('summary').click();
      const checkbox = filter.locator(`input[type="checkbox"][value="${formatLanguage(lang)}"]`);
      await checkbox.click();
      await expect.poll(() => checkbox.isChecked()).toBe(true);
      await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^\d+ results? for /);
      await expect.poll(() => page.locator('.search-result-title a', { hasText: title }).count()).toBeGreaterThan(0);

      if (firstSearch.length === 0) firstSearch = loads.filter((load) => load.url.includes('/pagefind/'));

      await page.locator('.search-result-title a', { hasText: title }).first().click();
      await page.waitForURL(url);
      expect(await page.locator('h1').innerText()).toBe(title);
    }
    await close();
    expect(problems, home().name).toEqual([]);

    // Served homes keep Pagefind's own lazy fetches; only the disk home loads the offline bundle.
    const offline = loads.filter((load) => load.url.includes('/pagefind/offline/'));
    if (home().origin === 'file://') expect(offline.length).toBeGreaterThan(0);
    else expect(offline).toEqual([]);
    // Nothing loads Pagefind's stock UI or its web worker any more.
    expect(loads.filter((load) => /pagefind-(ui|component-ui|modular-ui|highlight|worker)/.test(load.url))).toEqual([]);
    // Measured, not asserted: what the first search (with the search page's UI) downloads.
    const total = firstSearch.reduce((sum, load) => sum + load.bytes, 0);
    console.info(`${home().name}: first search loaded ${firstSearch.length} search files, ${total} bytes`);
    if (process.env['DOSSIER_LIST_LOADS']) console.info(firstSearch.map((load) => `${load.bytes}\t${load.url}`).join('\n'));
  });
});

// The default build has no DOSSIER_SITE_URL (the build with one: site-url.e2e.ts).
describe('without a site URL', () => {
  test('emits no absolute URL, canonical link or sitemap', async () => {
    const home = homes[1]!;
    expect(await home.read(new URL('sitemap.xml', home.root))).toBeNull();
    for (const url of (await crawlOf(home)).pages) {
      const html = (await home.read(new URL(url))) ?? '';
      expect(html, url).not.toMatch(/rel="canonical"|property="og:url"|(?:href|src|action|content)="(?:https?:)?\/\//);
    }
  });
});

describe('the Content-Security-Policy', () => {
  // Without this, "no violation" could mean the policy or the listener was never there.
  test('is enforced and reported on the served site', async () => {
    const home = homes[1]!;
    const { page, problems, close } = await openPage(home);
    await page.goto(new URL('index.html', home.root).href);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false;
    });
    await close();
    expect(ran).toBe(false);
    expect(problems.some((problem) => problem.includes('CSP violation: script-src'))).toBe(true);
  });
});
