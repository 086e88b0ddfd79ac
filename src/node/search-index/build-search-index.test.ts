import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildSearchIndex, indexChunkSize } from './build-search-index.ts';

const silent = { info: () => undefined };

/** An article page as the site writes it: English chrome, the article in its own language. */
const page = (lang: string, title: string, body: string, date: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Home</nav><main data-pagefind-body><article lang="${lang}">` +
  `<h1 data-pagefind-meta="title">${title}</h1><p>${body}</p>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-sort="date:${date}"></span><span data-pagefind-filter="language:${lang}"></span></div></article></main></body></html>`;

let site: string;
beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'dossier-search-index-'));
  await mkdir(join(site, 'articles'), { recursive: true });
  await writeFile(join(site, 'articles/kursziel.html'), page('de', 'Barclays hebt das Kursziel', 'Das Kursziel steigt. Der Kurs legte zu, das Ziel ist hoch.', '2026-03-12'));
  await writeFile(join(site, 'articles/target.html'), page('en', 'Analysts raise the price target', 'The price target|rise rose to $225.', '2026-03-04'));
  // Not an article: never indexed.
  await writeFile(join(site, 'articles/index.html'), '<!doctype html><html lang="en"><body><main><h1>All articles</h1></main></body></html>');
  await writeFile(join(site, 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><p>Home</p></main></body></html>');
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

/** The text Pagefind keeps for excerpts, per language, from the fragments it wrote. */
async function readFragments(bundle: string): Promise<Record<string, string[]>> {
  const texts: Record<string, string[]> = {};
  for (const name of await readdir(join(bundle, 'fragment'))) {
    const fragment = JSON.parse(gunzipSync(await readFile(join(bundle, 'fragment', name))).subarray(12).toString());
    (texts[name.slice(0, 2)] ??= []).push(fragment.content);
  }
  return texts;
}

describe('buildSearchIndex', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./build-search-index.ts')).sort()).toEqual(['buildSearchIndex', 'indexChunkSize']);
  });

  test("indexes each article page in its own language, and nothing else", async () => {
    await expect(buildSearchIndex(site, silent)).resolves.toBe(2);
    const entry = JSON.parse(await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en']);
    expect(Object.values(entry.languages).map((language) => (language as { page_count: number }).page_count)).toEqual([1, 1]);
  });

  // One WebAssembly file serves every language: the search page stems each query itself.
  test('writes the runtime, one WebAssembly file and the index, and no Pagefind file the page does not load', async () => {
    await buildSearchIndex(site, silent);
    const files = (await readdir(join(site, 'pagefind'))).sort();
    expect(files.filter((name) => !/^pagefind\.(de|en)_\w+\.pf_meta$/.test(name))).toEqual(['dossier-search.js', 'filter', 'fragment', 'index', 'offline', 'pagefind-entry.json', 'wasm.unknown.pagefind']);
    const entry = JSON.parse(await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages).map((language) => (language as { wasm: string }).wasm)).toEqual(['unknown', 'unknown']);
    const runtime = await readFile(join(site, 'pagefind/dossier-search.js'), 'utf8');
    // German first (the sorted languages), then by date: the English article is older.
    // bits 10 → base64 "gA==".
    expect(runtime).toMatch(/^window\.dossierSearch=\{"languages":\["de","en"\],"dateOrder":"gA==","pageCount":2,"cacheTag":"[0-9a-f]{12}"\};/);
    expect(await readdir(join(site, 'pagefind/offline'))).toContain('pagefind-offline.js');
  });

  test('marks German compounds in the indexed text, escapes marks the text held, and leaves the pages as built', async () => {
    const before = await readFile(join(site, 'articles/kursziel.html'), 'utf8');
    await buildSearchIndex(site, silent);
    const fragments = await readFragments(join(site, 'pagefind'));
    expect(fragments['de']!.join(' ')).toContain('Kurs|ziel steigt');
    expect(fragments['en']!.join(' ')).toContain('target||rise');
    expect(await readFile(join(site, 'articles/kursziel.html'), 'utf8')).toBe(before);
  });

  test('replaces the bundle of an earlier build', async () => {
    await mkdir(join(site, 'pagefind'), { recursive: true });
    await writeFile(join(site, 'pagefind/stale.pf_meta'), 'old');
    await buildSearchIndex(site, silent);
    expect(await readdir(join(site, 'pagefind'))).not.toContain('stale.pf_meta');
  });

  test('names an article page it cannot index, and what to do', async () => {
    await writeFile(join(site, 'articles/broken.html'), '<html><body><main data-pagefind-body><p>x</p></main></body></html>');
    await expect(buildSearchIndex(site, silent)).rejects.toThrow(/articles\/broken\.html has no <article lang>.*npm run build/);
  });
});

test(`cuts each language's index into chunks of ${indexChunkSize} word positions, half Pagefind's default`, async () => {
  // 15 pages of the same 500 words: two chunks at Pagefind's default, three at ours.
  const words = Array.from({ length: 500 }, (_, i) => `wort${i.toString(36)}`).join(' ');
  for (let i = 0; i < 15; i++) await writeFile(join(site, `articles/p${i}.html`), page('de', `Seite ${i}`, words, '2026-01-01'));
  await buildSearchIndex(site, silent);
  const chunks = (await readdir(join(site, 'pagefind/index'))).filter((name) => name.startsWith('de_'));
  expect(chunks.length).toBeGreaterThanOrEqual(3);
  expect(process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']).toBeUndefined();
});
