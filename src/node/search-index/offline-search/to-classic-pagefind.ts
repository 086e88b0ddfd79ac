/**
 * Rebuilds Pagefind's `pagefind.js` (an ES module) as a classic script, for `file://` where
 * Chromium blocks module scripts, `import()`, `fetch()` and workers.
 *
 * Environment-neutral. This leans on the shape of Pagefind's own file, so it checks that shape
 * first and fails the build loudly when a Pagefind update changes it.
 */

/** The Pagefind version whose `pagefind.js` this transform was written for (see package.json). */
export const pinnedPagefindVersion = '1.6.0';

/** What `pagefind.js` exports, in its own order; the offline bundle's object has the same functions. */
export const pagefindExports = [
  'createInstance',
  'debouncedSearch',
  'destroy',
  'filters',
  'init',
  'mergeIndex',
  'options',
  'preload',
  'search',
] as const;

const versionLine = `const pagefind_version="${pinnedPagefindVersion}";`;
const exportLine = `export{${pagefindExports.join(',')}};`;
// pagefind.js reads its own address four times (twice in each of two places), to find its index files.
const importMetaUses = 4;

/**
 * Returns the body of a function `(fetch, Worker, pagefindUrl) => exports` that runs
 * `pagefind.js` as classic code: the module's `export` becomes a `return`, `import.meta.url`
 * becomes `pagefindUrl`, and the parameters shadow the browser's `fetch` (so the index can come
 * from elsewhere) and `Worker` (undefined: Pagefind then searches on the main thread).
 * Throws when the file is not the Pagefind version and shape this was written for.
 *
 * @example toClassicPagefind('const pagefind_version="1.6.0";…export{createInstance,…,search};')
 * // '"use strict";const pagefind_version="1.6.0";…return{createInstance,…,search};'
 */
export function toClassicPagefind(source: string): string {
  const code = source.trimEnd();
  const problems = [
    !code.startsWith(versionLine) && `it does not start with ${versionLine} (found ${JSON.stringify(code.slice(0, 40))})`,
    !code.endsWith(exportLine) && `it does not end with ${exportLine} (found ${JSON.stringify(code.slice(-120))})`,
    count(code, 'import.meta.url') !== importMetaUses && `it reads import.meta.url ${count(code, 'import.meta.url')} times, not ${importMetaUses}`,
    count(code, 'import.meta') !== count(code, 'import.meta.url') && 'it uses import.meta for something other than its URL',
    /(^|[^\w$.])import\s*[({*"'`]|(^|[;}\s])import\s+[\w$]+\s+from\b/.test(code) && 'it imports other modules',
    count(code, 'export{') + count(code, 'export ') !== 1 && 'it has more than one export statement',
  ].filter((problem) => problem !== false);
  if (problems.length > 0) {
    throw new Error(
      `Pagefind's pagefind.js is not the file the offline search was written for (Pagefind ${pinnedPagefindVersion}):\n` +
        problems.map((problem) => `  ${problem}`).join('\n') +
        `\nKeep pagefind at ${pinnedPagefindVersion} in package.json, or check the new pagefind.js and update ` +
        'src/node/search-index/offline-search/to-classic-pagefind.ts and its test.',
    );
  }
  const body = code.slice(0, -exportLine.length).replaceAll('import.meta.url', 'pagefindUrl');
  return `"use strict";${body}return{${pagefindExports.join(',')}};`;
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}
