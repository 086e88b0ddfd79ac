import { runInNewContext } from 'node:vm';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { offlineEntry, offlineFolder, toOfflineFiles, type BundleFile } from './to-offline-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
// The smallest pagefind.js of the pinned shape.
const pagefindJs = encode('const pagefind_version="1.6.0";const a=import.meta.url,b=import.meta.url,c=import.meta.url,d=import.meta.url;const search=()=>[a,b,c,d],createInstance=0,debouncedSearch=0,destroy=0,filters=0,init=0,mergeIndex=0,options=0,preload=0;export{createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search};');

const bundle: BundleFile[] = [
  { path: 'pagefind.js', content: pagefindJs },
  { path: 'pagefind-ui.js', content: encode('ui') },
  { path: 'pagefind-ui.css', content: encode('css') },
  { path: 'wasm.en.pagefind', content: new Uint8Array([0, 97, 115, 109, 255, 254]) },
  { path: 'index/en_1.pf_index', content: new Uint8Array(300).map((_, i) => (i * 7) % 256) },
  { path: 'pagefind-entry.json', content: encode('{"version":"1.6.0"}') },
];

/** Runs a registration script and returns what it registered. */
function register(script: Uint8Array): [string, Uint8Array] {
  let registered: [string, Uint8Array] = ['', new Uint8Array()];
  const dossierOfflineSearch = {
    register: (path: string, base64: string) => {
      registered = [path, new Uint8Array(Buffer.from(base64, 'base64'))];
    },
  };
  runInNewContext(new TextDecoder().decode(script), { window: { dossierOfflineSearch } });
  return registered;
}

describe('toOfflineFiles', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./to-offline-files.ts')).sort()).toEqual(['offlineEntry', 'offlineFolder', 'toOfflineFiles']);
  });

  test('wraps every index file, and no script or style, as a script that hands over its exact bytes', () => {
    const { index } = toOfflineFiles(bundle, '/* shim */');
    expect(index.map((file) => file.path)).toEqual([
      'offline/index/en_1.pf_index.js',
      'offline/pagefind-entry.json.js',
      'offline/wasm.en.pagefind.js',
    ]);
    for (const file of index) {
      const [path, bytes] = register(file.content);
      expect(`${offlineFolder}/${path}.js`).toBe(file.path);
      expect(bytes).toEqual(bundle.find((original) => original.path === path)?.content);
    }
  });

  test('puts the runtime first, then Pagefind as classic code given the runtime fetch and no Worker', () => {
    const { entry } = toOfflineFiles(bundle, '/* shim */\n');
    expect(entry.path).toBe(`${offlineFolder}/${offlineEntry}`);
    const code = new TextDecoder().decode(entry.content);
    expect(code.startsWith('/* shim */\nwindow.dossierOfflineSearch.pagefind=(function(fetch,Worker,pagefindUrl){"use strict";const pagefind_version="1.6.0";')).toBe(true);
    const window = { dossierOfflineSearch: { fetch: () => null, pagefindUrl: 'file:///x/pagefind/pagefind.js', pagefind: null as null | { search: () => string[] } } };
    runInNewContext(code, { window });
    expect(window.dossierOfflineSearch.pagefind?.search()).toEqual(Array(4).fill('file:///x/pagefind/pagefind.js'));
  });

  test('is deterministic', () => {
    expect(toOfflineFiles(bundle, 'shim')).toEqual(toOfflineFiles([...bundle].reverse(), 'shim'));
  });

  test('says what to do when Pagefind wrote no pagefind.js', () => {
    expect(() => toOfflineFiles(bundle.slice(1), 'shim')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Pagefind wrote no pagefind.js, so the offline search cannot be built. Check the Pagefind output above, then build again.]`,
    );
  });

  // The runtime is a classic script for old and new browsers alike: no modules, no imports.
  test('ships a runtime that is classic browser code', async () => {
    const shim = await readFile(new URL('./offline-shim.js', import.meta.url), 'utf8');
    expect(shim).not.toMatch(/\b(import|export)\b[\s{(*]/);
    expect(shim).toContain('window.dossierOfflineSearch');
  });
});
