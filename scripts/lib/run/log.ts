/** A prefixed logger; tests pass `quiet: true` or their own `write`. */
export type Logger = { info: (message: string) => void; warn: (message: string) => void; progress: (done: number, total: number) => void };

const prefix = '[content]';

/**
 * Creates the ingest logger: one `[content]` line per message, warnings to stderr, and a progress
 * indicator only when the run is long and stderr is a terminal.
 */
export function createLogger(options: { quiet: boolean; isTTY?: boolean; write?: (line: string) => void }): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const isTTY = options.isTTY ?? Boolean(process.stdout.isTTY);
  return {
    info: (message) => {
      if (!options.quiet) write(`${prefix} ${message}`);
    },
    warn: (message) => {
      if (!options.quiet) process.stderr.write(`${prefix} ${message}\n`);
    },
    progress: (done, total) => {
      if (options.quiet || !isTTY || total < 200) return;
      if (done % 50 === 0 || done === total) process.stdout.write(`\r${prefix} ${done}/${total} ${done === total ? '\n' : ''}`);
    },
  };
}
