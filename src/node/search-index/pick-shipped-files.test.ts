import { expect, test } from 'vitest';
import { pickShippedFiles, toUnstemmedEntry } from './pick-shipped-files.ts';

const file = (path: string, content = '') => ({ path, content: new TextEncoder().encode(content) });
const entry = (languages: Record<string, { wasm?: string | null }>) => file('pagefind-entry.json', JSON.stringify({ version: '1.6.0', languages }));

// What Pagefind 1.6's getFiles() gave for the sample site (sizes aside).
const written = [
  'filter/en_1bfcbbc.pf_filter',
  'fragment/en_2e134b5.pf_fragment',
  'index/en_24caa91.pf_index',
  'pagefind-component-ui.css',
  'pagefind-component-ui.js',
  'pagefind-highlight.js',
  'pagefind-modular-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
  'pagefind-worker.js',
  'pagefind.en_5ff6c4b846.pf_meta',
  'pagefind.js',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
].map((path) => file(path));

test('keeps the index and the WebAssembly the entry names, and drops pagefind.js, the UIs and the worker', () => {
  const files = [...written, entry({ en: { wasm: 'unknown' } })];
  expect(pickShippedFiles(files).map((kept) => kept.path)).toEqual([
    'filter/en_1bfcbbc.pf_filter',
    'fragment/en_2e134b5.pf_fragment',
    'index/en_24caa91.pf_index',
    'pagefind.en_5ff6c4b846.pf_meta',
    'wasm.unknown.pagefind',
    'pagefind-entry.json',
  ]);
});

test('points every language at the WebAssembly that does not stem', () => {
  const written = JSON.stringify({ version: '1.6.0', languages: { de: { hash: 'de_1', wasm: 'de', page_count: 2 }, en: { hash: 'en_1', wasm: 'en', page_count: 3 } } });
  expect(JSON.parse(toUnstemmedEntry(written)).languages).toEqual({ de: { hash: 'de_1', wasm: 'unknown', page_count: 2 }, en: { hash: 'en_1', wasm: 'unknown', page_count: 3 } });
});

test('keeps the generic WebAssembly for a language without its own', () => {
  const files = [...written, entry({ en: { wasm: 'en' }, xx: { wasm: null } })];
  expect(pickShippedFiles(files).map((kept) => kept.path)).toEqual(expect.arrayContaining(['wasm.en.pagefind', 'wasm.unknown.pagefind']));
});

test('refuses a bundle without its entry file, saying what to do', () => {
  expect(() => pickShippedFiles(written)).toThrow(/no pagefind-entry\.json.*build again/);
});

test('exposes only its functions', async () => {
  expect(Object.keys(await import('./pick-shipped-files.ts')).sort()).toEqual(['pickShippedFiles', 'toUnstemmedEntry', 'unstemmedWasm']);
});
