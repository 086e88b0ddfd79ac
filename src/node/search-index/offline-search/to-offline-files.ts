/**
 * The files of the offline search bundle, from the files Pagefind wrote.
 *
 * Environment-neutral apart from base64 (Buffer). The bundle lives in `pagefind/offline/` and
 * is loaded only from `file://` (see `src/search-ui/load-search.ts`); served sites never fetch it.
 */
/** A file of Pagefind's bundle, as the Node API's `getFiles()` returns it. */
export type BundleFile = { path: string; content: Uint8Array };

/** The bytes of `files` together. */
export function sumBytes(files: readonly BundleFile[]): number {
  return files.reduce((total, file) => total + file.content.byteLength, 0);
}

/**
 * How many characters of the hash part name a pack, by folder of the index (`{ fragment: 2 }`
 * puts `fragment/en_ba12345.pf_fragment` into the pack `fragment/en_ba`).
 */
export type PackPrefixLengths = Record<string, number>;

/** Folder of the offline bundle inside Pagefind's bundle folder. */
export const offlineFolder = 'offline';

/** The script the search page loads from `file://`, inside `offlineFolder`. */
export const offlineEntry = 'pagefind-offline.js';

// Packs of a folder average at most this many bytes of script: at 10,000 articles 256 fragment
// packs of about 80 kB, where one script per file made 10,000 files. A search from disk loads
// a few packs, so they stay small enough to read in milliseconds.
const maxAveragePackBytes = 128 * 1024;

/** Tells whether `path` is of Pagefind's index: what it fetches at search time, not a script or style. */
export function isIndexFile(path: string): boolean {
  return !path.endsWith('.js') && !path.endsWith('.css');
}

// "<folder>/<language>_<hash>.<extension>", the names Pagefind gives fragments, index chunks and
// filters. The same pattern is in offline-shim.js; the tests run both on the same paths.
const hashedName = /^([^/]+)\/([^/]*_)([^/._]+)(\.[^/]+)$/;

/**
 * Returns the pack that holds the index file at `path` (a path below Pagefind's bundle folder):
 * for a hashed file in a folder of `lengths`, its folder, language and the first characters of its
 * hash (`fragment/en_ba`); for any other file, its own path. The pack's script is
 * `offline/<pack>.js`. `offline-shim.js` computes the same name when Pagefind asks for `path`.
 */
export function packOf(path: string, lengths: PackPrefixLengths): string {
  const match = hashedName.exec(path);
  const length = match ? lengths[match[1] as string] : undefined;
  if (!match || length === undefined) return path;
  return `${match[1]}/${match[2]}${(match[3] as string).slice(0, length)}`;
}

/**
 * Returns, for every folder with hashed index files, the shortest hash prefix whose packs
 * average at most `maxAveragePackBytes` of `wrapped` script (bytes per index file's path).
 */
export function choosePackPrefixLengths(wrapped: ReadonlyMap<string, number>): PackPrefixLengths {
  const byFolder = new Map<string, { bytes: number; names: [string, string][]; longest: number }>();
  for (const [path, bytes] of wrapped) {
    const match = hashedName.exec(path);
    if (!match) continue;
    const folder = byFolder.get(match[1] as string) ?? { bytes: 0, names: [], longest: 0 };
    folder.bytes += bytes;
    folder.names.push([match[2] as string, match[3] as string]);
    folder.longest = Math.max(folder.longest, (match[3] as string).length);
    byFolder.set(match[1] as string, folder);
  }
  const lengths: PackPrefixLengths = {};
  for (const name of [...byFolder.keys()].sort()) {
    const folder = byFolder.get(name)!;
    let length = 0;
    while (length < folder.longest && folder.bytes / new Set(folder.names.map(([language, hash]) => language + hash.slice(0, length))).size > maxAveragePackBytes) {
      length++;
    }
    lengths[name] = length;
  }
  return lengths;
}

/**
 * Returns the offline bundle's files, paths relative to Pagefind's bundle folder: the `entry`
 * script (the pack lengths, then the runtime `shim`, whose `fetch` the search runtime
 * `dossier-search.js` is started with from `file://`) and, sorted by path, the `index` packs:
 * classic scripts that each register the bytes of the index files `packOf` puts in them.
 */
export function toOfflineFiles(files: readonly BundleFile[], shim: string): { entry: BundleFile; index: BundleFile[] } {
  const encoder = new TextEncoder();
  const registrations = files
    .filter((file) => isIndexFile(file.path))
    .sort((a, b) => compare(a.path, b.path))
    .map((file) => ({ path: file.path, line: `window.dossierOfflineSearch.register(${JSON.stringify(file.path)},"${Buffer.from(file.content).toString('base64')}");\n` }));
  const lengths = choosePackPrefixLengths(new Map(registrations.map(({ path, line }) => [path, line.length])));
  const packs = new Map<string, string[]>();
  for (const { path, line } of registrations) {
    const pack = packOf(path, lengths);
    const lines = packs.get(pack);
    if (lines) lines.push(line);
    else packs.set(pack, [line]);
  }

  const entryCode = `window.dossierOfflineSearch={packPrefixLengths:${JSON.stringify(lengths)}};\n${shim.trimEnd()}\n`;
  const index = [...packs].map(([pack, lines]) => ({ path: `${offlineFolder}/${pack}.js`, content: encoder.encode(lines.join('')) }));
  return {
    entry: { path: `${offlineFolder}/${offlineEntry}`, content: encoder.encode(entryCode) },
    index: index.sort((a, b) => compare(a.path, b.path)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
