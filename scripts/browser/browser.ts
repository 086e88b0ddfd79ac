/**
 * Launches the system Chromium for the browser tests and records what a page does wrong.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser; `CHROMIUM_PATH` overrides it. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// No network beyond the test server, no first-run UI, no background updates or sync.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium. `chromium.launch` gives every run a fresh temporary profile
 * (user-data-dir) and deletes it on close.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * Collects console errors, uncaught exceptions and failed requests of a page, and aborts every
 * request that leaves `allowedOrigin`: the site must fetch nothing from elsewhere at run time.
 */
export async function watchPage(page: Page, allowedOrigin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation the test starts (Enter in the search box, a click) cancels the old page's
    // requests still in flight, e.g. its favicon: Chromium reports those as ERR_ABORTED. A file
    // that is really missing answers 404, which the console listener above reports.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.url().startsWith(allowedOrigin)) return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:') || url.startsWith('file:')) return route.continue();
    problems.push(`request outside the site: ${url}`);
    return route.abort();
  });
  return problems;
}
