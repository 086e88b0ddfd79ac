/**
 * `npm run archive`: packs the built site (`dist/`) into `dossier-archive-<date>.zip` to read
 * offline, with a README for the reader and a SHA-256 manifest. Build first with `npm run build`.
 */
import { writeFile } from 'node:fs/promises';
import { createArchive } from './lib/archive/create-archive.ts';
import { formatArchiveHelp, parseArchiveOptions, type ArchiveOptions } from './lib/archive/parse-archive-options.ts';
import { readSite } from './lib/archive/read-site.ts';

let options: ArchiveOptions;
try {
  options = parseArchiveOptions(process.argv.slice(2), new Date());
} catch (error) {
  console.error(`[archive] ${(error as Error).message}. Run \`npm run archive -- --help\` for the flags.`);
  process.exit(2);
}
if (options.help) {
  console.log(formatArchiveHelp());
  process.exit(0);
}

try {
  // Read every file of the built site
  const site = await readSite(options.dist);
  // Pack it with the reader's README and the checksums, deterministically for the date
  const zip = createArchive(site, options.date);
  // Write the zip
  await writeFile(options.out, zip);
  console.log(`[archive] Wrote ${options.out}: ${site.length} files of ${options.dist}, ${(zip.byteLength / 1024).toFixed(0)} kB`);
} catch (error) {
  console.error(`[archive] ${(error as Error).message}`);
  process.exitCode = 1;
}
