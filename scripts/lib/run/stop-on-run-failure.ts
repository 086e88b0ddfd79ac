import { runFailedExitCode } from './exit-codes.ts';

/**
 * From here on, an error that is not one source's (style guide 10: only broken invariants and I/O
 * failures throw) stops the run with exit code 4 and one message: what failed, why, and what was
 * left, never a stack trace that a build would read as "some sources failed". `outcome` says what
 * was written so far ("Nothing was written: content/articles is as it was.").
 */
export function stopOnRunFailure(outcome: () => string, print: (line: string) => void = (line) => console.error(line)): void {
  const stop = (error: unknown) => {
    print(formatRunFailure(error, outcome()));
    process.exit(runFailedExitCode);
  };
  process.on('uncaughtException', stop).on('unhandledRejection', stop);
}

/**
 * One message for a failed run: the error's message and those of its causes, then the outcome.
 *
 * @example formatRunFailure(new Error('Failed to write out', { cause: new Error('ENOSPC: no space left on device') }), 'Nothing was written.')
 * // 'Ingest stopped: Failed to write out (ENOSPC: no space left on device)\nNothing was written.'
 */
export function formatRunFailure(error: unknown, outcome: string): string {
  const messages: string[] = [];
  for (let current: unknown = error; current !== undefined && messages.length < 4; current = (current as { cause?: unknown }).cause) {
    const message = current instanceof Error ? current.message : String(current);
    // A message that already quotes its cause says it once.
    if (!messages.some((earlier) => earlier.includes(message.split('\n')[0]!))) messages.push(message);
    if (!(current instanceof Error)) break;
  }
  const [first = 'unknown error', ...causes] = messages;
  const detail = causes.length > 0 ? ` (${causes.join('; ')})` : '';
  return `Ingest stopped: ${first.trimEnd()}${detail}\n${outcome}`;
}
