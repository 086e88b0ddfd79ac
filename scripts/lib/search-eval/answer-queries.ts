/**
 * Puts the relevance suite's queries to a built site's search page in Chromium and reads the
 * results, as a reader would see them (Node only; drives a real browser).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { toArticlePath } from '../../../src/lib/paths.ts';
import type { Report } from '../run/report.ts';
import { recallDepth, type AnsweredQuery, type RelevanceQuery } from './score-relevance.ts';

/** The suite: the queries and the articles each must return, by source file. */
export const relevanceSuiteFile = new URL('../../fixtures/search/queries.json', import.meta.url);

/** The folder of the suite's articles, to build a site from. */
export const relevanceSourcesDir = new URL('../../fixtures/search/sources/', import.meta.url);

/** Reads the suite. */
export async function readRelevanceSuite(): Promise<RelevanceQuery[]> {
  return JSON.parse(await readFile(relevanceSuiteFile, 'utf8'));
}

/**
 * Answers each query on the search page of the site served at `siteUrl`, sorted by best match,
 * and returns the source files of the first ten results (or fewer), best first. Results are read
 * from the page's links and mapped to sources through the build's ingest report (`reportFile`),
 * which names each source's article whether or not the site shows source file names.
 */
export async function answerQueries(page: Page, siteUrl: string, reportFile: string, queries: readonly RelevanceQuery[]): Promise<AnsweredQuery[]> {
  const { articles } = JSON.parse(await readFile(reportFile, 'utf8')) as Pick<Report, 'articles'>;
  const sourceOf = new Map(articles.map((article) => [new URL(toArticlePath(basename(article.output, '.mdx')), siteUrl).href, article.source]));
  await page.goto(new URL('search.html', siteUrl).href);
  await page.getByLabel('Sort results').selectOption('relevance');
  const answers: AnsweredQuery[] = [];
  for (const query of queries) answers.push({ ...query, found: (await readTopResults(page, query.query)).map((href) => sourceOf.get(href) ?? href) });
  return answers;
}

async function readTopResults(page: Page, query: string): Promise<string[]> {
  const box = page.getByLabel('Words, company, ticker or ISIN');
  const status = page.locator('#search-status');
  await box.fill(query);
  await box.press('Enter');
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.querySelector('#search-status')?.textContent ?? ''),
    `(results? for ${escaped}|No results for ${escaped})`,
    { timeout: 20_000 },
  );
  if ((await status.innerText()).startsWith('No results')) return [];
  const links = page.locator('.search-result-title a');
  const more = page.getByRole('button', { name: 'Load more results' });
  while ((await links.count()) < recallDepth && (await more.isVisible())) {
    const before = await links.count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('.search-result-title a').length > count, before);
  }
  return (await links.evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href))).slice(0, recallDepth);
}
