/**
 * Quality gates over the built site: valid HTML on every page (html-validate, standard preset),
 * no broken internal link, and no serious or critical axe-core violation on each kind of page,
 * in light and dark colour schemes. Pages are picked from dist/, so new kinds of page are covered
 * as soon as they are built.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkLinks, type SiteFiles } from '../testing/check-links.ts';
import { readSiteFiles } from '../testing/check-links-read.ts';
import type { ArticleRecord } from '../../src/lib/to-json-export.ts';
import { launchBrowser, watchPage } from '../browser/browser.ts';
import { startStaticServer, type StaticServer } from '../browser/serve.ts';
import { siteDir } from './site-dir.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: SiteFiles;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await readSiteFiles(siteDir);
  server = await startStaticServer(siteDir, { mount: '/quality/' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * One page of each kind: every page at the root (home, search, 404, timeline…), each folder's
 * index page and the first other page of each folder (an article, a company).
 */
function pickPagesToAudit(pages: Iterable<string>): string[] {
  const picked: string[] = [];
  const folders = new Set<string>();
  for (const path of [...pages].sort()) {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
    if (folder === null || path.endsWith('/index.html')) picked.push(path);
    else if (!folders.has(folder)) {
      folders.add(folder);
      picked.push(path);
    }
  }
  return picked;
}

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };

/** Runs axe-core in the page and returns its serious and critical violations, readably. */
async function auditPage(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } };
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

describe('the built site', () => {
  test('is valid HTML on every page (html-validate, standard preset)', async () => {
    // No rule is relaxed: Astro's and Pagefind's static output passes the standard preset as is.
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    expect(site.pages.size).toBeGreaterThan(3);
    const errors: string[] = [];
    for (const [path, html] of site.pages) {
      const report = await validator.validateString(html, path);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  test('has no broken internal link or fragment', () => {
    expect(site.pages.has('index.html')).toBe(true);
    expect(checkLinks(site)).toEqual([]);
  });

  test('has no serious or critical accessibility violation on any kind of page', async () => {
    const articles: ArticleRecord[] = JSON.parse(await readFile(`${siteDir}/data/articles.json`, 'utf8'));
    const query = articles[0]!.title.match(/\p{L}{4,}/u)![0];
    const paths = pickPagesToAudit(site.pages.keys());
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'search.html', '404.html', expect.stringMatching(/^articles\//)]));

    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems = await watchPage(page, new URL(server.url).origin);
      for (const path of paths) {
        if (path === 'search.html') {
          // Audit search with its results and filters shown.
          await page.goto(`${server.url}search.html?q=${encodeURIComponent(query)}`);
          await page.locator('.search-result-title a').first().waitFor({ timeout: 15_000 });
          await page.locator('details[data-filter="language"] summary').click();
          await page.locator('details[data-filter="language"] input').first().waitFor({ timeout: 15_000 });
        } else {
          await page.goto(`${server.url}${path}`);
        }
        for (const violation of await auditPage(page)) failures.push(`${path} (${colorScheme}): ${violation}`);
      }
      await context.close();
      // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
      expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
    }
    expect(failures).toEqual([]);
  });
});
