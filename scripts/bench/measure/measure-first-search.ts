/**
 * What a reader's first search downloads: the site is served on 127.0.0.1, Chromium opens
 * `search.html?q=<word>` with an empty cache, waits for the results and for the network to go
 * quiet, and every response of the site is counted.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../e2e/browser.ts';
import { startStaticServer } from '../../e2e/serve.ts';

/** Bytes of the first search; the static server sends files uncompressed, `gzipBytes` is what a gzip host would send. */
export type FirstSearch = { query: string; results: number; requests: number; bytes: number; gzipBytes: number; largest: { url: string; bytes: number } };

/** Opens the search page for `query` in a fresh browser and sums what it downloads. */
export async function measureFirstSearch(dist: string, options: { query: string; searchPage: string; resultSelector: string }): Promise<FirstSearch> {
  const server = await startStaticServer(dist, { mount: '/' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ url: string; bytes: number; gzipBytes: number }>[] = [];
    page.on('response', (response) => {
      bodies.push(
        response.body().then(
          (body) => ({ url: response.url(), bytes: body.length, gzipBytes: Math.min(body.length, gzipSync(body).length) }),
          () => ({ url: response.url(), bytes: 0, gzipBytes: 0 }),
        ),
      );
    });
    await page.goto(`${server.url}${options.searchPage}?q=${encodeURIComponent(options.query)}`);
    await page.waitForSelector(options.resultSelector, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator(options.resultSelector).count();
    const responses = await Promise.all(bodies);
    const largest = responses.reduce((max, response) => (response.bytes > max.bytes ? response : max), { url: '', bytes: 0 });
    return {
      query: options.query,
      results,
      requests: responses.length,
      bytes: responses.reduce((total, response) => total + response.bytes, 0),
      gzipBytes: responses.reduce((total, response) => total + response.gzipBytes, 0),
      largest: { url: largest.url.replace(server.url, ''), bytes: largest.bytes },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
