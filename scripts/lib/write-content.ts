import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Replaces the output folder with exactly these files: they are written to a temporary sibling
 * folder first and swapped in, so a failed run leaves the previous articles in place and articles
 * whose source was removed disappear.
 */
export async function writeContent(outDir: string, files: { name: string; content: string }[]): Promise<void> {
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) {
      await mkdir(dirname(join(staging, file.name)), { recursive: true });
      await writeFile(join(staging, file.name), file.content);
    }
    await mkdir(dirname(outDir), { recursive: true });
    await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, outDir);
  } catch (cause) {
    throw new Error(`Failed to write ${outDir}; the previous articles were kept. Check that the folder is writable.`, { cause });
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}
