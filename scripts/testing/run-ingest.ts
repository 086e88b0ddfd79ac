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

/** Runs ingest with `args`; never throws for a non-zero exit, which is returned as `code`. */
export async function runIngest(args: string[]): Promise<IngestRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/ingest.ts', ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as IngestRun;
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
