import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { toGlobalRanks } from '../../lib/search/merge-results.ts';
import { toDateOrder, toSearchRuntime } from './to-search-runtime.ts';

test('lists the language of every page by date, oldest first', () => {
  const pages = [
    { path: 'articles/c.html', lang: 'en', sortKey: '2026-01-02' },
    { path: 'articles/a.html', lang: 'de', sortKey: '2026-01-02T10:00' },
    { path: 'articles/b.html', lang: 'de', sortKey: '0000-00-00' },
    { path: 'articles/d.html', lang: 'en', sortKey: '2025-12-31' },
  ];
  // 0000-00-00 (de), 2025-12-31 (en), 2026-01-02 (en), 2026-01-02T10:00 (de): bits 0110.
  expect(toDateOrder(pages, ['de', 'en'])).toBe('YA==');
  expect(toGlobalRanks(toDateOrder(pages, ['de', 'en']), pages.length, 2)).toEqual([[0, 3], [1, 2]]);
});

test('starts a fresh Pagefind per call, reading through the fetch it is given', () => {
  // The smallest pagefind.js of the pinned shape: search() returns what it reads import.meta.url as.
  const pagefindJs =
    'const pagefind_version="1.6.0";const a=import.meta.url,b=import.meta.url,c=import.meta.url,d=import.meta.url;let n=0;const search=()=>[a,b,c,d,typeof fetch,typeof Worker,++n],createInstance=0,debouncedSearch=0,destroy=0,filters=0,init=0,mergeIndex=0,options=0,preload=0;export{createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search};';
  const window: { dossierSearch?: { languages: string[]; createPagefind: (fetch: () => void, url: string) => { search: () => unknown[] } } } = {};
  runInNewContext(toSearchRuntime(pagefindJs, { languages: ['de', 'en'], dateOrder: 'QA==', pageCount: 2, cacheTag: 'x' }), { window });
  expect(window.dossierSearch?.languages).toEqual(['de', 'en']);
  const url = 'file:///x/pagefind/pagefind.js';
  const first = window.dossierSearch!.createPagefind(() => undefined, url);
  const second = window.dossierSearch!.createPagefind(() => undefined, url);
  expect(first.search()).toEqual([url, url, url, url, 'function', 'undefined', 1]);
  // Its own state: a second Pagefind counts from one again.
  expect(second.search()).toEqual([url, url, url, url, 'function', 'undefined', 1]);
});
