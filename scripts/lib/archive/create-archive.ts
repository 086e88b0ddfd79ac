/**
 * Packs a built site into one zip for reading offline: the site, a README for the reader and a
 * SHA-256 manifest, all inside one folder named after the date.
 */
import { zipSync, type Zippable } from 'fflate';
import { toChecksums, type ArchiveFile } from './to-checksums.ts';
import { toReaderReadme } from './to-reader-readme.ts';

/** Name of the reader's README inside the archive folder. */
export const readmeName = 'README.txt';

/** Name of the SHA-256 manifest inside the archive folder. */
export const checksumsName = 'SHA256SUMS';

/**
 * Returns the archive's file name for a `YYYY-MM-DD` day.
 *
 * @example toArchiveName('2026-01-04') // 'dossier-archive-2026-01-04.zip'
 */
export function toArchiveName(date: string): string {
  return `dossier-archive-${date}.zip`;
}

/**
 * Returns the zip of `site` (the built site's files, site paths, sorted) for `date`. Same site
 * and date give the same bytes: entries in path order, every time stamp the day's noon, fixed
 * compression level.
 */
export function createArchive(site: readonly ArchiveFile[], date: string): Uint8Array {
  const folder = toArchiveName(date).replace(/\.zip$/, '');
  const readme = new TextEncoder().encode(
    toReaderReadme({
      date,
      folder,
      pageCount: site.filter((file) => file.path.endsWith('.html')).length,
      articleCount: site.filter((file) => /^articles\/[^/]+\.html$/.test(file.path)).length,
      fileCount: site.length + 1,
    }),
  );
  const listed = [...site, { path: readmeName, content: readme }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const checksums = new TextEncoder().encode(toChecksums(listed));

  // fflate writes DOS time stamps from the local time fields, so a date built from local fields
  // stores the same day and hour in every time zone.
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const entries: Zippable = {};
  for (const file of [...listed, { path: checksumsName, content: checksums }]) {
    entries[`${folder}/${file.path}`] = [file.content, { mtime }];
  }
  return zipSync(entries, { level: 9, mtime });
}
