import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/lib/to-json-export.ts';
import { metricColumns } from '../../src/lib/to-metrics-csv.ts';
import { useBrowserSession } from './browser-session.ts';
import { siteDir } from './site-dir.ts';

// Served below a sub-path on purpose: the search bundle and result links must be relative too.
const mount = '/intranet/research/';

const session = useBrowserSession({ mount });
// The expected answers come from the built corpus (data/articles.json), never from this file.
let articles: ArticleRecord[];
let languageOf: Map<string, string>;

beforeAll(async () => {
  articles = JSON.parse(await readFile(`${siteDir}/data/articles.json`, 'utf8'));
  languageOf = new Map(articles.map((article) => [article.path, article.lang]));
});


/** The visible text of every built article page, by path ("articles/x.html"). */
async function readArticleTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const article of articles) {
    const html = await readFile(`${siteDir}/${article.path}`, 'utf8');
    // What Pagefind indexes: the headline and the body. The facts and figures tables between them
    // are marked data-pagefind-ignore and carry English labels on German pages too.
    const headline = html.slice(html.indexOf('<h1'), html.indexOf('</h1>'));
    const body = html.slice(html.indexOf('class="article-body"'), html.indexOf('</article>'));
    texts.set(article.path, `${headline} ${body}`.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').toLowerCase());
  }
  return texts;
}

/** Types `query` into the header search box of the current page and submits it. */
async function searchFromHeader(query: string): Promise<void> {
  const box = session.page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill(query);
  await box.press('Enter');
  await session.page.waitForURL(/search\.html\?q=/);
}

/**
 * Waits until the search page has answered `query` with `count` results (any count when undefined),
 * loads every page of results and returns their paths relative to the site root, in order.
 */
async function readResults(query: string, count?: number): Promise<string[]> {
  const status = session.page.locator('#search-status');
  const expected = count === undefined ? new RegExp(`results? for ${query}$`) : new RegExp(`^${count} results? for ${query}$`);
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(expected);
  const more = session.page.getByRole('button', { name: 'Load more results' });
  while (await more.isVisible()) {
    const before = await session.page.locator('.search-result').count();
    await more.click();
    await expect.poll(() => session.page.locator('.search-result').count()).toBeGreaterThan(before);
  }
  // The title links to the article; the links below it to its sections.
  const hrefs = await session.page.locator('.search-result-title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  if (count !== undefined) expect(hrefs.length).toBe(count);
  return hrefs.map((href) => {
    expect(href.startsWith(session.server.url)).toBe(true);
    return href.slice(session.server.url.length);
  });
}

/** The facts ("Language: German") shown under the result that links to `path`. */
async function readTags(path: string): Promise<string[]> {
  const result = session.page.locator('.search-result').filter({ has: session.page.locator(`.search-result-title a[href$="${path}"]`) }).first();
  return result.locator('.search-result-meta > div').evaluateAll((pairs) => pairs.map((pair) => `${pair.querySelector('dt')?.textContent}: ${pair.querySelector('dd')?.textContent}`));
}

/** Opens the filter `name` (a closed `<details>`) and ticks the value whose label matches. */
async function tickFilter(name: string, label: RegExp): Promise<void> {
  const group = session.page.locator(`details[data-filter="${name}"]`);
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  await group.locator('label', { hasText: label }).click();
}

/** The first word of the newest article's main company: a query that finds several articles. */
function pickCompanyWord(): string {
  const company = articles[0]!.companies.find((mention) => mention.id === articles[0]!.primary)!;
  return company.name.split(' ')[0]!;
}

describe('search', () => {
  // An index per language, searched together: a German word typed on an English page finds German articles.
  test('finds German articles for a German word and English ones for an English phrase, from an English page', async () => {
    const english = articles.find((article) => article.lang === 'en');
    expect(english).toBeDefined();
    const texts = await readArticleTexts();
    const containing = (query: string) => [...texts].filter(([, text]) => text.includes(query.toLowerCase())).map(([path]) => path);

    await session.page.goto(`${session.server.url}${english!.path}`);
    expect(await session.page.locator('article').getAttribute('lang')).toBe('en');
    await searchFromHeader('Kursziel');
    const german = await readResults('Kursziel');
    expect(containing('Kursziel').length).toBeGreaterThan(0);
    expect(german).toEqual(expect.arrayContaining(containing('Kursziel')));
    expect(german.map((path) => languageOf.get(path))).toEqual(german.map(() => 'de'));
    for (const path of german) expect(await readTags(path)).toContain('Language: German');

    await session.page.goto(`${session.server.url}${english!.path}`);
    await searchFromHeader('price target');
    const found = await readResults('price target');
    const phrase = containing('price target');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.every((path) => languageOf.get(path) === 'en')).toBe(true);
    expect(found).toEqual(expect.arrayContaining(phrase));
    // Pagefind 1.6 searches result metadata too: a German article is found only through its key
    // figures, whose labels are English, and the result shows that figure.
    for (const path of found.filter((candidate) => languageOf.get(candidate) === 'de')) {
      expect((await readTags(path)).join(' ')).toMatch(/Key figures: .*[Pp]rice target/);
    }
  });

  test('narrows results with the language filter and sorts newest first', async () => {
    const query = pickCompanyWord();
    await session.page.goto(`${session.server.url}search.html?q=${encodeURIComponent(query)}`);
    const all = await readResults(query);
    // Every article naming it is there, undated ones too (Pagefind drops pages without a sort key).
    const texts = await readArticleTexts();
    const containing = [...texts].filter(([, text]) => text.includes(query.toLowerCase())).map(([path]) => path);
    expect(all).toEqual(expect.arrayContaining(containing));
    // Newest first by day and time, undated last; Pagefind may order equal keys either way.
    const keys = all.map((path) => {
      const article = articles.find((candidate) => candidate.path === path)!;
      return article.date === null ? '' : `${article.date}T${article.time ?? ''}`;
    });
    expect(keys).toEqual([...keys].sort().reverse());

    const german = all.filter((path) => languageOf.get(path) === 'de');
    expect(german.length).toBeGreaterThan(0);
    expect(german.length).toBeLessThan(all.length);
    // Each value shows how many of the current results it would leave.
    const group = session.page.locator('details[data-filter="language"]');
    await group.locator('summary').click();
    await expect.poll(() => group.locator('label').allInnerTexts()).toEqual(
      expect.arrayContaining([`German (${german.length})`, `English (${all.length - german.length})`]),
    );
    await tickFilter('language', /^German \(/);
    expect(await readResults(query, german.length)).toEqual(german);
  });

  test('keeps the query and filters when the reader switches to best match', async () => {
    const query = pickCompanyWord();
    await session.page.goto(`${session.server.url}search.html?q=${query}`);
    const all = await readResults(query);
    const german = all.filter((path) => languageOf.get(path) === 'de');
    await tickFilter('language', /^German \(/);
    await readResults(query, german.length);

    await session.page.getByLabel('Sort results').selectOption('relevance');
    expect(new Set(await readResults(query, german.length))).toEqual(new Set(german));
    expect(await session.page.getByLabel('Words, company, ticker or ISIN').inputValue()).toBe(query);
    expect(await session.page.locator('details[data-filter="language"] input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(['German']);
  });

  test('finds every article of a company by its ticker and ISIN', async () => {
    for (const type of ['ticker', 'isin'] as const) {
      const holder = articles.find((article) => article.identifiers.some((identifier) => identifier.type === type));
      expect(holder).toBeDefined();
      const identifier = holder!.identifiers.find((candidate) => candidate.type === type)!.value;
      const expected = articles.filter((article) => article.primary === holder!.primary).map((article) => article.path);
      await session.page.goto(`${session.server.url}index.html`);
      await searchFromHeader(identifier);
      expect(new Set(await readResults(identifier))).toEqual(new Set(expected));
    }
  });

  test('says so when nothing matches', async () => {
    await session.page.goto(`${session.server.url}search.html?q=qqzzxxnothing`);
    await expect.poll(() => session.page.locator('#search-status').innerText(), { timeout: 15_000 }).toBe('No results for qqzzxxnothing');
    expect(await session.page.locator('.search-result').count()).toBe(0);
  });

  test('loads nothing of Pagefind before a search, and the data of a filter only when it is opened', async () => {
    const requested: string[] = [];
    session.page.on('request', (request) => requested.push(request.url()));
    await session.page.goto(`${session.server.url}search.html`);
    await session.page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    const query = pickCompanyWord();
    await session.page.getByLabel('Words, company, ticker or ISIN').fill(query);
    await readResults(query);
    await session.page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
    expect(new URL(session.page.url()).searchParams.get('q')).toBe(query);

    await session.page.locator('details[data-filter="year"] summary').click();
    await session.page.locator('details[data-filter="year"] input').first().waitFor();
    await session.page.waitForLoadState('networkidle');
    // Pagefind keeps each filter in its own file, per language index: one file per language for the one filter opened.
    const languages = new Set(articles.map((article) => article.lang)).size;
    expect(requested.filter((url) => url.includes('/pagefind/filter/')).length).toBe(languages);
  });

  test('shows excerpts as text with highlighted words, and results with their language', async () => {
    const query = pickCompanyWord();
    await session.page.goto(`${session.server.url}search.html?q=${encodeURIComponent(query)}`);
    const paths = await readResults(query);
    const excerpts = session.page.locator('.search-result-excerpt');
    expect(await excerpts.count()).toBeGreaterThanOrEqual(paths.length);
    // The only elements built from the index are the highlights.
    expect(await excerpts.evaluateAll((nodes) => [...new Set(nodes.flatMap((node) => [...node.querySelectorAll('*')].map((element) => element.tagName)))])).toEqual(['MARK']);
    expect((await session.page.locator('.search-result-excerpt mark').allInnerTexts()).every((text) => text.toLowerCase().startsWith(query.toLowerCase()))).toBe(true);
    for (const path of paths) {
      const link = session.page.locator(`.search-result-title a[href$="${path}"]`);
      expect(await link.getAttribute('lang')).toBe(languageOf.get(path));
    }
  });

  test('loads no script on pages other than the search page', async () => {
    for (const path of ['index.html', articles[0]!.path, '404.html']) {
      await session.page.goto(`${session.server.url}${path}`);
      expect(await session.page.locator('script').count()).toBe(0);
    }
  });
});

describe('exports', () => {
  test('serves metrics.csv with the documented columns and one row per metric', async () => {
    const response = await session.page.request.get(`${session.server.url}data/metrics.csv`);
    expect(response.status()).toBe(200);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const metrics = articles.flatMap((article) => article.metrics.map((metric) => ({ article, metric })));
    expect(rows.length).toBe(metrics.length);
    expect(Object.keys(rows[0]!)).toEqual([...metricColumns]);
    rows.forEach((row, index) => {
      const { article, metric } = metrics[index]!;
      expect(row).toMatchObject({ slug: article.slug, url: article.path, kind: metric.kind, value: String(metric.value) });
    });
  });
});
