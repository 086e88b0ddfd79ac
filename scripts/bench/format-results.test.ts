import { describe, expect, test } from 'vitest';
import type { BenchResult, BuildFigures } from './bench-result.ts';
import { formatResults, toFigureRows, toGoalRows } from './format-results.ts';
import { summariseProfile, toBucket } from './summarise-profile.ts';
import { median } from './measure/measure-site.ts';

const build = (wallMs: number, extra: Partial<BuildFigures> = {}): BuildFigures => ({ exitCode: 0, wallMs, peakRssBytes: 1024 ** 3, peakTreeRssBytes: 1.5 * 1024 ** 3, ingestMs: 1000, siteBuildMs: wallMs / 2, indexMs: wallMs / 4, pages: 2003, ...extra });
const site = (largest: number) => ({ distBytes: 5e7, files: 3000, htmlPages: 2003, indexBytes: 1e7, articlePages: 2000, articleGzipMedianBytes: 3000, articleGzipMaxBytes: 5000, largestPage: { path: 'index.html', bytes: largest } });

function result(overrides: { ours?: number; naive?: number | null; incremental?: number; search?: number; largest?: number; articles?: number } = {}): BenchResult {
  return {
    date: '2026-01-01',
    articles: overrides.articles ?? 2000,
    seed: 1,
    machine: { cpu: 'Test CPU', cores: 2, ramBytes: 24 * 1024 ** 3, node: 'v24.0.0', astro: '7.3.5', mdx: '8.0.2', pagefind: '1.6.0', platform: 'linux x64', loadAverage: [0.1, 0.2, 0.3] },
    loadAfter: [1, 1, 1],
    corpus: { files: 2000, bytes: 8e6, english: 1200, german: 800, markdown: 300, companies: 200 },
    ours: {
      build: build(overrides.ours ?? 10_000),
      site: site(overrides.largest ?? 50_000),
      incremental: build(overrides.incremental ?? 2_000),
      firstSearch: { query: 'x', results: 5, requests: 12, bytes: 300_000, gzipBytes: overrides.search ?? 100_000, largest: { url: 'pagefind/wasm.en.pagefind', bytes: 60_000 } },
    },
    naive: overrides.naive === null ? null : { build: build(overrides.naive ?? 20_000, { ingestMs: null }), site: site(20_000) },
  };
}

const met = (rows: ReturnType<typeof toGoalRows>, start: string) => rows.find((row) => row.goal.startsWith(start))?.met;

describe('toGoalRows', () => {
  test('judges each goal on its figure', () => {
    const good = toGoalRows(result());
    expect(met(good, '2,000 articles')).toBe('yes');
    expect(met(good, '10,000 articles: full build')).toBe('yes');
    expect(met(good, '10,000 articles: peak RSS')).toBe('yes');
    expect(met(good, 'ingest')).toBe('yes');
    expect(met(good, 'first search')).toBe('yes');
    expect(met(good, 'no page over')).toBe('yes');
    expect(met(good, 'one changed source')).toBe('yes');
    expect(met(good, '50,000')).toBe('not measured');

    const bad = toGoalRows(result({ ours: 13_000, incremental: 4_000, search: 160 * 1024, largest: 101 * 1024 }));
    expect(met(bad, '2,000 articles')).toBe('no');
    expect(met(bad, '10,000 articles: full build')).toBe('no');
    expect(met(bad, 'first search')).toBe('no');
    expect(met(bad, 'no page over')).toBe('no');
    expect(met(bad, 'one changed source')).toBe('no');
  });

  test('a run of 50,000 articles has completed, and says with what memory', () => {
    const row = toGoalRows(result({ articles: 50_000, naive: null })).find((goal) => goal.goal.startsWith('50,000'));
    expect(row?.met).toBe('yes');
    expect(row?.measured).toContain('completed at 50,000');
    expect(row?.measured).toContain('peak RSS 1.50 GiB of 24.00 GiB');
    expect(toGoalRows(result({ articles: 49_999 })).find((goal) => goal.goal.startsWith('50,000'))?.met).toBe('not measured');
  });

  test('without the naive baseline the ratio goal is not measured', () => {
    expect(met(toGoalRows(result({ naive: null })), '2,000 articles')).toBe('not measured');
  });
});

describe('formatResults', () => {
  test('prints the machine, a figures table with ratios and the goals table', () => {
    const text = formatResults(result());
    expect(text).toContain('Test CPU, 2 cores, 24.00 GiB RAM');
    expect(text).toContain('| full build (wall) | 10.0 s | 20.0 s | 0.50 |');
    expect(text).toContain('| 2,000 articles: full build ≤ 0.6 × naive | 0.50 × (10.0 s vs 20.0 s) at 2,000 | yes |');
  });
});

describe('profile summary', () => {
  test.each([
    ['file:///w/node_modules/@astrojs/mdx/dist/index.js', '@astrojs/mdx'],
    ['file:///w/node_modules/vite/node_modules/rolldown/dist/x.mjs', 'rolldown'],
    ['file:///w/scripts/lib/emit/to-mdx.ts', 'scripts/lib/emit/to-mdx.ts'],
    ['node:internal/modules/esm/loader', '(node internals)'],
  ])('toBucket(%s)', (url, bucket) => expect(toBucket(url, 'f')).toBe(bucket));

  test('adds self time per bucket, largest first', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(garbage collector)', url: '' } },
        { id: 2, callFrame: { functionName: 'render', url: 'file:///w/node_modules/astro/dist/a.js' } },
      ],
      samples: [2, 1, 2],
      timeDeltas: [1000, 500, 3000],
    };
    expect(summariseProfile(profile)).toEqual({ totalMs: 4.5, buckets: [{ bucket: 'astro', ms: 4 }, { bucket: '(garbage collector)', ms: 0.5 }] });
  });

  test('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('toFigureRows', () => {
  test('divides the Astro build by the pages the site has, not by the pages the index holds', () => {
    const run = result({ ours: 10_000 });
    // The index holds article pages only: fewer than the site's HTML pages.
    run.ours.build = { ...run.ours.build, pages: 1000, siteBuildMs: 4006 };
    const row = toFigureRows(run).find(([label]) => label?.startsWith('site build per page'));
    expect(row?.[1]).toBe('2.00 ms');
  });
});
