/**
 * The files of the offline search bundle, from the files Pagefind wrote.
 *
 * Environment-neutral apart from base64 (Buffer). The bundle lives in `pagefind/offline/` and
 * is loaded only from `file://` (see `src/search-ui/load-pagefind.ts`); served sites never fetch it.
 */
import { toClassicPagefind } from './to-classic-pagefind.ts';

/** A file of Pagefind's bundle, as the Node API's `getFiles()` returns it. */
export type BundleFile = { path: string; content: Uint8Array };

/** Folder of the offline bundle inside Pagefind's bundle folder. */
export const offlineFolder = 'offline';

/** The script the search page loads from `file://`, inside `offlineFolder`. */
export const offlineEntry = 'pagefind-offline.js';

// Pagefind's index: everything it fetches at search time. Its scripts and styles load as they are.
const isIndexFile = (path: string) => !path.endsWith('.js') && !path.endsWith('.css');

/**
 * Returns the offline bundle's files, paths relative to Pagefind's bundle folder: the `entry`
 * script (the runtime `shim` followed by Pagefind's `pagefind.js` rebuilt as classic code) and,
 * sorted by path, one classic script per `index` file that registers the file's bytes.
 */
export function toOfflineFiles(files: readonly BundleFile[], shim: string): { entry: BundleFile; index: BundleFile[] } {
  const encoder = new TextEncoder();
  const pagefind = files.find((file) => file.path === 'pagefind.js');
  if (!pagefind) throw new Error('Pagefind wrote no pagefind.js, so the offline search cannot be built. Check the Pagefind output above, then build again.');

  const classic = toClassicPagefind(new TextDecoder().decode(pagefind.content));
  const entryCode =
    `${shim.trimEnd()}\n` +
    `window.dossierOfflineSearch.pagefind=(function(fetch,Worker,pagefindUrl){${classic}})` +
    '(window.dossierOfflineSearch.fetch,undefined,window.dossierOfflineSearch.pagefindUrl);\n';

  const index = files.filter((file) => isIndexFile(file.path)).map((file) => ({
    path: `${offlineFolder}/${file.path}.js`,
    content: encoder.encode(`window.dossierOfflineSearch.register(${JSON.stringify(file.path)},"${Buffer.from(file.content).toString('base64')}");\n`),
  }));
  return {
    entry: { path: `${offlineFolder}/${offlineEntry}`, content: encoder.encode(entryCode) },
    index: index.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}
