/**
 * Builds the Pagefind search index over a written site (Node only): used by the `articleSearch`
 * integration and by `scripts/build.ts`, which indexes after Astro has exited.
 *
 * @see https://pagefind.app/docs/node-api/
 * @see docs/search.md
 */
import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { escapeCompoundMarks } from '../../lib/search/compound-marker.ts';
import { formatDuration } from '../../lib/format.ts';
import { searchBundleFolder } from '../../lib/paths.ts';
import { mapLimited } from '../map-limited.ts';
import { createCompoundLexicon } from './compounds/create-compound-splitter.ts';
import { markCompounds } from './compounds/mark-compounds.ts';
import { sumBytes, type BundleFile } from './offline-search/to-offline-files.ts';
import { writeOfflineSearch } from './offline-search/write-offline-search.ts';
import { pickShippedFiles, toUnstemmedEntry } from './pick-shipped-files.ts';
import { readArticlePages } from './read-article-pages.ts';
import { readBundle } from './read-bundle.ts';
import { readIndexedTexts, toIndexPage } from './to-index-page.ts';
import { searchRuntimeFile, toDateOrder, toSearchRuntime } from './to-search-runtime.ts';

/** What the index build logs through. */
export type SearchIndexLogger = { info: (message: string) => void };

// Pages handed to Pagefind's service at once.
const addConcurrency = 8;

/**
 * Size of Pagefind's index chunks, in word positions (Pagefind's default is 20,000). A first search
 * loads a chunk from each language's index; at 8,000 the two weigh less than one did (at 2,000
 * articles 23 kB for both against 27 kB for one, at 10,000 15 kB against 21 kB), for a longer chunk
 * list in each meta file (+1.5 kB at 10,000). Pagefind 1.6 reads it only from
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, in the environment its service starts with; pagefind is
 * pinned (package.json), and `build-search-index.test.ts` checks that the chunks shrink.
 */
export const indexChunkSize = 8_000;
const chunkSizeVariable = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Indexes the article pages under `siteDir`, each in its own language (German compounds marked,
 * see `markCompounds`), and writes to `<siteDir>/pagefind/` what the search page loads: the index,
 * the one WebAssembly file, the search runtime (`dossier-search.js`) and the offline bundle for
 * `file://`. Throws one error that lists every problem Pagefind reported; always stops Pagefind.
 */
export async function buildSearchIndex(siteDir: string, logger: SearchIndexLogger): Promise<number> {
  const started = performance.now();
  try {
    const pages = await readArticlePages(siteDir);
    // The German articles' own words tell where their compounds split.
    const lexicon = createCompoundLexicon(pages.filter((page) => page.lang === 'de').flatMap(readIndexedTexts));

    // Pagefind's service starts with the first call and reads the variable from its environment.
    await close();
    const chunkSize = process.env[chunkSizeVariable];
    process.env[chunkSizeVariable] = String(indexChunkSize);
    const created = await createIndex({ keepIndexUrl: true }).finally(() => {
      if (chunkSize === undefined) delete process.env[chunkSizeVariable];
      else process.env[chunkSizeVariable] = chunkSize;
    });
    const { index, errors: createErrors } = created;
    if (!index) throw toError('Failed to start the Pagefind search indexer', createErrors, reinstallHint);
    const addErrors = await mapLimited(pages, addConcurrency, async (page) => {
      const transform = page.lang === 'de' ? (text: string) => markCompounds(text, lexicon) : escapeCompoundMarks;
      const { errors } = await index.addHTMLFile({ url: `/${page.path}`, content: toIndexPage(page, transform) });
      return errors.map((error) => `${page.path}: ${error}`);
    });
    if (addErrors.flat().length > 0) throw toError(`Failed to index the pages in ${siteDir}`, addErrors.flat(), htmlHint);

    // An empty folder first, so that what is on disk afterwards is exactly what Pagefind wrote.
    const outputPath = join(siteDir, searchBundleFolder);
    await rm(outputPath, { recursive: true, force: true });
    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    if (writeErrors.length > 0) throw toError(`Failed to write the search index to ${outputPath}`, writeErrors, writeHint);
    // The service is done: stop it before the offline bundle, so its memory is given back.
    await close();

    const files = await useUnstemmedWasm(outputPath, await readBundle(outputPath));
    const shipped = pickShippedFiles(files);
    const unused = files.filter((file) => !shipped.includes(file));
    await Promise.all(unused.map((file) => rm(join(outputPath, file.path), { force: true })));

    // Pagefind's runtime as a classic script that runs once per language, and the merge data.
    const entry = shipped.find((file) => file.path === 'pagefind-entry.json')!;
    const languages = Object.keys(JSON.parse(new TextDecoder().decode(entry.content)).languages ?? {}).sort();
    const runtime = toSearchRuntime(new TextDecoder().decode(files.find((file) => file.path === 'pagefind.js')!.content), {
      languages,
      dateOrder: toDateOrder(pages, languages),
      pageCount: pages.length,
      cacheTag: createHash('sha256').update(entry.content).digest('hex').slice(0, 12),
    });
    await writeFile(join(outputPath, searchRuntimeFile), runtime);

    // The same index again as classic scripts, for search from file:// (see src/search-ui/load-search.ts).
    const offline = await writeOfflineSearch(outputPath, shipped);

    const counts = languages.map((language) => `${pages.filter((page) => page.lang === language).length} ${language}`).join(', ');
    logger.info(`Scanned ${pages.length} ${pages.length === 1 ? 'HTML file' : 'HTML files'} (${counts || 'none'}) for search in ${formatDuration(performance.now() - started)}`);
    logger.info(`Left out ${unused.length} Pagefind files the search page does not load (${formatKilobytes(sumBytes(unused))}); runtime ${formatKilobytes(runtime.length)}`);
    logger.info(`Wrote the offline search: ${formatKilobytes(offline.index)} index as ${offline.scripts} scripts of ${formatKilobytes(offline.wrappedIndex)}, ${formatKilobytes(offline.entry)} loader`);
    return pages.length;
  } finally {
    await close();
  }
}

// Every language is searched with the WebAssembly that does not stem: the search page stems each
// query in the index's language itself, so one file serves all languages (see docs/search.md).
async function useUnstemmedWasm(outputPath: string, files: BundleFile[]): Promise<BundleFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file.path !== 'pagefind-entry.json') return file;
      const content = new TextEncoder().encode(toUnstemmedEntry(new TextDecoder().decode(file.content)));
      await writeFile(join(outputPath, file.path), content);
      return { path: file.path, content };
    }),
  );
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
