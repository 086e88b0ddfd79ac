import { parseArgs } from 'node:util';
import { defaultOverridesDir } from '../correct/read-overrides.ts';
import { defaultMaxBytes } from '../read/read-sources.ts';
import { explainUsageError } from './explain-usage-error.ts';
import { findNpmFlags, formatNpmFlagsMessage } from './find-npm-flags.ts';

/** The ingest CLI's flags, declared once: `--help` is generated from these descriptions. */
export const cliOptions = {
  sources: { type: 'string', default: 'content/sources', description: 'folder of source articles (.txt, .md, .html), read recursively' },
  out: { type: 'string', default: 'content/articles', description: 'folder the generated .mdx articles replace' },
  overrides: { type: 'string', description: `folder of hand corrections: <source path>.yaml per article (default: ${defaultOverridesDir} with the default --sources, none with another)` },
  'cache-dir': { type: 'string', default: 'node_modules/.cache/dossier', description: 'folder that keeps analysed sources, so unchanged ones are not analysed again' },
  'no-cache': { type: 'boolean', default: false, description: 'analyse every source again and store nothing' },
  report: { type: 'string', description: 'write a JSON report of every source (articles, failed, skipped, duplicates) to this file' },
  'max-bytes': { type: 'string', default: String(defaultMaxBytes), description: 'larger source files are failed unread' },
  quiet: { type: 'boolean', default: false, description: 'print nothing but errors' },
  help: { type: 'boolean', default: false, description: 'show this help' },
} as const;

/** Options of one ingest run. */
export type IngestOptions = {
  sources: string;
  out: string;
  /** The overrides folder, or null when there is none to apply (another `--sources` and no `--overrides`). */
  overrides: string | null;
  /** The cache folder, or null under `--no-cache`. */
  cacheDir: string | null;
  report: string | undefined;
  /** Source files larger than this many bytes are failed unread. */
  maxBytes: number;
  quiet: boolean;
  help: boolean;
};

/**
 * Parses argv into options; throws a message naming the bad flag and the one it probably means,
 * or the flags npm kept for itself when `--` was left out (the entry exits 2 on it).
 */
export function parseCliOptions(argv: string[], env: Record<string, string | undefined> = {}): IngestOptions {
  const names = Object.keys(cliOptions);
  const npmFlags = findNpmFlags(env, names);
  if (npmFlags.length > 0) throw new Error(formatNpmFlagsMessage(npmFlags, 'ingest'));
  let values;
  try {
    values = parseArgs({ args: argv, options: cliOptions, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(explainUsageError(error as Error, names, 'ingest'), { cause: error });
  }
  const cacheDir = values['no-cache'] ? null : values['cache-dir'];
  return {
    sources: values.sources,
    out: values.out,
    // content/overrides corrects content/sources: with another sources folder its overrides would
    // only warn that their sources are gone (or correct a file that happens to share a name).
    overrides: values.overrides ?? (values.sources === cliOptions.sources.default ? defaultOverridesDir : null),
    cacheDir,
    report: values.report,
    maxBytes: parseMaxBytes(values['max-bytes']),
    quiet: values.quiet,
    help: values.help,
  };
}

function parseMaxBytes(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--max-bytes expects a whole number of bytes above 0, got "${value}"; e.g. --max-bytes 10000000 for 10 MB`);
  return Number(value);
}

/** The `--help` text. */
export function formatHelp(): string {
  const rows = Object.entries(cliOptions).map(([name, option]) => {
    const flag = option.type === 'string' ? `--${name} <${name === 'report' ? 'file' : name === 'max-bytes' ? 'n' : 'dir'}>` : `--${name}`;
    const fallback = 'default' in option && option.type === 'string' ? ` (default: ${option.default})` : '';
    return `  ${flag.padEnd(20)} ${option.description}${fallback}`;
  });
  return [
    'Usage: npm run ingest -- [--sources DIR] [--out DIR] [--overrides DIR] [--cache-dir DIR | --no-cache] [--report FILE] [--max-bytes N] [--quiet]',
    '',
    'Reads every article under the sources folder and writes one MDX file per article.',
    '',
    ...rows,
    '',
    'Exit codes: 0 every source became an article; 1 some failed (the rest are written); 2 bad usage;',
    '3 another run is writing the same --out folder; 4 the run failed (an invalid company registry, an',
    'override that cannot be read, a full disk): nothing was written.',
  ].join('\n');
}
