/**
 * `npm run build`: ingest, then the Astro build and the search index into a fresh folder, swapped
 * in as `--dist` whole. Flags and exit codes: `npm run build -- --help`; what the build guarantees
 * for `dist/`: docs/safety.md.
 *
 * A source that failed to ingest does not stop the site: it is built from the rest, and the run
 * still exits 1. A failure of the run itself (bad usage, a held lock, an invalid note or registry,
 * a full disk, a failed render or index) stops it with the articles and the previous site as they
 * were. The ingest `--out` folder is handed to Astro, so a build from another corpus (tests,
 * benchmarks) never touches `content/articles` or `dist/`.
 *
 * The search index is built after Astro has exited (see `src/lib/search-index-step.ts`): at
 * 10,000 articles Astro and Pagefind each hold close to 2 GB, and one after the other they never
 * hold it at once.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCount } from '../src/lib/format.ts';
import { buildSearchIndex } from '../src/node/search-index/build-search-index.ts';
import { recoverOutFolder, toWorkFolders } from './lib/emit/out-folder.ts';
import { lockedExitCode, runFailedExitCode, siteFailedExitCode, sourcesFailedExitCode, usageExitCode } from './lib/run/exit-codes.ts';
import { isAlive } from './lib/run/lock.ts';
import { checkNotes } from './lib/site/check-notes.ts';
import { checkDistFolder } from './lib/site/dist-folder.ts';
import { ingestForSite } from './lib/site/ingest-for-site.ts';
import { formatBuildHelp, parseBuildOptions, type BuildOptions } from './lib/site/parse-build-options.ts';
import { printSummary } from './lib/run/print-summary.ts';
import { toReportFile } from './lib/run/read-report.ts';
import { discardStaging, publishSite } from './lib/site/publish-site.ts';
import { renderSite } from './lib/site/render-site.ts';
import { takeBuildLocks } from './lib/site/take-build-locks.ts';
import { toSiteInputs } from './lib/site/to-site-inputs.ts';

function stop(code: number, message: string): never {
  console.error(`[build] ${message}`);
  process.exit(code);
}

let options: BuildOptions;
try {
  options = parseBuildOptions(process.argv.slice(2), process.env);
} catch (error) {
  stop(usageExitCode, (error as Error).message);
}
if (options.ingest.help) {
  console.log(formatBuildHelp());
  process.exit(ingestForSite(['--help'], { report: undefined }).status);
}
const { dist, ingest: ingestOptions } = options;
const inputs = toSiteInputs(ingestOptions);

// Refuse a --dist that holds anything but a site Dossier built: it is replaced as a whole
const refusal = checkDistFolder(dist, inputs);
if (refusal) stop(usageExitCode, refusal);

// One build of this project at a time, and no ingest of the same articles meanwhile; then tidy
// what an interrupted build left beside --dist
const lock = takeBuildLocks(ingestOptions.out);
if (!lock.ok) stop(lockedExitCode, lock.message);
if (lock.warning) console.warn(`[build] ${lock.warning}`);
for (const repair of recoverOutFolder(dist, { what: 'site', isLive: isAlive })) console.warn(`[build] ${repair}`);

// Check the notes people write before anything is built (ingest checks the overrides and the registry)
const problems = checkNotes(inputs.notes);
if (problems.length > 0) stop(runFailedExitCode, `${problems.join('\n')}\nNothing was built: ${dist} is as it was. Fix the notes above and build again.`);

// Ingest every source; exit code 0 (all fine) or 1 (some failed) go on, anything else stops
// The report is always written (content/articles.report.json unless --report names a file): the
// summary at the end lists what to check from it
const reportFile = ingestOptions.report ?? toReportFile(ingestOptions.out);
const ingestArgs = ingestOptions.report === undefined ? [...options.ingestArgs, '--report', reportFile] : options.ingestArgs;
const ingest = ingestForSite(ingestArgs, { report: reportFile });
if (ingest.status !== 0 && ingest.status !== sourcesFailedExitCode) stop(ingest.status, `Ingest stopped (exit code ${ingest.status}), so the site was not built; ${dist} is as it was.`);

// Render the site into a fresh folder beside --dist; the previous site stays whole until the swap
const { staging } = toWorkFolders(resolve(dist), process.pid);
process.on('exit', () => discardStaging(staging));
mkdirSync(staging, { recursive: true });
const astro = renderSite(staging, { siteDir: dist, articlesDir: ingestOptions.out });
if (astro.status !== 0) stop(siteFailedExitCode, `The site build failed (${astro.signal ?? `exit code ${astro.status}`}): see the lines above. ${dist} was left as it was.`);

// The search index over the new pages, as the integration would have made it inside Astro
try {
  await buildSearchIndex(staging, { info: (message) => console.log(`${timeOfDay()} [dossier:article-search] ${message}`) });
} catch (error) {
  stop(siteFailedExitCode, `${(error as Error).message}. ${dist} was left as it was.`);
}

// Swap the new site in whole, then release the locks
try {
  await publishSite(staging, dist);
} catch (error) {
  stop(runFailedExitCode, `${(error as Error).message} (${((error as Error).cause as Error | undefined)?.message ?? ''})`);
}
lock.release();

if (ingest.status === sourcesFailedExitCode) console.error(`[build] The site was built, but ${ingest.failed === null ? 'some sources' : formatCount(ingest.failed, 'source')} failed to ingest: see the lines above.`);
process.exitCode = ingest.status;

// The last lines: counts, what to check, where the report and the site are
printSummary(reportFile, { sources: ingestOptions.sources, siteDir: resolve(dist) });

// Astro's log format ("12:00:01"), so the build's lines read as one log
function timeOfDay(): string {
  return new Date().toTimeString().slice(0, 8);
}
