/**
 * Benchmarks the HTML reader on trafilatura's evaluation pages: snippet precision, recall and
 * F1 (trafilatura's own metric), pages reported failed, titles and days right, median time per
 * page; over all pages, the English and German ones, the German news pages and each half of a
 * fixed tune/test split. The pages are read from a checkout of the trafilatura repository and
 * never copied here.
 *
 *   npm run bench:html -- --eval ../trafilatura [--reader dossier --reader readability] [--details out.json]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { htmlReaders } from './bench/html/html-readers.ts';
import { readEvalSet } from './bench/html/read-eval-set.ts';
import { benchGroups, formatBenchTable, summariseGroup, type ScoredPage } from './bench/html/summarise-html-bench.ts';

const { values } = parseArgs({
  options: {
    // Folder of a trafilatura checkout (holds tests/evaldata.json, tests/eval/, tests/cache/)
    eval: { type: 'string' },
    // Readers to score: dossier (the default), readability (Mozilla Readability on linkedom)
    reader: { type: 'string', multiple: true, default: ['dossier'] },
    // Write every page's scores and output to this JSON file, for looking into losses
    details: { type: 'string' },
  },
});
if (values.eval === undefined) throw new Error('bench:html needs --eval DIR, the folder of a trafilatura checkout; see docs/html-pages.md');
const unknown = values.reader.filter((name) => !Object.hasOwn(htmlReaders, name));
if (unknown.length > 0) throw new Error(`Unknown --reader "${unknown.join('", "')}"; use one of: ${Object.keys(htmlReaders).join(', ')}`);

// Read the annotations and the saved pages
const pages = await readEvalSet(values.eval);
console.log(`[bench:html] ${pages.length} pages from ${values.eval}`);

// Run each reader over every page, after a warm-up round on the first pages
const rows: Parameters<typeof formatBenchTable>[0] = [];
const details: Record<string, unknown>[] = [];
for (const name of values.reader) {
  const read = htmlReaders[name]!;
  for (const page of pages.slice(0, 30)) read(page.bytes);
  const scored: ScoredPage[] = pages.map((page) => ({ page, result: read(page.bytes) }));
  for (const group of benchGroups) rows.push({ reader: name, group: group.name, summary: summariseGroup(scored.filter(({ page }) => group.test(page))) });
  if (values.details) details.push(...scored.map(({ page, result }) => ({ reader: name, url: page.url, file: page.file, lang: page.lang, news: page.news, half: page.half, goldTitle: page.title, goldDate: page.date, ...summariseGroup([{ page, result }]), ...result })));
}

// Print the table; write the per-page details when asked
console.log(formatBenchTable(rows));
if (values.details) await writeFile(values.details, `${JSON.stringify(details, null, 1)}\n`);
