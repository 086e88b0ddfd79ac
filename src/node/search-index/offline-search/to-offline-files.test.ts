import { runInNewContext } from 'node:vm';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { choosePackPrefixLengths, isIndexFile, offlineEntry, offlineFolder, packOf, toOfflineFiles, type BundleFile } from './to-offline-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// The smallest pagefind.js of the pinned shape.
const pagefindJs = encode('const pagefind_version="1.6.0";const a=import.meta.url,b=import.meta.url,c=import.meta.url,d=import.meta.url;const search=()=>[a,b,c,d],createInstance=0,debouncedSearch=0,destroy=0,filters=0,init=0,mergeIndex=0,options=0,preload=0;export{createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search};');

const bundle: BundleFile[] = [
  { path: 'pagefind.js', content: pagefindJs },
  { path: 'pagefind-ui.js', content: encode('ui') },
  { path: 'pagefind-ui.css', content: encode('css') },
  { path: 'wasm.en.pagefind', content: new Uint8Array([0, 97, 115, 109, 255, 254]) },
  { path: 'index/en_1a2b3c4.pf_index', content: new Uint8Array(300).map((_, i) => (i * 7) % 256) },
  { path: 'fragment/en_ba12345.pf_fragment', content: encode('{"url":"/a"}') },
  { path: 'fragment/en_ba98765.pf_fragment', content: encode('{"url":"/b"}') },
  { path: 'fragment/de_0f00000.pf_fragment', content: new Uint8Array() },
  { path: 'pagefind.en_5ff6c4b846.pf_meta', content: encode('meta') },
  { path: 'pagefind-entry.json', content: encode('{"version":"1.6.0"}') },
];

/** A bundle the size of a large site: `count` fragments of `size` bytes, hashes spread like Pagefind's. */
function fragments(count: number, size: number): BundleFile[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `fragment/en_${((i * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 7)}.pf_fragment`,
    content: new Uint8Array(size).fill(i % 256),
  }));
}

/** Runs a pack script and returns what it registered, in order. */
function registered(script: Uint8Array): [string, Uint8Array][] {
  const found: [string, Uint8Array][] = [];
  const dossierOfflineSearch = {
    register: (path: string, base64: string) => found.push([path, new Uint8Array(Buffer.from(base64, 'base64'))]),
  };
  runInNewContext(decode(script), { window: { dossierOfflineSearch } });
  return found;
}

/**
 * Loads the bundle's entry in a page at file:///site/ that has exactly the bundle's files:
 * each script the runtime adds runs (and fires load), or fires error when no such file exists.
 * Returns the runtime's fetch and the scripts it loaded, in order.
 */
function openOffline(files: readonly BundleFile[], shim: string) {
  const { entry, index } = toOfflineFiles(files, shim);
  const bundleUrl = 'file:///site/pagefind/';
  const scripts = new Map([entry, ...index].map((file) => [bundleUrl + file.path, decode(file.content)]));
  const loaded: string[] = [];
  const context: Record<string, unknown> = {
    URL,
    Response,
    atob,
    document: {
      baseURI: 'file:///site/search.html',
      currentScript: { src: `${bundleUrl}${entry.path}` },
      createElement: () => ({}) as { src?: string; onload?: () => void; onerror?: () => void },
      head: {
        appendChild(script: { src: string; onload: () => void; onerror: () => void }) {
          loaded.push(script.src);
          // Like a browser: the script runs later, then fires load; a missing file fires error.
          setTimeout(() => {
            const code = scripts.get(script.src);
            if (code === undefined) return script.onerror();
            runInNewContext(code, context);
            script.onload();
          });
        },
      },
    },
  };
  context.window = context;
  runInNewContext(decode(entry.content), context);
  const runtime = (context.window as { dossierOfflineSearch: { fetch: (url: string) => Promise<Response> } }).dossierOfflineSearch;
  return { fetch: (path: string) => runtime.fetch(new URL(path, bundleUrl).href), loaded, index };
}

const shimFile = new URL('./offline-shim.js', import.meta.url);

describe('toOfflineFiles', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./to-offline-files.ts')).sort()).toEqual([
      'choosePackPrefixLengths',
      'isIndexFile',
      'offlineEntry',
      'offlineFolder',
      'packOf',
      'sumBytes',
      'toOfflineFiles',
    ]);
  });

  test('packs every index file, and no script or style, into scripts that hand over its exact bytes', () => {
    const { index } = toOfflineFiles(bundle, '/* shim */');
    // A small site: one pack per folder and language, one script per other file.
    expect(index.map((file) => file.path)).toEqual([
      'offline/fragment/de_.js',
      'offline/fragment/en_.js',
      'offline/index/en_.js',
      'offline/pagefind-entry.json.js',
      'offline/pagefind.en_5ff6c4b846.pf_meta.js',
      'offline/wasm.en.pagefind.js',
    ]);
    const all = index.flatMap((file) => registered(file.content));
    expect(all.map(([path]) => path).sort()).toEqual(bundle.filter((file) => isIndexFile(file.path)).map((file) => file.path).sort());
    for (const [path, bytes] of all) expect(bytes).toEqual(bundle.find((original) => original.path === path)?.content);
    expect(registered(index[1]!.content).map(([path]) => path)).toEqual(['fragment/en_ba12345.pf_fragment', 'fragment/en_ba98765.pf_fragment']);
  });

  test('names packs by folder, language and the first characters of the hash', () => {
    const lengths = { fragment: 2, index: 0 };
    expect(packOf('fragment/en_ba12345.pf_fragment', lengths)).toBe('fragment/en_ba');
    expect(packOf('index/pt-br_ba12345.pf_index', lengths)).toBe('index/pt-br_');
    // Folders without a length, files of no hashed name: a script each, as before.
    expect(packOf('filter/en_ba12345.pf_filter', lengths)).toBe('filter/en_ba12345.pf_filter');
    expect(packOf('fragment/readme.txt', lengths)).toBe('fragment/readme.txt');
    expect(packOf('pagefind.en_5ff6c4b846.pf_meta', lengths)).toBe('pagefind.en_5ff6c4b846.pf_meta');
  });

  test('keeps packs modest and few at 10,000 articles, and short prefixes on small sites', () => {
    const large = fragments(10_000, 1_700);
    const lengths = toOfflineFiles([bundle[0]!, ...large], 'shim');
    expect(choosePackPrefixLengths(new Map(large.map((file) => [file.path, file.content.byteLength * 1.34])))).toEqual({ fragment: 2 });
    expect(lengths.index.length).toBe(256);
    expect(Math.max(...lengths.index.map((file) => file.content.byteLength))).toBeLessThan(200 * 1024);
    expect(choosePackPrefixLengths(new Map([['fragment/en_ab.x', 100_000], ['fragment/en_cd.x', 100_000]]))).toEqual({ fragment: 1 });
    expect(choosePackPrefixLengths(new Map([['fragment/en_ab.x', 1_000], ['pagefind-entry.json', 999_999]]))).toEqual({ fragment: 0 });
  });

  // The pack the runtime loads for a file must be the one the file was written into.
  test('the runtime loads each file from the pack it was written into, each pack once', async () => {
    const shim = await readFile(shimFile, 'utf8');
    const files = [...bundle, ...fragments(3_000, 1_000)];
    const offline = openOffline(files, shim);
    const indexFiles = files.filter((file) => isIndexFile(file.path));
    const responses = await Promise.all(indexFiles.map((file) => offline.fetch(`${file.path}?ts=1`)));
    for (const [i, response] of responses.entries()) {
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(indexFiles[i]!.content);
    }
    expect(offline.index.length).toBeGreaterThan(200);
    expect([...offline.loaded].sort()).toEqual(offline.index.map((file) => `file:///site/pagefind/${file.path}`));
    // Asked again: from memory, no script loads.
    await offline.fetch(indexFiles[0]!.path);
    expect(offline.loaded).toHaveLength(offline.index.length);
  });

  test('the runtime says the index is incomplete for a file its pack lacks, or a pack that is missing', async () => {
    const offline = openOffline(bundle, await readFile(shimFile, 'utf8'));
    await expect(offline.fetch('fragment/en_ff00000.pf_fragment')).rejects.toThrow(
      'Failed to load file:///site/pagefind/offline/fragment/en_.js: the offline search index is incomplete.',
    );
    await expect(offline.fetch('fragment/en_ba12345.pf_fragment')).resolves.toBeInstanceOf(Response);
    await expect(offline.fetch('fragment/fr_ba12345.pf_fragment')).rejects.toThrow(
      'Failed to load file:///site/pagefind/offline/fragment/fr_.js: the offline search index is incomplete.',
    );
    await expect(offline.fetch('other/x.json')).rejects.toThrow('Failed to load file:///site/pagefind/offline/other/x.json.js: the offline search index is incomplete.');
    await expect(offline.fetch('file:///elsewhere/x')).rejects.toThrow('The offline search only reads files below file:///site/pagefind/, not file:///elsewhere/x');
  });

  test('puts the pack lengths first, then the reader; Pagefind itself is in the search runtime', () => {
    const { entry } = toOfflineFiles(bundle, '/* shim */\n');
    expect(entry.path).toBe(`${offlineFolder}/${offlineEntry}`);
    expect(decode(entry.content)).toBe('window.dossierOfflineSearch={packPrefixLengths:{"fragment":0,"index":0}};\n/* shim */\n');
  });

  test('is deterministic', () => {
    const files = [...bundle, ...fragments(500, 3_000)];
    expect(toOfflineFiles(files, 'shim')).toEqual(toOfflineFiles([...files].reverse(), 'shim'));
  });

  // The runtime is a classic script for old and new browsers alike: no modules, no imports.
  test('ships a runtime that is classic browser code', async () => {
    const shim = await readFile(shimFile, 'utf8');
    expect(shim).not.toMatch(/\b(import|export)\b[\s{(*]/);
    expect(shim).toContain('window.dossierOfflineSearch');
  });
});
