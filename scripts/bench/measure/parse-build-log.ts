/**
 * Reads the figures the build prints: ingest's summary line, the Pagefind line of our
 * integration and the Pagefind CLI's summary.
 */

/**
 * Parses a duration as `formatDuration` prints it ("226 ms", "3.2 s") or as tools print it ("1.47s").
 *
 * @example parseDuration('3.2 s') // 3200
 */
export function parseDuration(text: string): number {
  const match = /^([\d.]+)\s*(ms|s)$/.exec(text.trim());
  if (!match) throw new Error(`Cannot read the duration "${text}"; expected e.g. "226 ms" or "3.2 s"`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/**
 * Finds ingest's "Wrote N articles … in X" line: how many articles and how long ingest took
 * inside its process. Null when the log has no such line.
 *
 * @example parseIngestLine('[content] Wrote 2,000 articles to /tmp/a in 3.2 s; 0 failed sources') // { articles: 2000, ms: 3200 }
 */
export function parseIngestLine(log: string): { articles: number; ms: number } | null {
  const match = /\[content\] Wrote ([\d,]+) articles? to .+? in ([\d.]+ m?s)\b/.exec(log);
  return match ? { articles: Number(match[1]!.replace(/,/g, '')), ms: parseDuration(match[2]!) } : null;
}

/**
 * Finds our integration's "[dossier:article-search] Scanned N HTML files for search in X" line.
 *
 * @example parsePagefindLine('12:00:01 [dossier:article-search] Scanned 8 HTML files for search in 37 ms') // { pages: 8, ms: 37 }
 */
export function parsePagefindLine(log: string): { pages: number; ms: number } | null {
  const match = /\[dossier:article-search\] Scanned ([\d,]+) HTML files? .*?in ([\d.]+ m?s)\b/.exec(log);
  return match ? { pages: Number(match[1]!.replace(/,/g, '')), ms: parseDuration(match[2]!) } : null;
}

/**
 * Finds the page count of the Pagefind CLI's summary ("Indexed 2000 pages").
 *
 * @example parsePagefindCliPages('Indexed 1 language\nIndexed 2003 pages\n') // 2003
 */
export function parsePagefindCliPages(log: string): number | null {
  const match = /Indexed ([\d,]+) pages?/.exec(log);
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
}
