import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareText } from '../../../src/lib/compare.ts';
import { readRegularFile } from '../read/read-regular-file.ts';

/** Default folder of hand corrections. */
export const defaultOverridesDir = 'content/overrides';

/**
 * One override file: the source it corrects (path relative to the sources folder), its own path
 * and text, and any other override file for the same source (`a.txt.yaml` and `a.txt.YML`).
 */
export type OverrideFile = { source: string; file: string; text: string; others?: string[] };

const extension = /\.ya?ml$/i;

/**
 * Reads every override under `dir`. An override mirrors its source's path with `.yaml` added:
 * `content/overrides/nested/a.txt.yaml` corrects `content/sources/nested/a.txt`. A file of another
 * type, or one that is not a regular file (a link, a FIFO), is a warning (hidden files are skipped
 * silently). A missing folder means no overrides. Throws, naming the file, when an override cannot
 * be read: a correction that silently did not apply would be worse than a stopped run.
 */
export async function readOverrides(dir: string): Promise<{ overrides: Map<string, OverrideFile>; warnings: string[] }> {
  let names: string[];
  try {
    const found = await readdir(dir, { recursive: true, withFileTypes: true });
    names = found.filter((entry) => !entry.isDirectory()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { overrides: new Map(), warnings: [] };
    throw new Error(`Could not read the overrides folder ${dir}; check its permissions.`, { cause: error });
  }
  const overrides = new Map<string, OverrideFile>();
  const warnings: string[] = [];
  for (const name of names.sort(compareText)) {
    const file = `${dir.split(sep).join('/').replace(/\/+$/, '')}/${name}`;
    if (name.split('/').some((part) => part.startsWith('.'))) continue;
    if (!extension.test(name)) {
      warnings.push(`${file} is not an override (overrides are named <source path>.yaml), so it was ignored`);
      continue;
    }
    const read = readRegularFile(join(dir, name));
    if (!read.ok && read.code === 'not-regular') {
      warnings.push(`${file} is not a regular file (a link, a FIFO or a device), so it was ignored; copy the override itself there`);
      continue;
    }
    if (!read.ok) throw new Error(`Could not read the override ${file} (${read.code}); check its permissions, or move it out of ${dir}.`);
    const source = name.replace(extension, '');
    const text = read.bytes.toString('utf8');
    const first = overrides.get(source);
    if (first) first.others = [...(first.others ?? []), file];
    else overrides.set(source, { source, file, text });
  }
  return { overrides, warnings };
}
