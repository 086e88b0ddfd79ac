/**
 * `npm run bench -- --articles N`: generates a corpus, builds it with Dossier and with the naive
 * Astro + MDX baseline, measures both and writes `bench/results/<date>-<N>.json` and
 * `bench/results/latest.md`. Flags: `--articles N` (default 1000), `--seed S`, `--keep` (keep
 * the work folder), `--skip-naive`, `--skip-browser`. Work folders live in `bench/.work/`.
 */
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchResult } from './bench-result.ts';
import { formatResults } from './format-results.ts';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import { measureFirstSearch } from './measure/measure-first-search.ts';
import { measureOfflineFirstResult } from './measure/measure-offline-first-result.ts';
import { measureSite } from './measure/measure-site.ts';
import { readMachineInfo } from './measure/machine-info.ts';
import { writeNaiveProject } from './naive-project.ts';
import { buildNaive, buildOurs, clearAstroCaches } from './run-builds.ts';

const { values } = parseArgs({
  options: {
    // How many articles to generate and build
    articles: { type: 'string', default: '1000' },
    // Seed of the corpus; the same seed gives the same corpus
    seed: { type: 'string', default: '2026' },
    // Keep bench/.work/<run>/ (sources, articles, both sites) for inspection
    keep: { type: 'boolean', default: false },
    // Skip the naive baseline (faster; no ratios)
    'skip-naive': { type: 'boolean', default: false },
    // Skip the first-search measurement in Chromium
    'skip-browser': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number above 0, got "${values.articles}"`);
const root = resolve('.');
const log = (message: string) => console.log(`[bench] ${message}`);
const machine = await readMachineInfo(root);
const work = join(root, 'bench/.work', `run-${articles}-${Date.now()}`);
const dirs = { sources: join(work, 'sources'), articles: join(work, 'articles'), dist: join(work, 'dist'), ingestCache: join(work, 'ingest-cache') };

try {
  // Generate the corpus and write it as source files
  const corpus = generateCorpus({ articles, seed });
  await writeCorpus(dirs.sources, corpus);
  const bytes = corpus.articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  log(`Wrote ${articles} sources (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${dirs.sources}`);

  // Full Dossier build from cold caches (ingest's is in the work folder), then the sizes of what it wrote
  await clearAstroCaches(root);
  const build = await buildOurs(root, dirs, { clean: true });
  const site = await measureSite(dirs.dist, { indexFolder: 'pagefind', isArticle: (path) => path.startsWith('articles/') });
  log(`Dossier: full build ${(build.wallMs / 1000).toFixed(1)} s, ${site.htmlPages} pages`);

  // Change one source and build again: the incremental case
  const changed = join(dirs.sources, corpus.articles[0]!.file);
  await appendFile(changed, '\nThe company confirmed its outlook for the year.\n');
  const incremental = await buildOurs(root, dirs);
  log(`Dossier: rebuild after one changed source ${(incremental.wallMs / 1000).toFixed(1)} s`);

  // First search in Chromium: the name of the company with the most articles
  const query = corpus.articles[0]!.company.name.split(' ')[0]!;
  const firstSearch = values['skip-browser'] ? null : await measureFirstSearch(dirs.dist, { query, searchPage: 'search.html', resultSelector: '.search-result' });
  if (firstSearch) log(`First search for "${query}": ${firstSearch.requests} requests, ${(firstSearch.bytes / 1024).toFixed(1)} KB`);

  // The same search from disk: time to the first result
  const offlineFirstResult = values['skip-browser'] ? null : await measureOfflineFirstResult(dirs.dist, { query, searchPage: 'search.html', resultSelector: '.search-result' });
  if (offlineFirstResult) log(`First result from file:// for "${query}": ${offlineFirstResult.runs.join(', ')} ms`);

  // The naive baseline on the same articles
  let naive: BenchResult['naive'] = null;
  if (!values['skip-naive']) {
    const project = join(work, 'naive');
    await writeNaiveProject(project, dirs.articles);
    const naiveBuild = await buildNaive(root, project);
    naive = { build: naiveBuild, site: await measureSite(join(project, 'dist'), { indexFolder: 'pagefind', isArticle: (path) => !path.includes('/') && path !== 'index.html' && path !== '404.html' }) };
    log(`Naive: build ${(naiveBuild.wallMs / 1000).toFixed(1)} s`);
  }

  // Write the JSON result and the Markdown table
  const date = new Date().toISOString().slice(0, 10);
  const result: BenchResult = {
    date,
    articles,
    seed,
    machine,
    loadAfter: loadavg().map((load) => Number(load.toFixed(2))),
    corpus: {
      files: corpus.articles.length,
      bytes,
      english: corpus.articles.filter((article) => article.lang === 'en').length,
      german: corpus.articles.filter((article) => article.lang === 'de').length,
      markdown: corpus.articles.filter((article) => article.file.endsWith('.md')).length,
      companies: new Set(corpus.articles.map((article) => article.company.id)).size,
    },
    ours: { build, site, incremental, firstSearch, offlineFirstResult },
    naive,
  };
  const results = join(root, 'bench/results');
  await mkdir(results, { recursive: true });
  await writeFile(join(results, `${date}-${articles}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const markdown = formatResults(result);
  await writeFile(join(results, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
} finally {
  if (values.keep) log(`Kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
