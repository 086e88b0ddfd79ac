import { describe, expect, test } from 'vitest';
import { parseDuration, parseIngestLine, parsePagefindCliPages, parsePagefindLine } from './parse-build-log.ts';
import { parseTimeOutput } from './parse-time-output.ts';
import { parseProcStat, treeOf } from './process-tree.ts';

// A report as GNU time 1.9 prints it (abridged to the lines around the ones we read).
const timeReport = `\tCommand being timed: "node scripts/build.ts --sources /tmp/s"
\tUser time (seconds): 2.62
\tSystem time (seconds): 0.89
\tPercent of CPU this job got: 120%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.91
\tAverage resident set size (kbytes): 0
\tMaximum resident set size (kbytes): 534420
\tPage size (bytes): 4096
\tExit status: 1
`;

describe('parseTimeOutput', () => {
  test('reads peak RSS, wall time, CPU times and the exit status', () => {
    expect(parseTimeOutput(timeReport)).toEqual({ maxRssBytes: 534420 * 1024, elapsedMs: 62910, userSeconds: 2.62, systemSeconds: 0.89, exitStatus: 1 });
  });

  test('reads hours in the wall clock', () => {
    expect(parseTimeOutput(timeReport.replace('1:02.91', '1:00:00.5')).elapsedMs).toBe(3600500);
  });

  test('says what to do when the report is not verbose', () => {
    expect(() => parseTimeOutput('0.01user 0.00system')).toThrowErrorMatchingInlineSnapshot(
      `[Error: The time report has no "Maximum resident set size (kbytes)" line; run the command under GNU time with -v (apt-get install time)]`,
    );
  });
});

describe('build log lines', () => {
  test.each([
    ['226 ms', 226],
    ['3.2 s', 3200],
    ['1.47s', 1470],
  ])('parseDuration(%s)', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test('ingest summary: article count with thousands separators, duration in seconds or ms', () => {
    const log = '[content] Serialised 2,000 MDX files\n[content] Wrote 2,000 articles to /tmp/x/articles in 3.2 s; 0 failed sources, 0 skipped files\n';
    expect(parseIngestLine(log)).toEqual({ articles: 2000, ms: 3200 });
    expect(parseIngestLine('[content] Wrote 1 article to a in 226 ms; 0 failed sources')).toEqual({ articles: 1, ms: 226 });
    expect(parseIngestLine('[content] Read 5 sources')).toBeNull();
  });

  test('Pagefind line of the integration, between Astro log lines', () => {
    const log = '06:22:42 [build] ✓ Completed in 443ms.\n06:22:42 [dossier:article-search] Scanned 2,008 HTML files for search in 13.4 s\n06:22:42 [build] 8 page(s) built in 1.47s\n';
    expect(parsePagefindLine(log)).toEqual({ pages: 2008, ms: 13400 });
    expect(parsePagefindLine('[dossier:article-search] Scanned 1 HTML file for search in 37 ms')).toEqual({ pages: 1, ms: 37 });
    expect(parsePagefindLine('[build] Complete!')).toBeNull();
  });

  test('Pagefind CLI summary', () => {
    expect(parsePagefindCliPages('Running Pagefind v1.6.0\n\nIndexed 1 language\nIndexed 2,003 pages\nIndexed 9120 words\n')).toBe(2003);
    expect(parsePagefindCliPages('Error: no pages')).toBeNull();
  });
});

describe('process tree', () => {
  test('parseProcStat counts fields after the last parenthesis, so odd command names are fine', () => {
    const fields = Array.from({ length: 50 }, (_, index) => String(index));
    fields[1] = '7'; // ppid
    fields[21] = '1234'; // rss in pages
    expect(parseProcStat(`42 (node (main) x) S ${fields.slice(1).join(' ')}`)).toEqual({ pid: 42, ppid: 7, comm: 'node (main) x', rssPages: 1234 });
    expect(parseProcStat('garbage')).toBeNull();
  });

  test('treeOf keeps the root and every descendant, not other processes', () => {
    const stats = [
      { pid: 1, ppid: 0 },
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 11 },
      { pid: 20, ppid: 2 },
    ];
    expect(treeOf(stats, 10).map((stat) => stat.pid)).toEqual([10, 11, 12]);
    expect(treeOf(stats, 99)).toEqual([]);
  });
});
