import { parseArgs } from 'node:util';
import { cliOptions, parseCliOptions, type IngestOptions } from '../run/cli-options.ts';
import { explainUsageError } from '../run/explain-usage-error.ts';
import { findNpmFlags, formatNpmFlagsMessage } from '../run/find-npm-flags.ts';

/** The flag `npm run build` adds to ingest's. */
export const distOption = { dist: { type: 'string', default: 'dist', description: 'folder the built site replaces' } } as const;

/** Options of one `npm run build`: where the site goes, and ingest's, parsed and as given. */
export type BuildOptions = {
  dist: string;
  ingest: IngestOptions;
  /** Every flag but `--dist`, as given: ingest is run with these. */
  ingestArgs: string[];
};

/**
 * Parses argv; throws a message naming the bad flag and the one it probably means, or the flags
 * npm kept for itself when `--` was left out (the entry exits 2 on it).
 */
export function parseBuildOptions(argv: string[], env: Record<string, string | undefined> = {}): BuildOptions {
  const names = Object.keys({ ...cliOptions, ...distOption });
  const npmFlags = findNpmFlags(env, names);
  if (npmFlags.length > 0) throw new Error(formatNpmFlagsMessage(npmFlags, 'build'));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...cliOptions, ...distOption }, strict: true, tokens: true });
  } catch (error) {
    throw new Error(explainUsageError(error as Error, names, 'build'), { cause: error });
  }
  const ingestArgs = parsed.tokens.flatMap((token) => {
    if (token.kind !== 'option' || token.name === 'dist') return [];
    return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
  });
  return { dist: parsed.values.dist, ingest: parseCliOptions(ingestArgs), ingestArgs };
}

/** The build's own lines of `--help`; ingest's follow. */
export function formatBuildHelp(): string {
  return [
    'Usage: npm run build -- [--dist DIR] [ingest flags]',
    '',
    `  --dist <dir>         ${distOption.dist.description} (default: ${distOption.dist.default})`,
    '',
    'Exit codes: 0 built from every source; 1 built, some sources failed; 2 bad usage or a refused',
    '--out/--dist; 3 another build or ingest run holds the lock; 4 ingest or a check stopped the run',
    '(the articles and the site are as they were); 5 the site build failed (the previous site was kept).',
    '',
    'Ingest flags:',
  ].join('\n');
}
