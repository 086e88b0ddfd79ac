/**
 * Ingest: content/sources → content/articles. Flags and exit codes: `npm run ingest -- --help`.
 * Each step is one stage module in scripts/lib; this file only wires them together.
 */
import { writeFile } from 'node:fs/promises';
import { relative, join } from 'node:path';
import { parseCompanyRegistry } from '../src/lib/companies.ts';
import { formatCount, formatDuration } from '../src/lib/format.ts';
import { assignSlugs } from './lib/assign-slugs.ts';
import { analyzeSource, type AnalyzedArticle } from './lib/build-article.ts';
import { extractMetrics } from './lib/extract-metrics.ts';
import { formatHelp, parseCliOptions, type IngestOptions } from './lib/cli-options.ts';
import { createLogger } from './lib/log.ts';
import { readRegistryText, readSources } from './lib/read-sources.ts';
import { createReport, formatProblems, toExitCode, toReportJson } from './lib/report.ts';
import { toMdx } from './lib/to-mdx.ts';
import { writeContent } from './lib/write-content.ts';

let options: IngestOptions;
try {
  options = parseCliOptions(process.argv.slice(2));
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

// Read every file under --sources; unreadable ones are failed, non-articles skipped
const read = await readSources(options.sources, { maxBytes: options.maxBytes }).catch((error: Error) => {
  console.error(`Cannot read the sources folder "${options.sources}" (${error.message}); pass an existing folder with --sources.`);
  process.exit(2);
});
report.skipped.push(...read.skipped.map(({ file, reason }) => ({ source: file, reason })));
log.info(`Read ${formatCount(read.sources.length, 'source')} (${formatCount(read.skipped.length, 'file')} skipped)`);

// Load the company registry that merges aliases
const registry = parseCompanyRegistry(await readRegistryText('content/companies.yaml'));

// Analyse each source: clean, structure, language, date, identifiers, companies, metrics
const analyzed: { file: string; result: AnalyzedArticle }[] = [];
read.sources.forEach((source, index) => {
  log.progress(index + 1, read.sources.length);
  const result = source.ok ? analyzeSource(source, { registry, extractMetrics }) : { ok: false as const, reason: source.reason };
  if (result.ok) analyzed.push({ file: source.file, result });
  else report.failed.push({ source: source.file, reason: result.reason });
});
log.info(`Analysed ${formatCount(analyzed.length, 'article')} with ${formatCount(analyzed.reduce((n, a) => n + a.result.article.metrics.length, 0), 'metric')}, ${formatCount(report.failed.length, 'failure')}`);

// Give each article a unique, order-independent slug and serialise it as MDX
const slugs = assignSlugs(analyzed.map(({ file, result }) => ({ file, title: result.article.title })));
const files = analyzed.map(({ file, result }) => {
  const slug = slugs.get(file)!;
  report.articles.push({ source: file, output: relative('.', join(options.out, `${slug}.mdx`)).split('\\').join('/'), warnings: result.warnings });
  return { name: `${slug}.mdx`, content: toMdx({ ...result.article, slug }, result.blocks, result.spans) };
});
log.info(`Serialised ${formatCount(files.length, 'MDX file')}`);

// Swap the new articles into --out and write the report
await writeContent(options.out, files);
if (options.report) await writeFile(options.report, toReportJson(report));
for (const line of formatProblems(report)) log.warn(line);
log.info(`Wrote ${formatCount(files.length, 'article')} to ${options.out} in ${formatDuration(performance.now() - started)}; ${formatCount(report.failed.length, 'failed source')}, ${formatCount(report.skipped.length, 'skipped file')}`);
process.exitCode = toExitCode(report);
