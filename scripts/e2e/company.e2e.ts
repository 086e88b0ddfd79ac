/**
 * Browser tests for the pages readers see: the sample company's dossier (chart, tables, links to
 * highlighted figures), an article's figures table, print and phone layouts, axe, and the README
 * screenshots (docs/screenshots/*.png, 1200×900, light scheme).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage } from './browser.ts';
import { startStaticServer, type StaticServer } from './serve.ts';
import { siteDir } from './site-dir.ts';

// Served below a sub-path on purpose: every link on these pages must be relative.
const mount = '/intranet/dossier/';
const sampleCompany = 'alibaba';
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
  page = await context.newPage();
  problems = await watchPage(page, new URL(server.url).origin);
});

afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

/** Runs axe on the current page and returns its serious and critical violations, one line each. */
async function findSeriousViolations(): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Tells what the `:target` element of the current page is: tag, class and text. */
async function describeTarget(): Promise<{ tag: string; className: string; id: string; text: string } | null> {
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    return target && { tag: target.tagName.toLowerCase(), className: target.className, id: target.id, text: target.textContent ?? '' };
  });
}

describe('the company page', () => {
  test('has a named chart whose every mark links to a highlighted figure in its article', async () => {
    await page.goto(`${server.url}companies/${sampleCompany}.html`);
    const chart = page.locator('svg.price-chart').first();
    expect(await chart.getAttribute('role')).toBe('img');
    const labelIds = (await chart.getAttribute('aria-labelledby'))?.split(' ') ?? [];
    expect(labelIds).toHaveLength(2);
    for (const id of labelIds) expect((await page.locator(`[id="${id}"]`).textContent())?.trim()).not.toBe('');
    expect(await page.getByRole('img', { name: /share prices and price targets in USD/ }).count()).toBe(1);

    const hrefs = [...new Set(await page.locator("svg.chart-marks").first().locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))];
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) {
      expect(href).toMatch(/^\.\.\/articles\/[a-z0-9-]+\.html#m\d+$/);
      await page.goto(new URL(href, `${server.url}companies/${sampleCompany}.html`).href);
      const target = await describeTarget();
      expect(target, href).toMatchObject({ tag: 'mark', className: 'figure', id: href.split('#')[1] });
      expect(target?.text.trim()).not.toBe('');
    }
  });

  test('lists Citigroup with its target in the analyst table, and the charted figures in a data table', async () => {
    await page.goto(`${server.url}companies/${sampleCompany}.html`);
    const analysts = page.locator('table', { has: page.locator('caption', { hasText: 'Latest target and rating per firm' }) });
    const citi = analysts.locator('tbody tr', { has: page.locator('th', { hasText: 'Citigroup' }) });
    expect(await citi.count()).toBe(1);
    expect(await citi.locator('td').first().innerText()).toBe('$225');

    const data = page.locator('table', { has: page.locator('caption', { hasText: 'Share prices and price targets' }) });
    const rows = await data.locator('tbody tr').allInnerTexts();
    expect(rows.some((row) => row.includes('Price target') && row.includes('Citigroup') && row.includes('$225'))).toBe(true);
    expect(rows.some((row) => row.includes('Share price') && row.includes('$155.74'))).toBe(true);

    // The English and German reports of 12 December are one event listing both.
    const merged = page.locator('.event', { has: page.locator('.event-sources li:nth-child(2)') });
    expect(await merged.count()).toBeGreaterThan(0);
    expect(await merged.first().locator('.event-sources a').evaluateAll((links) => links.map((link) => link.getAttribute('lang')).sort())).toEqual(['de', 'en']);

    expect(await findSeriousViolations()).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}company.png` });
  });

  test('prints as a dossier without navigation or search', async () => {
    await page.goto(`${server.url}companies/${sampleCompany}.html`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.search-box', '.site-footer']) {
      expect(await page.locator(selector).evaluate((element) => getComputedStyle(element).display), selector).toBe('none');
    }
    expect(await page.locator('svg.price-chart').first().isVisible()).toBe(true);
  });

  test('fits a 360 px wide phone: only tables scroll, inside their own box', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${server.url}companies/${sampleCompany}.html`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the article page', () => {
  test("links each row of its figures table to the figure highlighted in the body", async () => {
    await page.goto(`${server.url}companies/${sampleCompany}.html`);
    const citiLink = page.locator('table', { has: page.locator('caption', { hasText: 'Latest target and rating per firm' }) }).locator('tbody tr', { hasText: 'Citigroup' }).locator('td a').first();
    const articleUrl = new URL((await citiLink.getAttribute('href')) ?? '', page.url());
    articleUrl.hash = '';
    await page.goto(articleUrl.href);

    const rowLinks = page.locator('.article-metrics tbody a');
    const count = await rowLinks.count();
    expect(count).toBeGreaterThan(2);
    for (const index of [0, count - 1]) {
      const link = rowLinks.nth(index);
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      const target = await describeTarget();
      expect(target).toMatchObject({ tag: 'mark', className: 'figure', id: href.slice(1) });
      expect(await page.locator(':target').isVisible()).toBe(true);
    }

    // The article names its companies as links to their pages.
    expect(await page.locator('.article-facts a[href$="companies/alibaba.html"]').count()).toBe(1);
    expect(await findSeriousViolations()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotDir}article.png` });
  });
});
