/**
 * Replaces a file of a site being built without writing into it (Node only).
 */
import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes `content` to a temporary sibling and renames it over `file`. The file's old inode is
 * never written: a page hard-linked from the previous site (`stage-kept-pages.ts`) stays as it was
 * there, and a build killed mid-write leaves the old file or the new one, never half of one.
 */
export async function replaceFile(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
