/**
 * Runs the real ingest CLI for the CLI tests: `node scripts/ingest.ts …` from the project root,
 * with whatever exit code, standard output and error it gives.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The project root: the folder `package.json` is in. */
export const projectRoot = join(import.meta.dirname, '../..');

const run = promisify(execFile);

/** How one ingest run ended. */
export type IngestRun = { code: number; stdout: string; stderr: string };

// Root reads any file whatever its mode; without these two capabilities it cannot, as an ordinary
// user cannot (permission tests run as root too).
const asUser = process.getuid?.() === 0 ? (['setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', process.execPath]] as const) : ([process.execPath, []] as const);

/**
 * Runs ingest with `args`; never throws for a non-zero exit, which is returned as `code`. `cwd`
 * is the project to run in (default: this one); `asUser` drops root's power to read any file.
 */
export async function runIngest(args: string[], options: { cwd?: string; asUser?: boolean } = {}): Promise<IngestRun> {
  const [command, prefix] = options.asUser ? asUser : [process.execPath, []];
  try {
    const { stdout, stderr } = await run(command, [...prefix, 'scripts/ingest.ts', ...args], { cwd: options.cwd ?? projectRoot, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as IngestRun;
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
