import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readSources } from '../read/read-sources.ts';
import { createIngestPool } from './worker-pool.ts';
import type { AnalysisInput } from './ingest-jobs.ts';

const registryText = await readFile('content/companies.yaml', 'utf8');

async function inputs(dir: string): Promise<AnalysisInput[]> {
  const { sources } = await readSources(dir);
  return sources.flatMap((source) => (source.ok ? [{ file: source.file, sha256: source.sha256, text: source.text, hints: source.hints, warnings: source.warnings }] : []));
}

describe('createIngestPool', () => {
  test('gives the same results, in the same order, in workers as in the main thread', async () => {
    const items = [...(await inputs('scripts/fixtures/extra/sources')), ...(await inputs('scripts/fixtures/hostile'))];
    expect(items.length).toBeGreaterThan(20);
    const here = createIngestPool({ registryText, threads: 0 });
    const workers = createIngestPool({ registryText, threads: 2, minItems: 0 });
    try {
      const [expected, actual] = [await here.analyse(items), await workers.analyse(items)];
      expect(actual).toEqual(expected);
      expect(expected.some((result) => result.ok) && expected.some((result) => !result.ok)).toBe(true);
      const articles = expected.flatMap((result) => (result.ok ? [{ article: { ...result.article, slug: 'a' }, blocks: result.blocks, spans: result.spans }] : []));
      const mdx = await workers.serialise(articles);
      expect(mdx).toEqual(await here.serialise(articles));
      expect(mdx.every((result) => result.ok && result.content.startsWith('---\n'))).toBe(true);
    } finally {
      await Promise.all([here.close(), workers.close()]);
    }
  }, 60_000);

  test('a worker that dies fails the items it held instead of the run', async () => {
    // Invalid registry YAML: each worker throws while starting, before it answers anything.
    const pool = createIngestPool({ registryText: 'a: [', threads: 2, minItems: 0 });
    try {
      const items = (await inputs('content/sources')).slice(0, 2);
      const results = await pool.analyse(items);
      expect(results).toHaveLength(2);
      for (const result of results) expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/internal error .*not valid YAML/) });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
