/**
 * `npm run build`: ingest, then the Astro build (which runs the Pagefind index).
 * A source that failed to ingest does not stop the site: it is built from the rest, and the run
 * still exits 1 so scripts and CI see the failure. Bad usage (ingest exit 2) stops here.
 */
import { spawnSync } from 'node:child_process';

const passThrough = process.argv.slice(2);

// Ingest every source; exit code 0 (all fine), 1 (some failed), 2 (bad usage)
const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', ...passThrough], { stdio: 'inherit' });
if (ingest.status !== 0 && ingest.status !== 1) process.exit(ingest.status ?? 2);

// Build the static site and its search index from whatever was ingested
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

if (ingest.status === 1) console.error('[build] The site was built, but some sources failed to ingest: see the lines above.');
process.exitCode = ingest.status;
