/**
 * Benchmarks the metrics stage: median time per article over a few hundred articles built from
 * the fixture sources (each source in several paragraph orders).
 *
 *   npm run bench:extract -- --articles 400
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractMetrics, type MetricsInput } from './lib/metrics/extract-metrics.ts';
import { detectLanguage } from './lib/extract/detect-language.ts';
import { toBlocks } from './lib/structure/parse-structure.ts';

const { values } = parseArgs({
  options: {
    // How many articles to time
    articles: { type: 'string', default: '400' },
    // Folders of raw sources to build the articles from
    sources: { type: 'string', multiple: true, default: ['scripts/fixtures/samples/sources', 'scripts/fixtures/extra/sources'] },
  },
});

// Read every source once and turn it into the stage's input
const inputs: MetricsInput[] = [];
for (const folder of values.sources) {
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.txt'))) {
    const raw = await readFile(join(folder, name), 'utf8');
    const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    const companies = [{ id: 'primary', name: lines[0]!.split(/[\s:'’-]/)[0]! }];
    inputs.push({ title: lines[0]!, blocks: toBlocks(lines.slice(1)), lang: detectLanguage(raw), primary: 'primary', companies });
  }
}

// Warm up the regular expressions, then time each article on its own
for (const input of inputs) extractMetrics(input);
const count = Number(values.articles);
const times: number[] = [];
let metrics = 0;
for (let index = 0; index < count; index++) {
  const base = inputs[index % inputs.length]!;
  // Rotate the paragraphs so repeated sources are not the same article
  const shift = Math.floor(index / inputs.length) % Math.max(1, base.blocks.length);
  const input = { ...base, blocks: [...base.blocks.slice(shift), ...base.blocks.slice(0, shift)] };
  const start = performance.now();
  metrics += extractMetrics(input).metrics.length;
  times.push(performance.now() - start);
}

// Print median, 90th percentile and mean
times.sort((a, b) => a - b);
const at = (quantile: number) => times[Math.min(times.length - 1, Math.floor(quantile * times.length))]!.toFixed(3);
const mean = (times.reduce((sum, time) => sum + time, 0) / times.length).toFixed(3);
console.log(`[bench] ${count} articles from ${inputs.length} sources, ${metrics} metrics`);
console.log(`[bench] per article: median ${at(0.5)} ms, p90 ${at(0.9)} ms, mean ${mean} ms`);
