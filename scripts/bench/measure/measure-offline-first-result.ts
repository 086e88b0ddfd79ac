/**
 * How long a reader waits for the first result when the site is opened from disk: Chromium opens
 * `file://…/search.html?q=<word>` with an empty cache and the time from the navigation's start
 * to the first result on the page is taken from the page's own clock (`performance.now()`).
 */
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../browser/browser.ts';

/** Milliseconds to the first result of each of `runs` fresh page loads, and their median. */
export type OfflineFirstResult = { query: string; runs: number[]; medianMs: number };

/** Opens the search page of `dist` from disk `runs` times (a fresh browser context each) and times the first result. */
export async function measureOfflineFirstResult(dist: string, options: { query: string; searchPage: string; resultSelector: string; runs?: number }): Promise<OfflineFirstResult> {
  const browser = await launchBrowser();
  const runs: number[] = [];
  try {
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const url = `${pathToFileURL(`${dist}/${options.searchPage}`).href}?q=${encodeURIComponent(options.query)}`;
      await page.goto(url, { waitUntil: 'commit' });
      const shown = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : null), options.resultSelector, { timeout: 60_000, polling: 'raf' });
      runs.push(Math.round((await shown.jsonValue()) as number));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { query: options.query, runs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}
