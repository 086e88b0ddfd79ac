/**
 * Ingest: content/sources → content/articles. Flags and exit codes: `npm run ingest -- --help`.
 * Each step is one stage of scripts/lib (a folder per stage); this file only wires them together.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative, join } from 'node:path';
import { parseCompanyRegistry, registryFile } from '../src/lib/companies.ts';
import { formatCount, formatDuration } from '../src/lib/format.ts';
import { assignSlugs } from './lib/emit/assign-slugs.ts';
import { analyseSources } from './lib/run/analyse-sources.ts';
import { formatHelp, parseCliOptions, type IngestOptions } from './lib/run/cli-options.ts';
import { createLogger } from './lib/run/log.ts';
import { readRegistryText, readSources } from './lib/read/read-sources.ts';
import { countArticles, createReport, formatProblems, toExitCode, toReportJson } from './lib/run/report.ts';
import { createIngestPool } from './lib/run/worker-pool.ts';
import { writeContent } from './lib/emit/write-content.ts';
import { checkOutFolder, recoverOutFolder } from './lib/emit/out-folder.ts';
import { acquireLock, lockedExitCode, lockHolderVariable, toLockFile } from './lib/run/lock.ts';
import { findDuplicates } from './lib/run/find-duplicates.ts';
import { computeExtractorVersion, createAnalysisCache } from './lib/run/cache.ts';
import { readOverrides } from './lib/correct/read-overrides.ts';
import { correctArticles } from './lib/correct/correct-articles.ts';
import { serialiseArticles } from './lib/emit/serialise-articles.ts';
import { findChecks } from './lib/run/find-checks.ts';
import { stopOnRunFailure } from './lib/run/stop-on-run-failure.ts';

let options: IngestOptions;
try {
  options = parseCliOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${formatHelp()}`);
  process.exit(2);
}
if (options.help) {
  console.log(formatHelp());
  process.exit(0);
}
const log = createLogger({ quiet: options.quiet });
const started = performance.now();
const report = createReport();

// Refuse an --out that holds anything but generated articles: it is replaced as a whole
const refusal = checkOutFolder(options.out, options.sources);
if (refusal) {
  console.error(refusal);
  process.exit(2);
}

// One run per output folder at a time; then tidy what an interrupted run left beside it
const lock = acquireLock(toLockFile(options.out), { inherited: Number(process.env[lockHolderVariable]) || undefined });
if (!lock.ok) {
  console.error(lock.message);
  process.exit(lockedExitCode);
}
if (lock.warning) report.warnings.push(lock.warning);
report.warnings.push(...recoverOutFolder(options.out));

// From here on a failure of the run itself (the registry, an override that cannot be read, a
// full disk) stops it with exit code 4 and one message, the articles as they were
let swapped = false;
stopOnRunFailure(() => (swapped ? `The articles in ${options.out} were written, but the run did not finish.` : `Nothing was written: ${options.out} is as it was.`));

// Parse the company registry that merges aliases; an invalid one stops the run
const registryText = await readRegistryText(registryFile);
const registryIds = new Set(parseCompanyRegistry(registryText).map((entry) => entry.id));

// The analysis pool; without a cache every source is analysed, so a large run starts its workers
// while the sources are read
const pool = createIngestPool({ registryText });
const coldCache = options.cacheDir === null || !existsSync(options.cacheDir);

// Read every file under --sources; unreadable ones are failed, non-articles skipped
const read = await readSources(options.sources, { maxBytes: options.maxBytes, onListed: (count) => coldCache && pool.prestart(count) }).catch((error: Error) => {
  console.error(`Cannot read the sources folder "${options.sources}" (${error.message}); pass an existing folder with --sources.`);
  process.exit(2);
});
report.skipped.push(...read.skipped.map(({ file, reason }) => ({ source: file, reason })));
log.info(`Read ${formatCount(read.sources.length, 'source')} (${formatCount(read.skipped.length, 'file')} skipped)`);

// Identical files (same SHA-256) become one article: the path that sorts first
const { unique, duplicates } = findDuplicates(read.sources);
report.duplicates.push(...duplicates);

// Analyse each source with `analyseArticle` (lib/analyse-article.ts: clean → structure → extract
// → metrics); an unchanged source under unchanged code and registry is taken from the cache, the
// rest is analysed on every core
const extractor = computeExtractorVersion();
const { analysed, failed, reused } = await analyseSources(unique, { cache: createAnalysisCache(options.cacheDir), extractor, registryText, pool, onProgress: log.progress });
report.failed.push(...failed);
report.reused = reused;
log.info(`Analysed ${formatCount(analysed.length, 'article')} with ${formatCount(analysed.reduce((n, a) => n + a.result.article.metrics.length, 0), 'metric')} (${formatCount(report.reused, 'source')} reused from the cache), ${formatCount(report.failed.length, 'failure')}`);

// Give each article a unique, order-independent slug from its extracted title, so a corrected
// title or a broken override never moves an article's address
const slugs = assignSlugs(analysed.map(({ file, result }) => ({ file, title: result.article.title })));

// Apply the hand corrections in --overrides; a broken one fails only its article
const { overrides, warnings: overrideWarnings } = options.overrides === null ? { overrides: new Map(), warnings: [] } : await readOverrides(options.overrides);
const corrected = correctArticles(analysed, overrides, new Set([...read.sources, ...read.skipped].map(({ file }) => file)), registryIds);
report.failed.push(...corrected.failed);
report.warnings.push(...corrected.warnings, ...overrideWarnings);

// Serialise each article as MDX (on every core for a large run); an article whose input and
// file are unchanged since the previous run is kept as it is
const uncorrected = new Set(analysed.map(({ result }) => result));
const keys = new Map(analysed.map(({ file, key }) => [file, key]));
const items = corrected.analysed.map(({ file, result }) => {
  const slug = slugs.get(file)!;
  const { title, date, primary, metrics } = result.article;
  report.articles.push({ source: file, output: relative('.', join(options.out, `${slug}.mdx`)).split('\\').join('/'), warnings: result.warnings, title, date, primary, metrics: metrics.length });
  const analysisKey = uncorrected.has(result) ? keys.get(file) : undefined;
  return { name: `${slug}.mdx`, input: { article: { ...result.article, slug }, blocks: result.blocks, spans: result.spans }, analysisKey };
});
// List what a person should check before publishing: undated, without a company, one-off
// companies, figures removed by hand, failed files
report.counts = countArticles(corrected.analysed.map(({ result }) => result.article));
report.checks = findChecks({ extracted: analysed, corrected: corrected.analysed, failed: report.failed, registryIds, overridesDir: options.overrides });

const serialised = await serialiseArticles(items, { outDir: options.out, cacheDir: options.cacheDir, extractor, pool });
await pool.close();
const { files } = serialised;
log.info(`Serialised ${formatCount(files.length - serialised.kept, 'MDX file')} (${formatCount(serialised.kept, 'unchanged file')} kept)`);

// Swap the new articles into --out and write the report
await writeContent(options.out, files);
swapped = true;
serialised.remember();
if (options.report) await writeFile(options.report, toReportJson(report));
for (const line of formatProblems(report)) log.warn(line);
log.info(`Wrote ${formatCount(files.length, 'article')} to ${options.out} in ${formatDuration(performance.now() - started)}; ${formatCount(report.failed.length, 'failed source')}, ${formatCount(report.skipped.length, 'skipped file')}, ${formatCount(report.duplicates.length, 'duplicate')}, reused: ${report.reused}`);
lock.release();
process.exitCode = toExitCode(report);
