import { registryFile } from '../../../src/lib/companies.ts';
import { notesDir } from '../../../src/lib/note-schema.ts';
import type { IngestOptions } from '../run/cli-options.ts';
import type { SiteInputs } from './dist-folder.ts';

/** What a build reads, from its ingest options: the folders and files `--dist` must keep clear of. */
export function toSiteInputs(options: Pick<IngestOptions, 'sources' | 'out' | 'overrides'>, root: string = process.cwd()): SiteInputs {
  return { root, sources: options.sources, out: options.out, overrides: options.overrides, notes: notesDir, registry: registryFile };
}
