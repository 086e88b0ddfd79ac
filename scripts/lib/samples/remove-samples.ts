import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSeq, parse, parseDocument } from 'yaml';
import { bundledRegistryEntries, bundledSampleFiles, registryPath } from './bundled-samples.ts';
import { hashRegistryEntry } from './hash-registry-entry.ts';

/** What `removeSamples` did (or, with `dryRun`, would do); paths relative to the project root. */
export type SampleRemoval = {
  /** Sample files deleted. */
  removed: string[];
  /** Registry entries deleted, by id. */
  removedEntries: string[];
  /** Sample files and entries left in place, each with why. */
  kept: { what: string; reason: string }[];
};

/**
 * Deletes the bundled samples under `root` (see `bundled-samples.ts`): each sample file whose
 * bytes are still the bundled ones (line ends aside), and each registry entry that is still the
 * bundled entry. A sample someone changed stays, and is listed as kept; nothing else is touched,
 * and `content/companies.yaml` keeps its comments and the user's own entries. Idempotent.
 */
export async function removeSamples(root: string, options: { dryRun: boolean }): Promise<SampleRemoval> {
  const result: SampleRemoval = { removed: [], removedEntries: [], kept: [] };
  for (const { path, sha256 } of bundledSampleFiles) {
    const bytes = await readFile(join(root, path)).catch(ignoreMissing);
    if (bytes === null) continue;
    if (!hashesOf(bytes).includes(sha256)) {
      result.kept.push({ what: path, reason: 'changed since it was bundled, so it is yours now; delete it by hand if you want it gone' });
      continue;
    }
    if (!options.dryRun) await rm(join(root, path));
    result.removed.push(path);
  }
  await removeRegistryEntries(root, options, result);
  return result;
}

async function removeRegistryEntries(root: string, options: { dryRun: boolean }, result: SampleRemoval): Promise<void> {
  const file = join(root, registryPath);
  const text = await readFile(file, 'utf8').catch(ignoreMissing);
  if (text === null) return;
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isSeq(document.contents)) {
    result.kept.push({ what: registryPath, reason: 'is not a YAML list, so its sample entries were left in it; fix the file and run the command again' });
    return;
  }
  const bundled = new Map(bundledRegistryEntries.map(({ id, sha256 }) => [id, sha256]));
  const cuts: [number, number][] = [];
  const keptIds: unknown[] = [];
  for (const item of document.contents.items) {
    const entry = (item as { toJSON?: () => unknown }).toJSON?.() as { id?: unknown } | undefined;
    const id = typeof entry?.id === 'string' ? entry.id : null;
    const range = (item as { range?: [number, number, number] }).range;
    if (id === null || !bundled.has(id) || range === undefined) {
      keptIds.push(entry?.id);
      continue;
    }
    if (bundled.get(id) !== hashRegistryEntry(entry)) {
      result.kept.push({ what: `${registryPath}: entry ${id}`, reason: 'changed since it was bundled, so it is yours now' });
      keptIds.push(id);
      continue;
    }
    // The item's lines, from its "- " to the end of its value: the comments around it stay.
    cuts.push([text.lastIndexOf('\n', range[0] - 1) + 1, lineEnd(text, range[1])]);
    result.removedEntries.push(id);
  }
  if (cuts.length === 0 || options.dryRun) return;
  const next = cuts.reduceRight((kept, [from, to]) => kept.slice(0, from) + kept.slice(to), text);
  // The text is cut, not re-printed, so the user's entries keep their layout; check it still says what it should.
  const parsed = (parse(next) ?? []) as { id?: unknown }[];
  if (!Array.isArray(parsed) || JSON.stringify(parsed.map((entry) => entry?.id)) !== JSON.stringify(keptIds)) {
    throw new Error(`Could not cut the sample entries out of ${registryPath} cleanly, so it was left as it is; delete them by hand (${result.removedEntries.join(', ')}).`);
  }
  await writeFile(file, next);
}

// The end of the line `offset` is on, its line break included.
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', Math.max(0, offset - 1));
  return end === -1 ? text.length : end + 1;
}

// The bytes as they are, and with CRLF line ends made LF (a checkout on Windows).
function hashesOf(bytes: Buffer): string[] {
  const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  return [sha(bytes), sha(Buffer.from(bytes.toString('latin1').replaceAll('\r\n', '\n'), 'latin1'))];
}

function ignoreMissing(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT') return null;
  throw error;
}
