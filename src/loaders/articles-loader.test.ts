import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { articleSchema } from '../lib/schema.ts';
import { articlesLoader } from './articles-loader.ts';

type DataEntry = NonNullable<ReturnType<DataStore['get']>>;

// A loader context as Astro gives it, with a store kept across loads like the data store.
function createContext(root: string, entries = new Map<string, DataEntry>()) {
  const parsed: string[] = [];
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: () => {}, error: () => {}, info: () => {} },
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return articleSchema.parse(data);
    },
    store: {
      get: (id: string) => entries.get(id),
      // As Astro's data store does: a set with the digest already held is ignored.
      set: (entry: DataEntry) => {
        if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
  };
  return { context: context as unknown as LoaderContext, entries, parsed };
}

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-loader-'));
  dir = join(root, 'articles');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeArticle(slug: string, body: string): Promise<void> {
  const frontMatter = `---\nschemaVersion: 1\ntitle: ${slug}\ntitleSource: headline\nslug: ${slug}\ndate: '2025-12-12'\ndateSource: dateline\nlang: en\nsource:\n  file: ${slug}.txt\n  sha256: ${'a'.repeat(64)}\n  publisher: null\nprimary: acme\ncompanies: []\nidentifiers: []\nsummary: ''\nwordCount: 1\nmetrics: []\n---\n`;
  await writeFile(join(dir, `${slug}.mdx`), frontMatter + body);
}

describe('articlesLoader', () => {
  test('stores each article with its validated data and path, by slug, without its body', async () => {
    await writeArticle('one', 'Up <Fig kind="figure">5%</Fig>.\n');
    await writeArticle('two', '## Outlook\n');
    const { context, entries } = createContext(root);
    await articlesLoader({ base: 'articles' }).load(context);
    expect([...entries.keys()].sort()).toEqual(['one', 'two']);
    expect(entries.get('one')).toMatchObject({ data: { slug: 'one', date: '2025-12-12' }, filePath: 'articles/one.mdx' });
    expect(entries.get('one')?.body).toBeUndefined();
    expect(entries.get('one')?.rendered).toBeUndefined();
  });

  test('parses only what changed, and drops what is gone', async () => {
    await writeArticle('one', 'First.\n');
    await writeArticle('two', 'Second.\n');
    await writeArticle('three', 'Third.\n');
    const first = createContext(root);
    await articlesLoader({ base: 'articles' }).load(first.context);

    const digest = first.entries.get('two')?.digest;
    await writeArticle('two', 'Second, changed.\n');
    await rm(join(dir, 'three.mdx'));
    const second = createContext(root, first.entries);
    await articlesLoader({ base: dir }).load(second.context);
    expect(second.parsed).toEqual(['two']);
    expect([...second.entries.keys()].sort()).toEqual(['one', 'two']);
    expect(second.entries.get('two')?.digest).not.toBe(digest);
  });

  test('reads an unchanged file moved to another folder again, so its entry has the new path', async () => {
    await writeArticle('one', 'First.\n');
    const first = createContext(root);
    await articlesLoader({ base: 'articles' }).load(first.context);
    const moved = join(root, 'elsewhere');
    await mkdir(moved);
    await writeFile(join(moved, 'one.mdx'), await readFile(join(dir, 'one.mdx')));
    await rm(dir, { recursive: true });
    const second = createContext(root, first.entries);
    await articlesLoader({ base: moved }).load(second.context);
    expect(second.parsed).toEqual(['one']);
    expect(second.entries.get('one')?.filePath).toBe('elsewhere/one.mdx');
  });

  test('names the file whose slug is not its file name', async () => {
    await writeArticle('one', 'First.\n');
    await writeFile(join(dir, 'renamed.mdx'), await readFile(join(dir, 'one.mdx')));
    const { context } = createContext(root);
    await expect(articlesLoader({ base: 'articles' }).load(context)).rejects.toThrow(
      'articles/renamed.mdx: the front-matter says slug "one", but the file is named "renamed.mdx"',
    );
  });

  test('warns about a missing folder and empties the collection', async () => {
    const warnings: string[] = [];
    const { context, entries } = createContext(root, new Map([['old', { id: 'old', data: {} }]]));
    (context.logger as unknown as { warn: (m: string) => void }).warn = (message) => warnings.push(message);
    await articlesLoader({ base: 'missing' }).load(context);
    expect(entries.size).toBe(0);
    expect(warnings[0]).toContain('does not exist; run `npm run ingest` first');
  });
});
