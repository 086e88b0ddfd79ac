/**
 * Scores extraction against gold files: metric precision and recall per kind and overall, per
 * half of a split set and per file, then every miss and every extra; then the article fields
 * (title, date, primary company).
 *
 *   npm run eval                          every gold set (scripts/lib/eval/eval-sets.ts), summaries
 *   npm run eval -- --set dev --files     one set, one row per file, then each miss and extra
 *   npm run eval -- --gold <dir> --sources <dir>   any folder of gold files
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evalSets, findEvalSet, type EvalSet } from './lib/eval/eval-sets.ts';
import { evaluateFolder, type EvalResult } from './lib/eval/evaluate-folder.ts';
import { formatFields } from './lib/eval/format-fields.ts';
import { formatReport, formatSetReport } from './lib/eval/format-report.ts';

const { values } = parseArgs({
  options: {
    // A gold set by name (repeatable); without --set and --gold, every set
    set: { type: 'string', multiple: true },
    // Folder of gold files (shared/gold format), one <name>.json per <name>.txt
    gold: { type: 'string' },
    // Folder of raw sources (with --gold)
    sources: { type: 'string' },
    // Use the naive line split instead of the ingest pipeline (isolates metric extraction); never a fallback
    naive: { type: 'boolean', default: false },
    // One row per file
    files: { type: 'boolean', default: false },
    // Print only the tables, not each miss and extra (the default when every set is scored)
    quiet: { type: 'boolean' },
    // Set exit code 1 when overall F1 is below this
    'min-f1': { type: 'string' },
  },
});

// Extract every source that has a gold file and score it; a source the pipeline cannot analyse
// stops the evaluation (exit 1) rather than being scored some other way
const score = (gold: string, sources: string): Promise<EvalResult> =>
  evaluateFolder({ gold, sources, naive: values.naive }).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });

// Print per-kind and overall rates (and halves, per set), then misses and extras
const results: EvalResult[] = [];
if (values.gold) {
  const result = await score(values.gold, values.sources ?? join(values.gold, '../sources'));
  results.push(result);
  console.log(formatReport(result, { quiet: values.quiet ?? false, files: values.files }));
  // The article fields: title, date and primary company, per set and (unless quiet) per file
  if (result.fields.length > 0) console.log(`\n${formatFields(result.fields, { quiet: values.quiet ?? false })}`);
} else {
  const sets: readonly EvalSet[] = values.set ? values.set.map(findEvalSet) : evalSets;
  for (const set of sets) {
    const result = await score(join(set.folder, 'gold'), join(set.folder, 'sources'));
    results.push(result);
    const quiet = values.quiet ?? !values.set;
    console.log(`${formatSetReport(set, result, { quiet, files: values.files })}\n`);
    // The article fields: title, date and primary company, per set and (unless quiet) per file
    if (result.fields.length > 0) console.log(`${formatFields(result.fields, { quiet, halves: set.halves ?? [] })}\n`);
  }
}
if (values['min-f1'] && results.some((result) => result.f1 < Number(values['min-f1']))) process.exitCode = 1;
