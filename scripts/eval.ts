/**
 * Scores extraction against gold files: metric precision and recall per kind and overall, then
 * every miss and every extra; then the article fields (title, date, primary company).
 *
 *   npm run eval -- --gold scripts/fixtures/samples/gold --sources scripts/fixtures/samples/sources
 */
import { parseArgs } from 'node:util';
import { evaluateFolder } from './lib/eval/evaluate-folder.ts';
import { formatFields } from './lib/eval/format-fields.ts';
import { formatReport } from './lib/eval/format-report.ts';

const { values } = parseArgs({
  options: {
    // Folder of gold files (shared/gold format), one <name>.json per <name>.txt
    gold: { type: 'string', default: 'scripts/fixtures/samples/gold' },
    // Folder of raw sources
    sources: { type: 'string', default: 'scripts/fixtures/samples/sources' },
    // Use the naive line split instead of the ingest pipeline (isolates metric extraction); never a fallback
    naive: { type: 'boolean', default: false },
    // Print only the summary, not each miss and extra
    quiet: { type: 'boolean', default: false },
    // Set exit code 1 when overall F1 is below this
    'min-f1': { type: 'string' },
  },
});

// Extract every source that has a gold file and score it; a source the pipeline cannot analyse
// stops the evaluation (exit 1) rather than being scored some other way
const result = await evaluateFolder({ gold: values.gold, sources: values.sources, naive: values.naive }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

// Print per-kind and overall rates, then misses and extras
console.log(formatReport(result, { quiet: values.quiet }));

// Print the article fields: title, date and primary company, per set and (unless quiet) per file
if (result.fields.length > 0) console.log(`\n${formatFields(result.fields, { quiet: values.quiet })}`);

if (values['min-f1'] && result.f1 < Number(values['min-f1'])) process.exitCode = 1;
