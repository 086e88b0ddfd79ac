/**
 * `npm run eval:search`: builds a site from the relevance suite's articles
 * (`scripts/fixtures/search/sources/`), asks its search page every query of the suite in
 * Chromium and prints recall@10 and MRR per language and per kind of query, then every query
 * that missed an article. `--keep DIR` builds into DIR and keeps it; `--json FILE` writes the answers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser/browser.ts';
import { startStaticServer } from './browser/serve.ts';
import { buildFixtureSite } from './lib/search-eval/build-fixture-site.ts';
import { answerQueries, readRelevanceSuite, relevanceSourcesDir } from './lib/search-eval/answer-queries.ts';
import { formatRelevance } from './lib/search-eval/format-relevance.ts';

const { values } = parseArgs({
  options: {
    // Build into this folder and keep it (default: a temporary folder, removed at the end)
    keep: { type: 'string' },
    // Write every query with its results to this JSON file
    json: { type: 'string' },
  },
});

const work = values.keep ?? (await mkdtemp(join(tmpdir(), 'dossier-eval-search-')));
try {
  // Build the suite's articles into a site of their own
  const { dist, reportFile } = await buildFixtureSite(fileURLToPath(relevanceSourcesDir), work);

  // Ask every query on the served search page, best match first
  const server = await startStaticServer(dist, { mount: '/' });
  const browser = await launchBrowser();
  try {
    const answers = await answerQueries(await browser.newPage(), server.url, reportFile, await readRelevanceSuite());
    if (values.json) await writeFile(values.json, `${JSON.stringify(answers, null, 1)}\n`);
    console.log(formatRelevance(answers));
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
}
