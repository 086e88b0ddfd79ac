import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listSiteFiles } from '../../../src/node/list-site-files.ts';
import { siteMarker } from '../site/dist-folder.ts';
import type { ArchiveFile } from './to-checksums.ts';

/**
 * Reads every file of the built site in `siteDir`, sorted by path, but the build's marker (which
 * means nothing to a reader). Throws, saying to build first, when the folder holds no built site.
 */
export async function readSite(siteDir: string): Promise<ArchiveFile[]> {
  const paths = (await listSiteFiles(siteDir).catch((): string[] => [])).filter((path) => path !== siteMarker);
  if (!paths.includes('index.html')) {
    throw new Error(`${siteDir} holds no built site (no index.html). Run \`npm run build\` first, then \`npm run archive\` again.`);
  }
  return Promise.all(paths.map(async (path) => ({ path, content: new Uint8Array(await readFile(join(siteDir, path))) })));
}
