import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { close, createIndex } from 'pagefind';
import { pagefindExports, pinnedPagefindVersion, toClassicPagefind } from './to-classic-pagefind.ts';
import { fixturePages } from './fixtures/pages.ts';
import type { PagefindApi } from '../../../search-ui/pagefind-api.ts';

// The real Pagefind, not a mock: this test exists to fail when a Pagefind update changes pagefind.js.
let bundle: Map<string, Uint8Array>;

beforeAll(async () => {
  const { index } = await createIndex({ forceLanguage: 'en', keepIndexUrl: true });
  if (!index) throw new Error('Pagefind did not start');
  for (const page of fixturePages) await index.addHTMLFile(page);
  const { files } = await index.getFiles();
  bundle = new Map(files.map((file) => [file.path, file.content]));
});

afterAll(async () => {
  await close();
});

const pagefindSource = () => new TextDecoder().decode(bundle.get('pagefind.js'));

type ClassicPagefind = {
  search: (term: string, options?: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (options: object) => Promise<void>;
};

/** Runs the classic code the way the offline entry script does, with `fetch` answered from `bundle`. */
function runClassic(classic: string, requests: string[]): ClassicPagefind {
  const create = new Function('fetch', 'Worker', 'pagefindUrl', classic) as (...args: unknown[]) => ClassicPagefind;
  const fetchFromBundle = async (url: string) => {
    requests.push(url);
    const path = url.replace('file:///site/pagefind/', '').replace(/\?.*$/, '');
    const bytes = bundle.get(path);
    return bytes ? new Response(new Uint8Array(bytes)) : new Response(null, { status: 404 });
  };
  return create(fetchFromBundle, undefined, 'file:///site/pagefind/pagefind.js');
}

describe('toClassicPagefind', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./to-classic-pagefind.ts')).sort()).toEqual([
      'pagefindExports',
      'pinnedPagefindVersion',
      'toClassicPagefind',
    ]);
  });

  test('is pinned to the installed Pagefind', () => {
    const installed = JSON.parse(readFileSync(new URL('../../../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(installed.version).toBe(pinnedPagefindVersion);
  });

  test('accepts the pagefind.js the installed Pagefind writes, and the result is a classic script', () => {
    const classic = toClassicPagefind(pagefindSource());
    expect(classic).not.toContain('import.meta');
    expect(classic).not.toMatch(/export\s*\{/);
    // Compiles as a classic script (a function body), which module syntax would not.
    expect(() => new Script(`(function(fetch,Worker,pagefindUrl){${classic}})`)).not.toThrow();
  });

  test('searches the real index through the fetch it is given, with filters, on the main thread', async () => {
    const requests: string[] = [];
    const pagefind = runClassic(toClassicPagefind(pagefindSource()), requests);
    expect(Object.keys(pagefind).sort()).toEqual([...pagefindExports].sort());
    // As the search page does (src/search-ui/load-search.ts): result URLs are kept from the site root.
    await pagefind.options({ baseUrl: '/' });

    const english = await pagefind.search('revenue');
    expect(await Promise.all(english.results.map(async (result) => (await result.data()).url))).toEqual(['/articles/english.html']);
    const german = await pagefind.search('Aktie', { filters: { language: 'Deutsch' } });
    expect(await Promise.all(german.results.map(async (result) => (await result.data()).url))).toEqual(['/articles/deutsch.html']);
    expect(await pagefind.filters()).toEqual({ language: { Deutsch: 1, English: 1 } });

    // Every file came from the bundle folder the given URL names; nothing else was fetched.
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.every((url) => url.startsWith('file:///site/pagefind/'))).toBe(true);
  });

  test('names what changed when pagefind.js is not the pinned version or shape', () => {
    const source = pagefindSource();
    expect(() => toClassicPagefind(source.replace(`"${pinnedPagefindVersion}"`, '"1.7.0"'))).toThrow(
      /not the file the offline search was written for \(Pagefind 1\.6\.0\):\n  it does not start with const pagefind_version="1\.6\.0";/,
    );
    expect(() => toClassicPagefind(source.replace('export{createInstance,', 'export{createInstance,extra,'))).toThrow(/does not end with export\{createInstance,/);
    expect(() => toClassicPagefind(`${source.slice(0, 40)};import("./x.js");${source.slice(40)}`)).toThrow(/it imports other modules/);
    expect(() => toClassicPagefind(source.replace('import.meta.url', 'import.meta.resolve'))).toThrow(/import\.meta\.url 3 times, not 4/);
    expect(() => toClassicPagefind('')).toThrowErrorMatchingInlineSnapshot(`
      [Error: Pagefind's pagefind.js is not the file the offline search was written for (Pagefind 1.6.0):
        it does not start with const pagefind_version="1.6.0"; (found "")
        it does not end with export{createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search}; (found "")
        it reads import.meta.url 0 times, not 4
        it has more than one export statement
      Keep pagefind at 1.6.0 in package.json, or check the new pagefind.js and update src/node/search-index/offline-search/to-classic-pagefind.ts and its test.]
    `);
  });

  // The search page calls the offline bundle's object as it calls the served module.
  test('gives every function the search page calls', () => {
    const called = { options: true, init: true, search: true, debouncedSearch: true, preload: true } satisfies Record<keyof PagefindApi, true>;
    expect(pagefindExports).toEqual(expect.arrayContaining(Object.keys(called)));
  });
});
