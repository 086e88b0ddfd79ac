import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { makeArticle, makeMetric } from '../../../src/testing/test-articles.ts';
import type { SerialisationInput } from '../run/ingest-jobs.ts';
import { serialiseArticles } from './serialise-articles.ts';
import { toMdx } from './to-mdx.ts';
import { createIngestPool } from '../run/worker-pool.ts';
import { writeContent } from './write-content.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-serialise-'));
});

const pool = createIngestPool({ registryText: '', threads: 0 });
const input = (slug: string, text: string, value = 1): SerialisationInput => ({
  article: makeArticle(slug, { metrics: [makeMetric({ kind: 'price_target', value })] }),
  blocks: [{ type: 'paragraph', text }],
  spans: [],
});
const items = (inputs: SerialisationInput[]) => inputs.map((item) => ({ name: `${item.article.slug}.mdx`, input: item }));

/** One ingest run's serialise-and-write step; returns what it kept. */
async function run(inputs: SerialisationInput[], cacheDir: string | null): Promise<number> {
  const out = join(work, 'articles');
  const serialised = await serialiseArticles(items(inputs), { outDir: out, cacheDir, extractor: 'v1', pool });
  await writeContent(out, serialised.files);
  serialised.remember();
  return serialised.kept;
}

const contents = () => Object.fromEntries(readdirSync(join(work, 'articles')).filter((name) => name.endsWith('.mdx')).map((name) => [name, readFileSync(join(work, 'articles', name), 'utf8')]));
const expected = (inputs: SerialisationInput[]) => Object.fromEntries(inputs.map((item) => [`${item.article.slug}.mdx`, toMdx(item.article, item.blocks, item.spans)]));

describe('serialiseArticles', () => {
  test('keeps the files of unchanged inputs and serialises the changed and new ones', async () => {
    const cache = join(work, 'cache');
    const first = [input('a', 'Alpha.'), input('b', 'Beta.')];
    expect(await run(first, cache)).toBe(0);
    const second = [input('a', 'Alpha.'), input('b', 'Beta, changed.'), input('c', 'Gamma.')];
    expect(await run(second, cache)).toBe(1);
    expect(contents()).toEqual(expected(second));
  });

  test('a value that JSON would not tell apart (-0 against 0) is a changed input', async () => {
    const cache = join(work, 'cache');
    await run([input('a', 'Alpha.', 0)], cache);
    expect(await run([input('a', 'Alpha.', -0)], cache)).toBe(0);
    expect(contents()).toEqual(expected([input('a', 'Alpha.', -0)]));
  });

  test('a file changed in the output folder since the last run is written again', async () => {
    const cache = join(work, 'cache');
    const inputs = [input('a', 'Alpha.'), input('b', 'Beta.')];
    await run(inputs, cache);
    writeFileSync(join(work, 'articles', 'a.mdx'), 'edited by hand');
    expect(await run(inputs, cache)).toBe(1);
    expect(contents()).toEqual(expected(inputs));
  });

  test('an input named by its analysis key is kept while key, path and slug stay the same', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'articles');
    const step = async (slug: string, analysisKey: string) => {
      const item = input(slug, 'Alpha.');
      const serialised = await serialiseArticles([{ name: `${slug}.mdx`, input: item, analysisKey }], { outDir: out, cacheDir: cache, extractor: 'v1', pool });
      await writeContent(out, serialised.files);
      serialised.remember();
      return serialised.kept;
    };
    expect(await step('a', 'k1')).toBe(0);
    expect(await step('a', 'k1')).toBe(1);
    expect(await step('a', 'k2')).toBe(0);
    expect(await step('b', 'k2')).toBe(0);
    expect(contents()).toEqual(expected([input('b', 'Alpha.')]));
  });

  test('a broken index or no cache (--no-cache) serialises everything', async () => {
    const cache = join(work, 'cache');
    const inputs = [input('a', 'Alpha.')];
    await run(inputs, cache);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), '{ broken');
    expect(await run(inputs, cache)).toBe(0);
    expect(await run(inputs, null)).toBe(0);
    expect(contents()).toEqual(expected(inputs));
  });
});
