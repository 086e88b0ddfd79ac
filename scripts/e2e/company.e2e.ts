/**
 * Browser tests for the pages readers see: the sample company's dossier (chart, tables, links to
 * highlighted figures), an article's figures table, print and phone layouts, axe, and the
 * screenshots of the README and docs/site.md (docs/screenshots/*.png, 1200×900, light scheme).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from './browser-session.ts';

// Served below a sub-path on purpose: every link on these pages must be relative.
const mount = '/intranet/dossier/';
const sampleCompany = 'alibaba';
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = useBrowserSession({ mount, context: { viewport: { width: 1200, height: 900 }, colorScheme: 'light' } });


/** Runs axe on the current page and returns its serious and critical violations, one line each. */
async function findSeriousViolations(): Promise<string[]> {
  await session.page.addScriptTag({ content: axeSource });
  const violations = await session.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/**
 * Tells what the current page's `:target` is: its id, and the figure that holds it (a typed
 * figure's id is on an empty anchor inside its `<mark>`) with its tag, class, text and whether
 * the page highlights it.
 */
async function describeTarget(): Promise<{ tag: string; className: string; id: string; text: string; outlined: boolean } | null> {
  return session.page.evaluate(() => {
    const target = document.querySelector(':target');
    const figure = target?.parentElement;
    if (!target || !figure) return null;
    const outlined = getComputedStyle(figure).outlineStyle !== 'none';
    return { tag: figure.tagName.toLowerCase(), className: figure.className, id: target.id, text: figure.textContent ?? '', outlined };
  });
}

describe('the company page', () => {
  test('has a named chart whose every mark links to a highlighted figure in its article', async () => {
    await session.page.goto(`${session.server.url}companies/${sampleCompany}.html`);
    const chart = session.page.locator('svg.price-chart').first();
    expect(await chart.getAttribute('role')).toBe('img');
    const labelIds = (await chart.getAttribute('aria-labelledby'))?.split(' ') ?? [];
    expect(labelIds).toHaveLength(2);
    for (const id of labelIds) expect((await session.page.locator(`[id="${id}"]`).textContent())?.trim()).not.toBe('');
    expect(await session.page.getByRole('img', { name: /share prices and price targets in USD/ }).count()).toBe(1);

    const hrefs = [...new Set(await session.page.locator("svg.chart-marks").first().locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))];
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) {
      expect(href).toMatch(/^\.\.\/articles\/[a-z0-9-]+\.html#m\d+$/);
      await session.page.goto(new URL(href, `${session.server.url}companies/${sampleCompany}.html`).href);
      const target = await describeTarget();
      expect(target, href).toMatchObject({ tag: 'mark', className: 'figure', id: href.split('#')[1], outlined: true });
      expect(target?.text.trim()).not.toBe('');
    }
  });

  test('lists Citigroup with its target in the analyst table, and the charted figures in a data table', async () => {
    await session.page.goto(`${session.server.url}companies/${sampleCompany}.html`);
    const analysts = session.page.locator('table', { has: session.page.locator('caption', { hasText: 'Latest target and rating per firm' }) });
    const citi = analysts.locator('tbody tr', { has: session.page.locator('th', { hasText: 'Citigroup' }) });
    expect(await citi.count()).toBe(1);
    expect(await citi.locator('td').first().innerText()).toBe('$225');

    const data = session.page.locator('table', { has: session.page.locator('caption', { hasText: 'Share prices and price targets' }) });
    const rows = await data.locator('tbody tr').allInnerTexts();
    expect(rows.some((row) => row.includes('Price target') && row.includes('Citigroup') && row.includes('$225'))).toBe(true);
    expect(rows.some((row) => row.includes('Share price') && row.includes('$155.74'))).toBe(true);

    // The English and German reports of 12 December are one event listing both.
    const merged = session.page.locator('.event', { has: session.page.locator('.event-sources li:nth-child(2)') });
    expect(await merged.count()).toBeGreaterThan(0);
    expect(await merged.first().locator('.event-sources a').evaluateAll((links) => links.map((link) => link.getAttribute('lang')).sort())).toEqual(['de', 'en']);

    expect(await findSeriousViolations()).toEqual([]);
    await session.page.screenshot({ path: `${screenshotDir}company.png` });
  });

  test('prints as a dossier without navigation or search', async () => {
    await session.page.goto(`${session.server.url}companies/${sampleCompany}.html`);
    await session.page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.search-box', '.site-footer']) {
      expect(await session.page.locator(selector).evaluate((element) => getComputedStyle(element).display), selector).toBe('none');
    }
    expect(await session.page.locator('svg.price-chart').first().isVisible()).toBe(true);
  });

  test('fits a 360 px wide phone: only tables scroll, inside their own box', async () => {
    await session.page.setViewportSize({ width: 360, height: 800 });
    await session.page.goto(`${session.server.url}companies/${sampleCompany}.html`);
    expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  // The home page's company table scrolls sideways on a phone; its share prices must not be the part cut off.
  test("shows the home page's share prices whole on a 360 px phone", async () => {
    await session.page.setViewportSize({ width: 360, height: 800 });
    await session.page.goto(`${session.server.url}index.html`);
    const overflow = await session.page.evaluate(() => {
      const region = document.querySelector('.company-table')!.closest('.table-scroll')!.getBoundingClientRect();
      const column = [...document.querySelectorAll('.company-table thead th')].findIndex((th) => th.textContent === 'Share price');
      const cells = [...document.querySelectorAll('.company-table tr')].map((row) => row.children[column]!.getBoundingClientRect());
      return { column, cells: cells.length, beyond: cells.filter((cell) => cell.right > region.right + 0.5).length };
    });
    expect(overflow.column).toBeGreaterThan(0);
    expect(overflow.cells).toBeGreaterThan(2);
    expect(overflow.beyond).toBe(0);
    await session.page.setViewportSize({ width: 1200, height: 900 });
  });
});

describe('the article page', () => {
  test("links each row of its figures table to the figure highlighted in the body", async () => {
    await session.page.goto(`${session.server.url}companies/${sampleCompany}.html`);
    const citiLink = session.page.locator('table', { has: session.page.locator('caption', { hasText: 'Latest target and rating per firm' }) }).locator('tbody tr', { hasText: 'Citigroup' }).locator('td a').first();
    const articleUrl = new URL((await citiLink.getAttribute('href')) ?? '', session.page.url());
    articleUrl.hash = '';
    await session.page.goto(articleUrl.href);

    const rowLinks = session.page.locator('.article-metrics tbody a');
    const count = await rowLinks.count();
    expect(count).toBeGreaterThan(2);
    for (const index of [0, count - 1]) {
      const link = rowLinks.nth(index);
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await expect.poll(() => session.page.evaluate(() => location.hash)).toBe(href);
      const target = await describeTarget();
      expect(target).toMatchObject({ tag: 'mark', className: 'figure', id: href.slice(1), outlined: true });
      expect(await session.page.locator('mark.figure:has(> :target)').isVisible()).toBe(true);
    }

    // The article names its companies as links to their pages.
    expect(await session.page.locator('.article-facts a[href$="companies/alibaba.html"]').count()).toBe(1);
    expect(await findSeriousViolations()).toEqual([]);
    await session.page.evaluate(() => window.scrollTo(0, 0));
    await session.page.screenshot({ path: `${screenshotDir}article.png` });
  });
});
