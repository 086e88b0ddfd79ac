import { parseArgs } from 'node:util';
import { toArchiveName } from './create-archive.ts';
import { isoDay } from '../../../src/lib/iso-date.ts';

/** The archive CLI's flags, declared once: `--help` is generated from these descriptions. */
export const archiveOptions = {
  dist: { type: 'string', default: 'dist', description: 'folder of the built site to pack' },
  date: { type: 'string', description: 'day in the file name and time stamps, YYYY-MM-DD (default: today, UTC)' },
  out: { type: 'string', description: 'zip file to write (default: dossier-archive-<date>.zip)' },
  help: { type: 'boolean', default: false, description: 'show this help' },
} as const;

/** Options of one archive run. */
export type ArchiveOptions = { dist: string; date: string; out: string; help: boolean };

/**
 * Parses argv into options, `now` giving the default date; throws a message naming the bad flag
 * or value (the entry exits 2 on it).
 *
 * @example parseArchiveOptions(['--date', '2026-01-04'], new Date()) // { dist: 'dist', date: '2026-01-04', out: 'dossier-archive-2026-01-04.zip', help: false }
 */
export function parseArchiveOptions(argv: string[], now: Date): ArchiveOptions {
  const { values } = parseArgs({ args: argv, options: archiveOptions, strict: true, allowPositionals: false });
  const date = values.date ?? now.toISOString().slice(0, 10);
  const day = new Date(`${date}T00:00:00Z`);
  if (!isoDay.test(date) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date || date < '1980-01-01') {
    throw new Error(`--date ${JSON.stringify(date)} is not a day from 1980 on in the form YYYY-MM-DD (zip time stamps start in 1980)`);
  }
  return { dist: values.dist, date, out: values.out ?? toArchiveName(date), help: values.help };
}

/** The `--help` text. */
export function formatArchiveHelp(): string {
  const rows = Object.entries(archiveOptions).map(([name, option]) => {
    const flag = option.type === 'string' ? `--${name} <${name === 'date' ? 'day' : name === 'out' ? 'file' : 'dir'}>` : `--${name}`;
    const fallback = 'default' in option && option.type === 'string' ? ` (default: ${option.default})` : '';
    return `  ${flag.padEnd(18)} ${option.description}${fallback}`;
  });
  return [
    'Usage: npm run archive -- [--dist DIR] [--date YYYY-MM-DD] [--out FILE]',
    '',
    'Packs the built site into one zip to read offline: open index.html, search works without a server.',
    '',
    ...rows,
    '',
    'Exit codes: 0 written; 1 no built site or the zip could not be written; 2 bad usage.',
  ].join('\n');
}
