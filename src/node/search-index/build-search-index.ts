/**
 * Builds the Pagefind search index over a written site (Node only): used by the `articleSearch`
 * integration and by `scripts/build.ts`, which indexes after Astro has exited.
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { formatDuration } from '../../lib/format.ts';
import { searchBundleFolder, toArticlePath } from '../../lib/paths.ts';
import { sumBytes } from './offline-search/to-offline-files.ts';
import { writeOfflineSearch } from './offline-search/write-offline-search.ts';
import { pickShippedFiles } from './pick-shipped-files.ts';
import { readBundle } from './read-bundle.ts';

/** What the index build logs through. */
export type SearchIndexLogger = { info: (message: string) => void };

/**
 * The one language the whole index is built as.
 *
 * Pagefind otherwise splits the index by each page's language and searches only the index of the
 * page the query is made on, which would hide German articles from a search on an English page.
 * English stemming for German text is the price of one index for both languages.
 */
export const searchLanguage = 'en';

/**
 * The pages Pagefind reads: the article pages, the only ones marked `data-pagefind-body`.
 *
 * Pagefind leaves out every page without the mark once one page has it, but it still reads and
 * parses them; reading only the articles writes the very same index for less time and memory.
 * `src/integrations/search-pages.test.ts` keeps the mark on the article page alone.
 */
export const searchedPages = toArticlePath('*');

/**
 * Indexes the article pages under `siteDir` (`searchedPages`) and writes the bundle to
 * `<siteDir>/pagefind/`: what the search page loads (see `pickShippedFiles`) and the offline
 * bundle for `file://`, made from the files as written on disk.
 * Throws one error that lists every problem Pagefind reported; always stops Pagefind's service.
 */
export async function buildSearchIndex(siteDir: string, logger: SearchIndexLogger): Promise<number> {
  const started = performance.now();
  try {
    const { index, errors: createErrors } = await createIndex({ forceLanguage: searchLanguage, keepIndexUrl: true });
    if (!index) throw toError('Failed to start the Pagefind search indexer', createErrors, reinstallHint);

    const { page_count: pageCount, errors: addErrors } = await index.addDirectory({ path: siteDir, glob: searchedPages });
    if (addErrors.length > 0) throw toError(`Failed to index the pages in ${siteDir}`, addErrors, htmlHint);

    // An empty folder first, so that what is on disk afterwards is exactly what Pagefind wrote.
    const outputPath = join(siteDir, searchBundleFolder);
    await rm(outputPath, { recursive: true, force: true });
    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    if (writeErrors.length > 0) throw toError(`Failed to write the search index to ${outputPath}`, writeErrors, writeHint);
    // The service is done: stop it before the offline bundle, so its memory is given back.
    await close();

    const files = await readBundle(outputPath);
    // Pagefind always writes its stock UIs and web worker; the search page uses neither.
    const shipped = pickShippedFiles(files);
    const unused = files.filter((file) => !shipped.includes(file));
    await Promise.all(unused.map((file) => rm(join(outputPath, file.path), { force: true })));

    // The same index again as classic scripts, for search from file:// (see src/search-ui/load-pagefind.ts).
    const offline = await writeOfflineSearch(outputPath, shipped);

    const pages = pageCount === 1 ? 'HTML file' : 'HTML files';
    logger.info(`Scanned ${pageCount} ${pages} for search in ${formatDuration(performance.now() - started)}`);
    logger.info(`Left out ${unused.length} Pagefind files the search page does not load (${formatKilobytes(sumBytes(unused))})`);
    logger.info(
      `Wrote the offline search: ${formatKilobytes(offline.index)} index as ${offline.scripts} scripts of ${formatKilobytes(offline.wrappedIndex)}, ` +
        `${formatKilobytes(offline.entry)} runtime`,
    );
    return pageCount;
  } finally {
    await close();
  }
}

const reinstallHint = 'Run `npm ci` so the Pagefind binary for this platform is installed, then build again.';
const htmlHint = 'Check that the build wrote valid HTML, then build again.';
const writeHint = 'Check that the output folder is writable, then build again.';

function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function toError(what: string, errors: string[], hint: string): Error {
  const reasons = errors.length > 0 ? errors.map((error) => `  ${error}`).join('\n') : '  (Pagefind gave no reason)';
  return new Error(`${what}:\n${reasons}\n${hint}`, { cause: errors });
}
