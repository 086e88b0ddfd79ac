import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/generate-corpus.ts';
import { readTree } from '../fixtures/tree.ts';

// Builds reuse three caches: ingest's analyses, Astro's content store (each article's
// front-matter by the digest of its file) and Astro's incremental build cache (each keyed page as
// it was rendered, src/node/page-keys.ts). Whatever those caches hold from earlier builds, a
// build's dist/ is the one a build from scratch gives.
const root = join(import.meta.dirname, '../..');
const astroStore = join(root, 'node_modules/.astro/data-store.json');

/** Runs `npm run build` into `folder`; `env` is added to the environment. Returns Astro's log. */
function build(sources: string, folder: string, flags: string[] = [], env: Record<string, string> = {}): string {
  const args = ['run', 'build', '--', '--sources', sources, '--out', join(folder, 'articles'), '--dist', join(folder, 'dist'), '--quiet', ...flags];
  return run(args, env);
}

function run(args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited with ${result.status}:\n${result.stdout.slice(-2000)}\n${result.stderr}`);
  return result.stdout;
}

/** A build from scratch: empty content store, no ingest cache, incremental cache neither read nor written. */
function buildFromScratch(sources: string, folder: string): void {
  rmSync(astroStore, { force: true });
  build(sources, folder, ['--no-cache'], { DOSSIER_INCREMENTAL: '0' });
}

// Pages an incremental build reused (left in dist/ or copied from the cache) and pages it
// rendered, from Astro's log. Colours are stripped: with CI set, Astro colours its log even into a pipe.
function countPages(coloured: string): { reused: number; rendered: number } {
  const log = stripVTControlCharacters(coloured);
  const reused = log.match(/ \((?:cached|restored)\)/g)?.length ?? 0;
  return { reused, rendered: (log.match(/├─ /g)?.length ?? 0) - reused };
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

test('incremental rebuilds give the site a build from scratch gives', { timeout: 600_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-rebuild-'));
  const sources = join(work, 'sources');
  // 30 articles about 4 companies: every article has neighbours, related articles and lists in common.
  await writeCorpus(sources, generateCorpus({ articles: 30, companies: 4, seed: 7 }));
  const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).sort();
  const [changed = '', retitled = '', deleted = ''] = files;
  build(sources, join(work, 'site'));

  const steps: Array<[string, () => void]> = [
    ['one article gains a sentence', () => appendFileSync(join(sources, changed), '\nThe company confirmed its outlook for the year and named a new chief financial officer.\n')],
    [
      // A new headline and year move the article among its neighbours; a newly named company
      // changes the company list, company pages and search data of every article naming it.
      'one article gets a new headline, year and company',
      () => {
        const text = readFileSync(join(sources, retitled), 'utf8');
        writeFileSync(join(sources, retitled), text.replace(/^.*$/m, 'Zentrix Robotics (NYSE: ZTXR) shares jump after a surprise order').replace(/\b20\d\d\b/g, '2023'));
      },
    ],
    ['one article is deleted', () => rmSync(join(sources, deleted))],
  ];
  let previous = readTree(join(work, 'site/dist'));
  for (const [index, [what, change]] of steps.entries()) {
    change();
    const counts = countPages(build(sources, join(work, 'site')));
    const rebuilt = readTree(join(work, 'site/dist'));
    buildFromScratch(sources, join(work, `scratch-${index}`));
    expect(rebuilt, what).not.toEqual(previous);
    expect(rebuilt, what).toEqual(readTree(join(work, `scratch-${index}/dist`)));
    // The rebuild did reuse pages: most of the 30 articles' pages were kept, not rendered.
    expect(counts.reused, what).toBeGreaterThan(counts.rendered);
    previous = rebuilt;
  }
});

test('a dist/ another state of the corpus was built into keeps none of its changed pages', { timeout: 300_000 }, async () => {
  // One articles folder, two dist/ folders: the cache's keys match the articles of the last build,
  // but dist-1 still holds pages of the state before it.
  const work = mkdtempSync(join(tmpdir(), 'dossier-rebuild-'));
  const sources = join(work, 'sources');
  await writeCorpus(sources, generateCorpus({ articles: 12, companies: 2, seed: 11 }));
  const into = (dist: string) => run(['run', 'build', '--', '--sources', sources, '--out', join(work, 'articles'), '--dist', join(work, dist), '--quiet']);
  into('dist-1');
  const first = readTree(join(work, 'dist-1'));
  const file = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).sort()[0] ?? '';
  writeFileSync(join(sources, file), readFileSync(join(sources, file), 'utf8').replace(/^.*$/m, 'Quarterly figures lift the shares of the company'));
  into('dist-2');
  into('dist-1');
  expect(readTree(join(work, 'dist-1'))).not.toEqual(first);
  expect(readTree(join(work, 'dist-1'))).toEqual(readTree(join(work, 'dist-2')));
});
