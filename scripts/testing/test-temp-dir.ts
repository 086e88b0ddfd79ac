/**
 * Vitest global setup for both test configs: every temporary folder a test run makes goes below
 * one folder of its own, removed when the run ends.
 *
 * Tests make their work folders with `mkdtemp(tmpdir())`, and the CLIs and builds they start make
 * theirs the same way; `os.tmpdir()` reads `TMPDIR`, which test workers and child processes
 * inherit. So a test that forgets to clean up leaves nothing in the system's temporary folder,
 * and a run killed before its teardown leaves this one folder, not a few hundred. Node only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Points `TMPDIR` at a fresh folder and returns the teardown that removes it. */
export function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
