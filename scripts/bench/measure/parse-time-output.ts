/**
 * Reads the report of GNU time (`/usr/bin/time -v`).
 */

/** What the benchmark takes from a `time -v` report. */
export type TimeReport = {
  /** Peak resident set size of the largest single process in the tree, in bytes. */
  maxRssBytes: number;
  /** Wall-clock time in milliseconds. */
  elapsedMs: number;
  userSeconds: number;
  systemSeconds: number;
  exitStatus: number;
};

/**
 * Parses GNU time's verbose report. "Maximum resident set size" is the largest of the process
 * and each child it waited for (Linux `ru_maxrss`), not their sum.
 *
 * @example parseTimeOutput('\tMaximum resident set size (kbytes): 534420\n\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:02.91\n…').maxRssBytes // 547246080
 */
export function parseTimeOutput(text: string): TimeReport {
  const field = (label: string) => {
    const line = text.split('\n').find((candidate) => candidate.trim().startsWith(label));
    if (line === undefined) throw new Error(`The time report has no "${label}" line; run the command under GNU time with -v (apt-get install time)`);
    return line.slice(line.lastIndexOf(': ') + 2).trim();
  };
  return {
    maxRssBytes: Number(field('Maximum resident set size (kbytes)')) * 1024,
    elapsedMs: parseClock(field('Elapsed (wall clock) time')),
    userSeconds: Number(field('User time (seconds)')),
    systemSeconds: Number(field('System time (seconds)')),
    exitStatus: Number(field('Exit status')),
  };
}

// "1:02:03.45" (h:mm:ss) or "2:03.45" (m:ss) → milliseconds.
function parseClock(clock: string): number {
  const parts = clock.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return Math.round(seconds * 1000);
}
