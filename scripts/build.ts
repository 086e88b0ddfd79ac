/**
 * `npm run build`: ingest, then the Astro build (which runs the Pagefind index).
 * A source that failed to ingest does not stop the site: it is built from the rest, and the run
 * still exits 1 so scripts and CI see the failure. Bad usage (ingest exit 2) stops here.
 *
 * Takes every ingest flag, plus `--dist DIR` (default `dist`): where the site is written. The
 * ingest `--out` folder is handed to Astro through `DOSSIER_ARTICLES_DIR`, so a build from
 * another corpus (tests, benchmarks) never touches `content/articles` or `dist/`.
 *
 * The search index is built after Astro has exited (see `src/lib/search-index-step.ts`): at
 * 10,000 articles Astro and Pagefind each hold close to 2 GB, and one after the other they never
 * hold it at once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliOptions } from './lib/run/cli-options.ts';
import { articlesDirVariable } from '../src/lib/articles-dir.ts';
import { formatCount } from '../src/lib/format.ts';
import { buildSearchIndex } from '../src/node/search-index/build-search-index.ts';
import { indexAfterAstroVariable } from '../src/lib/search-index-step.ts';

const distOption = { dist: { type: 'string', default: 'dist', description: 'folder the built site replaces' } } as const;

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), options: { ...cliOptions, ...distOption }, strict: true, tokens: true });
} catch (error) {
  console.error(`[build] ${(error as Error).message}. Run \`npm run build -- --help\` for the flags.`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log('Usage: npm run build -- [--dist DIR] [ingest flags]\n\n  --dist <dir>         folder the built site replaces (default: dist)\n\nIngest flags:');
}

// Everything but --dist goes to ingest, as given.
const ingestArgs = parsed.tokens.flatMap((token) => {
  if (token.kind !== 'option' || token.name === 'dist') return [];
  return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
});

// The ingest report tells how many sources failed; a temporary one when --report is not given.
const scratch = mkdtempSync(join(tmpdir(), 'dossier-build-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const reportFile = parsed.values.report ?? join(scratch, 'report.json');
if (parsed.values.report === undefined) ingestArgs.push('--report', reportFile);

// Ingest every source; exit code 0 (all fine), 1 (some failed), 2 (bad usage)
const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', ...ingestArgs], { stdio: 'inherit' });
if (parsed.values.help) process.exit(0);
if (ingest.status !== 0 && ingest.status !== 1) process.exit(ingest.status ?? 2);

// Build the static site and its search index from whatever was ingested
// No --force: the articles loader keys its cache by file digest, so a build after another
// folder's (even a deleted one's) stays correct; scripts/e2e/rebuild.e2e.ts proves it.
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', resolve(parsed.values.dist)], {
  stdio: 'inherit',
  env: { ...process.env, [articlesDirVariable]: resolve(parsed.values.out), [indexAfterAstroVariable]: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

// The search index over the built pages, as the integration would have made it inside Astro
try {
  await buildSearchIndex(resolve(parsed.values.dist), { info: (message) => console.log(`${timeOfDay()} [dossier:article-search] ${message}`) });
} catch (error) {
  console.error(`[build] ${(error as Error).message}`);
  process.exit(1);
}

if (ingest.status === 1) console.error(`[build] The site was built, but ${countFailed(reportFile)} failed to ingest: see the lines above.`);
process.exitCode = ingest.status;

function countFailed(file: string): string {
  try {
    return formatCount((JSON.parse(readFileSync(file, 'utf8')) as { failed: unknown[] }).failed.length, 'source');
  } catch {
    return 'some sources';
  }
}

// Astro's log format ("12:00:01"), so the build's lines read as one log
function timeOfDay(): string {
  return new Date().toTimeString().slice(0, 8);
}
