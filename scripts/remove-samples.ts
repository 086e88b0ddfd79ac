/**
 * `npm run remove-samples`: start a site of your own. Deletes the bundled sample articles, their
 * override, their company note and their `content/companies.yaml` entries, each only while its
 * content is still the bundled one; everything else in `content/` stays. `--dry-run` only lists.
 */
import { parseArgs } from 'node:util';
import { removeSamples } from './lib/samples/remove-samples.ts';
import { explainUsageError } from './lib/run/explain-usage-error.ts';

const options = {
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

let values;
try {
  values = parseArgs({ args: process.argv.slice(2), options, strict: true }).values;
} catch (error) {
  console.error(explainUsageError(error as Error, Object.keys(options), 'remove-samples'));
  process.exit(2);
}
if (values.help) {
  console.log('Usage: npm run remove-samples [-- --dry-run]\n\nDeletes the bundled samples (articles, override, note, registry entries) that are unchanged;\nyour own files stay. --dry-run lists what would go.');
  process.exit(0);
}

// Delete the unchanged samples; what was changed stays, with a line saying so
const dryRun = values['dry-run'];
const result = await removeSamples('.', { dryRun });
const verb = dryRun ? 'Would remove' : 'Removed';
for (const path of result.removed) console.log(`${verb} ${path}`);
if (result.removedEntries.length > 0) console.log(`${verb} the sample entries of content/companies.yaml: ${result.removedEntries.join(', ')}`);
for (const { what, reason } of result.kept) console.log(`Kept ${what}: ${reason}`);
if (result.removed.length === 0 && result.removedEntries.length === 0) console.log('No bundled sample is left to remove.');

// Say where the user's own articles go next
if (!dryRun) console.log('\nYour site is empty now. Put your articles into content/sources/ (one per file: .txt, .md or .html) and run `npm run build`.');
