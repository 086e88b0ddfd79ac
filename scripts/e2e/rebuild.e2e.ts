import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTree } from '../fixtures/tree.ts';

// Builds reuse two caches: ingest's analyses and Astro's content store, which keeps each
// article's rendered HTML by the digest of its file. Whatever those caches hold from earlier
// builds, a build's dist/ is the one a build from scratch gives.
const root = join(import.meta.dirname, '../..');
const astroStore = join(root, 'node_modules/.astro/data-store.json');

function build(sources: string, folder: string, ...flags: string[]): void {
  const args = ['run', 'build', '--', '--sources', sources, '--out', join(folder, 'articles'), '--dist', join(folder, 'dist'), '--quiet', ...flags];
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited with ${result.status}:\n${result.stdout.slice(-2000)}\n${result.stderr}`);
}

test('a build after the previous articles folder was deleted works and gives the same site', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-rebuild-'));
  build('content/sources', join(work, 'a'));
  const first = readTree(join(work, 'a/dist'));
  // Astro's store now names files in a/articles; Astro 7's glob loader then failed to resolve them.
  rmSync(join(work, 'a'), { recursive: true });
  build('content/sources', join(work, 'b'));
  expect(Object.keys(first)).toContain('index.html');
  expect(readTree(join(work, 'b/dist'))).toEqual(first);
});

test('rebuilding after one source changed gives the site a build from scratch gives', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-rebuild-'));
  const sources = join(work, 'sources');
  cpSync(join(root, 'content/sources'), sources, { recursive: true });
  build(sources, join(work, 'site'));
  const before = readTree(join(work, 'site/dist'));

  const changed = readdirSync(sources).filter((name) => name.endsWith('.txt')).sort()[0] ?? '';
  appendFileSync(join(sources, changed), '\nThe company confirmed its outlook for the year and named a new chief financial officer.\n');
  build(sources, join(work, 'site'));
  const rebuilt = readTree(join(work, 'site/dist'));

  rmSync(astroStore, { force: true });
  build(sources, join(work, 'scratch'), '--no-cache');
  expect(rebuilt).not.toEqual(before);
  expect(rebuilt).toEqual(readTree(join(work, 'scratch/dist')));
});
