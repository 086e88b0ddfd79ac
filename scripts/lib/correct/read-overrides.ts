import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareText } from '../../../src/lib/compare.ts';

/** Default folder of hand corrections. */
export const defaultOverridesDir = 'content/overrides';

/** One override file: the source it corrects (path relative to the sources folder), its own path and text. */
export type OverrideFile = { source: string; file: string; text: string };

const extension = /\.ya?ml$/i;

/**
 * Reads every override under `dir`. An override mirrors its source's path with `.yaml` added:
 * `content/overrides/nested/a.txt.yaml` corrects `content/sources/nested/a.txt`. Other files are
 * returned as `ignored` (hidden files silently). A missing folder means no overrides.
 */
export async function readOverrides(dir: string): Promise<{ overrides: Map<string, OverrideFile>; ignored: string[] }> {
  let names: string[];
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    names = entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { overrides: new Map(), ignored: [] };
    throw new Error(`Could not read the overrides folder ${dir}; check its permissions.`, { cause: error });
  }
  const overrides = new Map<string, OverrideFile>();
  const ignored: string[] = [];
  for (const name of names.sort(compareText)) {
    const file = `${dir.split(sep).join('/').replace(/\/+$/, '')}/${name}`;
    if (name.split('/').some((part) => part.startsWith('.'))) continue;
    if (!extension.test(name)) ignored.push(file);
    else overrides.set(name.replace(extension, ''), { source: name.replace(extension, ''), file, text: await readFile(join(dir, name), 'utf8') });
  }
  return { overrides, ignored };
}
