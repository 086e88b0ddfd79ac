import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { close, createIndex } from 'pagefind';
import { buildSearchIndex, searchedPages, searchLanguage } from './build-search-index.ts';
import { writeOfflineSearch } from './offline-search/write-offline-search.ts';
import { readBundle } from './read-bundle.ts';

// Pagefind runs a native binary; the integration's contract is the calls it makes.
vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn(async () => null) }));
// Writing the offline bundle is the file system's business; its content is tested beside it.
vi.mock('./offline-search/write-offline-search.ts', () => ({
  writeOfflineSearch: vi.fn(async () => ({ scripts: 2, index: 1000, wrappedIndex: 1340, entry: 48000 })),
}));

// Deleting the files the site does not ship: the calls are the contract.
vi.mock('node:fs/promises', () => ({ rm: vi.fn(async () => undefined) }));
// What Pagefind wrote is read back from disk (tested beside it), never through its service.
vi.mock('./read-bundle.ts', () => ({ readBundle: vi.fn() }));

const bytes = (text: string) => new TextEncoder().encode(text);
const shipped = [
  { path: 'pagefind.js', content: bytes('js') },
  { path: 'pagefind-entry.json', content: bytes('{"languages":{"en":{"hash":"en_1","wasm":"en","page_count":3}}}') },
];
const bundleFiles = [...shipped, { path: 'pagefind-ui.js', content: new Uint8Array(2048) }];

const silent = { info: vi.fn() };

function mockIndex(overrides: { add?: string[]; write?: string[] } = {}) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: overrides.add ?? [], page_count: 3 })),
    writeFiles: vi.fn(async () => ({ errors: overrides.write ?? [], outputPath: '/site/pagefind' })),
    getFiles: vi.fn(async () => ({ errors: [], files: bundleFiles })),
  };
  vi.mocked(createIndex).mockResolvedValue({ errors: [], index } as never);
  vi.mocked(readBundle).mockResolvedValue(bundleFiles);
  return index;
}

afterEach(() => {
  vi.clearAllMocks();
});

describe('buildSearchIndex', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./build-search-index.ts')).sort()).toEqual(['buildSearchIndex', 'searchLanguage', 'searchedPages']);
  });

  // One index for en and de: otherwise a search made on an English page never finds German articles.
  test('builds one index for every language', async () => {
    mockIndex();
    await buildSearchIndex('/site', silent);
    expect(searchLanguage).toBe('en');
    expect(createIndex).toHaveBeenCalledWith(expect.objectContaining({ forceLanguage: 'en' }));
  });

  test('indexes the article pages of the site folder and writes the bundle into it', async () => {
    const index = mockIndex();
    await expect(buildSearchIndex('/site', silent)).resolves.toBe(3);
    expect(searchedPages).toBe('articles/*.html');
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site', glob: 'articles/*.html' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(close).toHaveBeenCalled();
  });

  // What is on disk after writeFiles is then exactly what Pagefind wrote: no file of an older build.
  test('empties the bundle folder before Pagefind writes it', async () => {
    const index = mockIndex();
    await buildSearchIndex('/site', silent);
    expect(rm).toHaveBeenNthCalledWith(1, '/site/pagefind', { recursive: true, force: true });
    expect(vi.mocked(rm).mock.invocationCallOrder[0]).toBeLessThan(index.writeFiles.mock.invocationCallOrder[0] ?? 0);
  });

  // getFiles() sends every file back through the service: the bundle is read from disk instead,
  // after the service has been stopped, so its memory is given back first.
  test('reads the written bundle from disk once Pagefind is stopped', async () => {
    const index = mockIndex();
    await buildSearchIndex('/site', silent);
    expect(index.getFiles).not.toHaveBeenCalled();
    expect(readBundle).toHaveBeenCalledWith('/site/pagefind');
    expect(vi.mocked(close).mock.invocationCallOrder[0]).toBeLessThan(vi.mocked(readBundle).mock.invocationCallOrder[0] ?? 0);
  });

  test('writes the same index again for search from file://, and says how big it is', async () => {
    mockIndex();
    await buildSearchIndex('/site', silent);
    expect(writeOfflineSearch).toHaveBeenCalledWith('/site/pagefind', shipped);
    expect(silent.info).toHaveBeenCalledWith('Wrote the offline search: 1.0 kB index as 2 scripts of 1.3 kB, 46.9 kB runtime');
  });

  test('deletes the Pagefind files the search page never loads', async () => {
    mockIndex();
    await buildSearchIndex('/site', silent);
    expect(rm).toHaveBeenCalledTimes(2);
    expect(rm).toHaveBeenLastCalledWith('/site/pagefind/pagefind-ui.js', { force: true });
    expect(silent.info).toHaveBeenCalledWith('Left out 1 Pagefind files the search page does not load (2.0 kB)');
  });

  test('stops when the written bundle cannot be read back, and still closes Pagefind', async () => {
    mockIndex();
    vi.mocked(readBundle).mockRejectedValue(new Error('EACCES: permission denied'));
    await expect(buildSearchIndex('/site', silent)).rejects.toThrow('EACCES');
    expect(writeOfflineSearch).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
  });

  test('turns indexing errors into one error and still closes Pagefind', async () => {
    const index = mockIndex({ add: ['bad.html: no <html> element', 'worse.html: empty'] });
    const failure = buildSearchIndex('/site', silent);
    await expect(failure).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Failed to index the pages in /site:
        bad.html: no <html> element
        worse.html: empty
      Check that the build wrote valid HTML, then build again.]
    `);
    await expect(failure.catch((error: Error) => error.cause)).resolves.toEqual([
      'bad.html: no <html> element',
      'worse.html: empty',
    ]);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });

  test('reports a service that did not start', async () => {
    vi.mocked(createIndex).mockResolvedValue({ errors: ['binary not found'] });
    await expect(buildSearchIndex('/site', silent)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Failed to start the Pagefind search indexer:
        binary not found
      Run \`npm ci\` so the Pagefind binary for this platform is installed, then build again.]
    `);
    expect(close).toHaveBeenCalledOnce();
  });

  test('turns write errors into one error', async () => {
    mockIndex({ write: ['disk full'] });
    await expect(buildSearchIndex('/site', silent)).rejects.toThrow('Failed to write the search index to /site/pagefind');
    expect(close).toHaveBeenCalledOnce();
  });
});
