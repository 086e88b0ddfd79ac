import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockHolderVariable } from '../run/lock.ts';

/** How the ingest step of a build ended: its exit code, and how many sources failed when it wrote a report. */
export type IngestStep = { status: number; failed: number | null };

/**
 * Runs `scripts/ingest.ts` with `args` (ingest's flags as given to the build), its output on the
 * terminal. The build holds the articles' lock and hands it to the child (`lockHolderVariable`).
 * Without `--report` the report goes to a temporary file, read for the count of failed sources.
 * A child killed by a signal counts as a failed run (exit 4).
 */
export function ingestForSite(args: string[], options: { report: string | undefined; root?: string }): IngestStep {
  const scratch = options.report === undefined ? mkdtempSync(join(tmpdir(), 'dossier-build-')) : null;
  const report = options.report ?? join(scratch!, 'report.json');
  try {
    const child = spawnSync(process.execPath, ['scripts/ingest.ts', ...args, ...(scratch ? ['--report', report] : [])], {
      cwd: options.root ?? process.cwd(),
      stdio: 'inherit',
      env: { ...process.env, [lockHolderVariable]: String(process.pid) },
    });
    return { status: child.status ?? 4, failed: countFailed(report) };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function countFailed(file: string): number | null {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { failed: unknown[] }).failed.length;
  } catch {
    return null;
  }
}
