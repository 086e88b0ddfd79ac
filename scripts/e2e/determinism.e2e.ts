import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import { readTree } from '../fixtures/tree.ts';

// Same sources, two full builds (ingest + Astro + Pagefind) into two folders: every generated
// article and every file of the site is byte-identical. The second build reuses the first one's
// cache, so this also proves that cached analyses change nothing.
const root = join(import.meta.dirname, '../..');

function build(folder: string, cache: string): void {
  const args = ['run', 'build', '--', '--sources', 'content/sources', '--out', join(folder, 'articles'), '--dist', join(folder, 'dist'), '--cache-dir', cache, '--quiet'];
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
}

test('two builds from the same sources give byte-identical content and dist', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-determinism-'));
  const cache = join(work, 'cache');
  build(join(work, 'one'), cache);
  build(join(work, 'two'), cache);
  const one = readTree(join(work, 'one'));
  expect(Object.keys(one).filter((path) => path.startsWith('articles/')).length).toBeGreaterThan(1);
  expect(Object.keys(one)).toContain('dist/index.html');
  expect(Object.keys(one).some((path) => path.startsWith('dist/pagefind/'))).toBe(true);
  const two = readTree(join(work, 'two'));
  // The report beside the articles is the run's log: it names its own --out folder and counts the
  // sources the second run took from the cache. Everything else in it must be the same.
  const report = (folder: string) => {
    const { articles, reused, ...rest } = JSON.parse(readFileSync(join(work, folder, 'articles.report.json'), 'utf8')) as { articles: { output: string }[]; reused: number };
    return { articles: articles.map((article) => ({ ...article, output: basename(article.output) })), rest, reused };
  };
  expect(report('one').reused).toBe(0);
  expect(report('two').reused).toBeGreaterThan(0);
  expect(report('two').articles).toEqual(report('one').articles);
  expect(report('two').rest).toEqual(report('one').rest);
  delete one['articles.report.json'];
  delete two['articles.report.json'];
  expect(two).toEqual(one);
});
