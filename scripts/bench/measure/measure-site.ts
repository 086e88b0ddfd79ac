/**
 * Sizes of a built site: the whole folder, the search index, and the weight of its pages.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listSiteFiles } from '../../../src/node/list-site-files.ts';
import { mapLimited } from '../../../src/node/map-limited.ts';

/** Page weight and folder sizes of one built site, in bytes. */
export type SiteSizes = {
  distBytes: number;
  files: number;
  htmlPages: number;
  indexBytes: number;
  articlePages: number;
  articleGzipMedianBytes: number;
  articleGzipMaxBytes: number;
  largestPage: { path: string; bytes: number };
};

// Files read or stat-ed at once: at 50,000 articles one promise per file ran out of file handles (EMFILE).
const openFilesAtOnce = 32;

/** Lists every file under `dir` with its size, as `listSiteFiles` names them (sorted, "/"-separated). */
export async function listSizes(dir: string): Promise<{ path: string; bytes: number }[]> {
  return mapLimited(await listSiteFiles(dir), openFilesAtOnce, async (path) => ({ path, bytes: (await stat(join(dir, path))).size }));
}

/**
 * Measures a built site: total size, the Pagefind folder (`indexFolder`), every HTML page's size,
 * and the gzipped weight of the article pages (`isArticle` picks them by path).
 */
export async function measureSite(dist: string, options: { indexFolder: string; isArticle: (path: string) => boolean }): Promise<SiteSizes> {
  const files = await listSizes(dist);
  const html = files.filter((file) => file.path.endsWith('.html'));
  const articles = html.filter((file) => options.isArticle(file.path));
  const gzipped = await mapLimited(articles, openFilesAtOnce, async (file) => gzipSync(await readFile(join(dist, file.path))).length);
  const largest = html.reduce((max, file) => (file.bytes > max.bytes ? file : max), { path: '', bytes: 0 });
  return {
    distBytes: sum(files.map((file) => file.bytes)),
    files: files.length,
    htmlPages: html.length,
    indexBytes: sum(files.filter((file) => file.path.startsWith(`${options.indexFolder}/`)).map((file) => file.bytes)),
    articlePages: articles.length,
    articleGzipMedianBytes: median(gzipped),
    articleGzipMaxBytes: gzipped.reduce((max, bytes) => Math.max(max, bytes), 0),
    largestPage: largest,
  };
}

/**
 * The median of a list (the mean of the middle two for an even count); 0 for an empty list.
 *
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
