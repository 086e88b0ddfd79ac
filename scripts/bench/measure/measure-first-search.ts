/**
 * What a reader's first search downloads: the site is served on 127.0.0.1, Chromium opens
 * `search.html?q=<word>` with an empty cache, waits for the results and for the network to go
 * quiet, and every response of the site is counted.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../browser/browser.ts';
import { startStaticServer } from '../../browser/serve.ts';

/** One response: its path below the site root, its bytes as sent and as gzip would send them. */
export type DownloadedFile = { url: string; bytes: number; gzipBytes: number };

/** Bytes of the first search; the static server sends files uncompressed, `gzipBytes` is what a gzip host would send. */
export type FirstSearch = {
  query: string;
  results: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
  largest: { url: string; bytes: number };
  /** Every response in the order they arrived (absent in results written before it was added). */
  files?: DownloadedFile[];
};

/** Opens the search page for `query` in a fresh browser and sums what it downloads. */
export async function measureFirstSearch(dist: string, options: { query: string; searchPage: string; resultSelector: string }): Promise<FirstSearch> {
  const server = await startStaticServer(dist, { mount: '/' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bodies: Promise<DownloadedFile>[] = [];
    page.on('response', (response) => {
      const url = response.url().replace(server.url, '');
      bodies.push(
        response.body().then(
          // Pagefind's index files are gzip already; a server's gzip would not make them smaller.
          (body) => ({ url, bytes: body.length, gzipBytes: Math.min(body.length, gzipSync(body).length) }),
          () => ({ url, bytes: 0, gzipBytes: 0 }),
        ),
      );
    });
    await page.goto(`${server.url}${options.searchPage}?q=${encodeURIComponent(options.query)}`);
    await page.waitForSelector(options.resultSelector, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator(options.resultSelector).count();
    const files = await Promise.all(bodies);
    const largest = files.reduce((max, file) => (file.bytes > max.bytes ? file : max), { url: '', bytes: 0 });
    return {
      query: options.query,
      results,
      requests: files.length,
      bytes: files.reduce((total, file) => total + file.bytes, 0),
      gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
      largest: { url: largest.url, bytes: largest.bytes },
      files,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
