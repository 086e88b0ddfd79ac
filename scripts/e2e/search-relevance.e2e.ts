/**
 * The relevance suite in the browser: a site built from `scripts/fixtures/search/sources/` (64
 * articles, German and English), every query of `scripts/fixtures/search/queries.json` put to its
 * search page in Chromium, sorted by best match. `npm run eval:search` prints the same figures.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { watchPage } from '../browser/browser.ts';
import { answerQueries, readRelevanceSuite, relevanceSourcesDir } from '../lib/search-eval/answer-queries.ts';
import { findMisses, scoreRelevance, type AnsweredQuery } from '../lib/search-eval/score-relevance.ts';
import { useThrowawaySite } from './throwaway-site.ts';

const site = useThrowawaySite({ name: 'search-relevance', mount: '/', buildFlags: () => ['--sources', fileURLToPath(relevanceSourcesDir), '--no-cache'] });

let answers: AnsweredQuery[];
let problems: string[];

beforeAll(async () => {
  expect(site.build.status, site.build.output).toBe(0);
  const page = await site.browser.newPage();
  problems = await watchPage(page, new URL(site.server.url).origin);
  answers = await answerQueries(page, site.server.url, join(site.work, 'articles.report.json'), await readRelevanceSuite());
  await page.close();
}, 180_000);

describe('the relevance suite', () => {
  test('has at least 40 queries, half of them German, over at least 60 articles', async () => {
    expect(answers.length).toBeGreaterThanOrEqual(40);
    const german = answers.filter((answer) => answer.lang === 'de').length;
    expect(Math.min(german, answers.length - german)).toBeGreaterThanOrEqual(20);
    expect(new Set(answers.flatMap((answer) => answer.expected)).size).toBeGreaterThanOrEqual(50);
  });

  test.each(['de', 'en'])('scores recall@10 ≥ 0.95 and MRR ≥ 0.8 for %s queries', (lang) => {
    const score = scoreRelevance(answers, (answer) => answer.lang).get(lang)!;
    expect(score.recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(score.mrr).toBeGreaterThanOrEqual(0.8);
  });

  test('finds every article of every inflected and compound query in its first ten results', () => {
    const checked = answers.filter((answer) => answer.kind === 'inflected' || answer.kind === 'compound' || answer.kind === 'hyphen');
    expect(checked.length).toBeGreaterThanOrEqual(20);
    expect(findMisses(checked)).toEqual([]);
  });

  test('searches with no console error or failed request', () => {
    expect(problems).toEqual([]);
  });
});

describe('one box for two languages', () => {
  test('a German word finds the German articles first, though English ones match a shorter word', () => {
    const analysts = answers.find((answer) => answer.query === 'Analysten')!;
    expect(analysts.found[0]).toMatch(/^de/);
    expect(analysts.found.some((file) => file.startsWith('en'))).toBe(true);
  });

  test('a company finds its articles in both languages', () => {
    const siemens = answers.find((answer) => answer.query === 'Siemens')!;
    expect(new Set(siemens.found.map((file) => file.slice(0, 2)))).toEqual(new Set(['de', 'en']));
  });
});

describe('a query no word starts with', () => {
  test('says that the results only match a shorter word, and an exact query does not', async () => {
    const page = await site.browser.newPage();
    const note = page.locator('#search-note');
    await page.goto(`${site.server.url}search.html?q=Umsatzwarnung`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/^\d+ results? for Umsatzwarnung$/);
    await expect.poll(() => note.innerText()).toContain('No article has a word that starts with “Umsatzwarnung”');
    await page.goto(`${site.server.url}search.html?q=Gewinnwarnung`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/^1 result for Gewinnwarnung$/);
    expect(await note.isHidden()).toBe(true);
    await page.close();
  });
});
